<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li><a href="${page.root}cities/index.html">地区与单位</a></li><li aria-current="page">${city.ref.name}</li></ol></nav>
<@layout.chain steps=city.chain/>
<h1>${city.ref.name}</h1>
<p class="lede">${city.groupName} · 共 ${city.count} 条，由新到旧。</p>
<@layout.chart c=city.chart/>
<#list city.years as y>
<section class="year" aria-labelledby="year-${y.year}">
  <h2 id="year-${y.year}">${y.year} 年</h2>
  <ol class="entry-list">
    <#list y.entries as e><@layout.entryItem e=e showCity=false/></#list>
  </ol>
</section>
</#list>
</#if>
</@layout.html>
