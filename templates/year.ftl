<#ftl output_format="HTML" strip_whitespace=true>
<#-- One year of a series' timeline: its issues, its months, the years before and after. -->
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li><a href="${page.root}${series.ref.timelineUrl}"><#if site.seriesCount gt 1>${series.ref.name}<#else>全部期次</#if></a></li><li aria-current="page">${year.year} 年</li></ol></nav>
<h1>${year.year} 年</h1>
<p class="lede">${series.ref.name}，${year.year} 年共 ${year.issues?size} 期，由新到旧排列。</p>
<@layout.chart c=chart/>
<section class="year" aria-labelledby="year-${year.year}">
  <h2 id="year-${year.year}" class="visually-hidden">${year.year} 年的各期</h2>
  <@layout.timelineIssues issues=year.issues/>
</section>
<@layout.yearPager y=year label="上一年与下一年"/>
<nav class="timeline-years" aria-labelledby="years-title">
  <h2 id="years-title">其他年份</h2>
  <@layout.yearChips years=series.yearLinks unit="期" current=year.year/>
</nav>
</#if>
</@layout.html>
