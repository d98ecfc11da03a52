<#ftl output_format="HTML" strip_whitespace=true>
<#-- An item's old address (its page before the issue was imported again, e.g. 05-general.html): leads to where it is now,
     at once, so that a link in a WeChat article still works. Not in the sitemap or the search index. -->
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "head">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
</#if>
<#if part == "main">
<h1>此条已移至新地址</h1>
<p><a href="${target}">${entry.issue.label} · ${entry.label}</a></p>
</#if>
</@layout.html>
