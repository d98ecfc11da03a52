<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<h1>搜索</h1>
<form id="search-form" class="big-search" role="search" action="search.html" method="get">
  <label for="search-q">搜索全部期次与经验条目</label>
  <div class="big-search-row">
    <input id="search-q" name="q" type="search" autocomplete="off" placeholder="如：无证明城市、一件事一次办、0746">
    <button type="submit">搜索</button>
  </div>
</form>
<div id="search-filters"></div>
<#-- the status announces what a search found (正在搜索…, 共 N 条结果) and names the list; the list itself is not live,
     or a screen reader would read every result aloud after each search -->
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" aria-labelledby="search-status"></ol>
<noscript>
  <p class="notice">搜索需要浏览器启用 JavaScript。不用脚本也可以按<a href="${site.timelineUrl}">期次</a>或按<a href="cities/index.html">地区与单位</a>浏览全部内容。</p>
</noscript>
<#elseif part == "scripts">
<script src="${page.root}${assets["js/search.js"]}"></script>
<#if searchIndex?has_content><script id="search-index" src="${page.root}${searchIndex}"></script><#else><script id="search-index" data-src=""></script></#if>
</#if>
</@layout.html>
