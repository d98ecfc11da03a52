<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li aria-current="page">全部期次</li></ol></nav>
<h1>全部期次</h1>
<p class="lede">${site.series}，共 ${site.issueCount} 期，按年份由新到旧排列。</p>
<@layout.chart c=chart/>
<#list timeline as y>
<section class="year" aria-labelledby="year-${y.year}">
  <h2 id="year-${y.year}">${y.year} 年 <span class="muted">${y.issues?size} 期</span></h2>
  <ol class="timeline">
    <#list y.issues as i>
    <li class="timeline-issue">
      <h3><a href="${page.root}${i.ref.url}">${i.ref.label}</a> <time datetime="${i.ref.date}">${i.ref.dateCn}</time></h3>
      <p class="muted">${i.entryCount} 条城市经验</p>
      <p class="timeline-cities"><#list i.cities as c><a href="${page.root}${c.url}">${c.name}</a><#sep> · </#sep></#list></p>
    </li>
    </#list>
  </ol>
</section>
</#list>
</#if>
</@layout.html>
