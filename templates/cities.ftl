<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li aria-current="page">城市与地区</li></ol></nav>
<h1>城市与地区</h1>
<p class="lede">${site.cityCount} 个城市和地区，按省份分组；数字为条目数。</p>
<#list cityGroups as g>
<section class="city-group" aria-labelledby="group-${g.slug}">
  <h2 id="group-${g.slug}">${g.name}</h2>
  <ul class="chips">
    <#list g.cities as c>
    <li><a href="${page.root}${c.ref.url}">${c.ref.name} <span class="count">${c.count}</span></a></li>
    </#list>
  </ul>
</section>
</#list>
</#if>
</@layout.html>
