<#ftl output_format="HTML" strip_whitespace=true>
<#-- A subject's page (its newest years) or, when year is set, one of its older years on a page of its own. -->
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<#assign onYear = year?has_content>
<#macro entries y>
<section class="year" aria-labelledby="year-${y.year}">
  <h2 id="year-${y.year}">${y.year} 年 <span class="muted">${y.entries?size} 条</span></h2>
  <ol class="entry-list">
    <#list y.entries as e><@layout.entryItem e=e showSubject=(e.subjectSlug != subject.ref.slug || e.label != subject.ref.name)/></#list>
  </ol>
</section>
</#macro>
<#macro feedLink>
<p class="subject-feed"><a href="${page.root}${feedUrl}" type="application/atom+xml">订阅${subject.ref.name}的新条目（Atom）</a></p>
</#macro>
<@layout.html; part>
<#if part == "head">
<link rel="alternate" type="application/atom+xml" title="${subject.ref.name}的新条目" href="${page.root}${feedUrl}">
<#elseif part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li><a href="${page.root}cities/index.html">地区与单位</a></li><#if onYear><li><a href="${page.root}${subject.ref.url}">${subject.ref.name}</a></li><li aria-current="page">${year.year} 年</li><#else><li aria-current="page">${subject.ref.name}</li></#if></ol></nav>
<@layout.chain steps=subject.chain/>
<#if onYear>
<h1>${subject.ref.name} · ${year.year} 年</h1>
<p class="lede">${subject.groupName} · ${year.year} 年 ${year.entries?size} 条，共 ${subject.count} 条。</p>
<@feedLink/>
<@entries y=year/>
<@layout.yearPager y=year label="上一年与下一年"/>
<nav class="subject-years" aria-labelledby="years-title">
  <h2 id="years-title">各年</h2>
  <@layout.yearChips years=subject.yearLinks unit="条" current=year.year/>
</nav>
<#else>
<h1>${subject.ref.name}</h1>
<p class="lede">${subject.groupName} · 共 ${subject.count} 条，由新到旧<#if subject.older?has_content>；本页为最近的 ${subject.recent?size} 年，更早的每年一页</#if>。</p>
<@feedLink/>
<@layout.chart c=subject.chart/>
<#if subject.older?has_content>
<nav class="subject-years" aria-labelledby="years-title">
  <h2 id="years-title">各年</h2>
  <@layout.yearChips years=subject.yearLinks unit="条"/>
</nav>
</#if>
<#list subject.recent as y><@entries y=y/></#list>
<#if subject.older?has_content><p class="more-years"><a href="${page.root}${subject.older[0].url}">更早：${subject.older[0].year} 年 →</a></p></#if>
</#if>
</#if>
</@layout.html>
