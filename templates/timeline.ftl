<#ftl output_format="HTML" strip_whitespace=true>
<#-- The timeline index of a series: its years with their issue counts, and the newest year's issues; each year has its own page (year.ftl). -->
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li aria-current="page"><#if site.seriesCount gt 1>${series.ref.name}<#else>全部期次</#if></li></ol></nav>
<h1><#if site.seriesCount gt 1>${series.ref.name}<#else>全部期次</#if></h1>
<p class="lede">${series.ref.name}，共 ${series.issues?size} 期<#if series.yearLinks?size gt 1>，分 ${series.yearLinks?size} 年</#if>，按年份由新到旧排列。</p>
<#if site.seriesCount gt 1>
<p class="series-feed"><a href="${page.root}${series.ref.feedUrl}">订阅本系列（Atom）</a></p>
<p class="other-series">其他系列：<#list site.series?filter(s -> s.slug != series.ref.slug) as s><a href="${page.root}${s.timelineUrl}">${s.name}</a><#sep> · </#sep></#list></p>
</#if>
<@layout.chart c=chart/>
<nav class="timeline-years" aria-labelledby="years-title">
  <h2 id="years-title">按年份</h2>
  <@layout.yearChips years=series.yearLinks unit="期"/>
</nav>
<#assign newest = series.years[0]>
<section class="year" aria-labelledby="year-${newest.year}">
  <h2 id="year-${newest.year}">${newest.year} 年 <span class="muted">${newest.issues?size} 期</span></h2>
  <@layout.timelineIssues issues=newest.issues/>
  <#if newest.older??><p><a href="${page.root}${newest.older.url}">${newest.older.year} 年 →</a></p></#if>
</section>
</#if>
</@layout.html>
