<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li aria-current="page"><#if site.seriesCount gt 1>${series.ref.name}<#else>全部期次</#if></li></ol></nav>
<h1><#if site.seriesCount gt 1>${series.ref.name}<#else>全部期次</#if></h1>
<p class="lede">${series.ref.name}，共 ${series.issues?size} 期，按年份由新到旧排列。</p>
<#if site.seriesCount gt 1>
<p class="series-feed"><a href="${page.root}${series.ref.timelineUrl?replace('index.html', 'feed.xml')}">订阅本系列（Atom）</a></p>
<p class="other-series">其他系列：<#list site.series?filter(s -> s.slug != series.ref.slug) as s><a href="${page.root}${s.timelineUrl}">${s.name}</a><#sep> · </#sep></#list></p>
</#if>
<@layout.chart c=chart/>
<#list timeline as y>
<section class="year" aria-labelledby="year-${y.year}">
  <h2 id="year-${y.year}">${y.year} 年 <span class="muted">${y.issues?size} 期</span></h2>
  <ol class="timeline">
    <#list y.issues as i>
    <li class="timeline-issue">
      <h3><a href="${page.root}${i.ref.url}">${i.ref.label}</a> <time datetime="${i.ref.date}">${i.ref.dateCn}</time></h3>
      <p class="muted">${i.entryCount} 条经验</p>
      <p class="timeline-cities"><#list i.cities as c><a href="${page.root}${c.url}">${c.name}</a><#sep> · </#sep></#list></p>
    </li>
    </#list>
  </ol>
</section>
</#list>
</#if>
</@layout.html>
