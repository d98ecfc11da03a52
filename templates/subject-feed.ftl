<#ftl output_format="XML" strip_whitespace=true>
<#setting number_format="computer">
<#-- A subject's feed (cities/<slug>.xml): its newest items, one entry each, whichever of an item's subjects this is.
     Links are absolute through the base URL when the site has one, else relative to this file, as in feed.ftl. -->
<#assign base = site.host?has_content?then(site.host, page.root)>
<#-- XML 1.0 has no place for most control characters: a stray one in a content file would make the whole feed unreadable -->
<#function xmlText s><#return s?replace(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]", "", "r")></#function>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${xmlText(subject.ref.name)} · ${xmlText(site.name)}</title>
  <subtitle>${xmlText(subject.groupName)} · ${xmlText(site.title)}</subtitle>
  <id><#if site.host?has_content>${site.host}${page.path}<#else>urn:bulletin-archive:${site.name?url('UTF-8')}:subject:${subject.ref.slug?url('UTF-8')}</#if></id>
  <link rel="self" href="${base}${page.path}"/>
  <link rel="alternate" type="text/html" href="${base}${subject.ref.url}"/>
  <updated><#if items?has_content>${items[0].issue.date}<#else>${subject.latestDate}</#if>T00:00:00+08:00</updated>
  <author><name>${xmlText(site.title)}</name></author>
  <#list items as e>
  <entry>
    <title>${xmlText(e.label)} · <#if site.seriesCount gt 1>${xmlText(e.issue.series.name)} </#if>${xmlText(e.issue.label)}（${e.issue.dateCn}）</title>
    <id><#if site.host?has_content>${site.host}${e.url}<#else>urn:bulletin-archive:item:${e.url?remove_ending(".html")?replace("/", ":")}</#if></id>
    <link rel="alternate" type="text/html" href="${base}${e.url}"/>
    <updated>${e.issue.date}T00:00:00+08:00</updated>
    <#if e.excerpt?has_content><summary>${xmlText(e.excerpt)}</summary></#if>
  </entry>
  </#list>
</feed>
