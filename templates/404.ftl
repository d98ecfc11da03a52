<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<h1>页面不存在</h1>
<p>找不到这个页面。它可能已被移动，或地址有误。</p>
<ul>
  <li><a href="${page.root}index.html">回到首页</a></li>
  <li><a href="${page.root}${site.timelineUrl}">浏览全部期次</a></li>
  <li><a href="${page.root}cities/index.html">按地区与单位浏览</a></li>
  <li><a href="${page.root}search.html">搜索</a></li>
</ul>
</#if>
</@layout.html>
