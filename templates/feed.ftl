<#ftl output_format="XML" strip_whitespace=true>
<#setting number_format="computer">
<#-- links are absolute through the base URL when the site has one (feed readers keep items apart from the feed), else relative to this file -->
<#assign base = site.host?has_content?then(site.host, page.root)>
<#-- XML 1.0 has no place for most control characters: a stray one in a content file would make the whole feed unreadable -->
<#function xmlText s><#return s?replace(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]", "", "r")></#function>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title><#if feedSeries?has_content>${xmlText(feedSeries.name)}<#else>${xmlText(site.name)}</#if></title>
  <subtitle>${xmlText(site.title)}</subtitle>
  <id><#if site.host?has_content>${site.host}${page.path}<#else>urn:bulletin-archive:${site.name?url('UTF-8')}<#if feedSeries?has_content>:${feedSeries.name?url('UTF-8')}</#if></#if></id>
  <link rel="self" href="${base}${page.path}"/>
  <link rel="alternate" type="text/html" href="${base}<#if feedSeries?has_content>${feedSeries.timelineUrl}<#else>index.html</#if>"/>
  <updated><#if issues?has_content>${issues[0].ref.date}T00:00:00+08:00<#else>2000-01-01T00:00:00+08:00</#if></updated>
  <author><name><#if issues?has_content>${xmlText(issues[0].issuer)}<#else>${xmlText(site.title)}</#if></name></author>
  <#list issues as i>
  <entry>
    <title><#if site.seriesCount gt 1 && !feedSeries?has_content>${xmlText(i.series)} </#if>${xmlText(i.ref.label)}（${i.ref.dateCn}）</title>
    <id><#if site.host?has_content>${site.host}${i.ref.url}<#else>urn:bulletin-archive:issue:<#if i.ref.series.timelineUrl != "issues/index.html">${i.ref.series.slug}:</#if>${i.ref.year}:${i.ref.number}</#if></id>
    <link rel="alternate" type="text/html" href="${base}${i.ref.url}"/>
    <updated>${i.ref.date}T00:00:00+08:00</updated>
    <summary><#if site.seriesCount gt 1 && !feedSeries?has_content>${xmlText(i.series)}：</#if>${i.entryCount} 条经验：<#list i.subjects as s>${xmlText(s.name)}<#sep>、</#sep></#list>。<#if i.headline?has_content>${xmlText(i.headline)}。</#if><#if i.editorsNote?has_content>${xmlText(i.editorsNote[0])}</#if></summary>
  </entry>
  </#list>
</feed>
