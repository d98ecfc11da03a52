<#ftl output_format="HTML" strip_whitespace=true>
<#-- The subject index (cities/index.html): every group with its tree; in a large archive (groupPages) each group's main
     subjects only, the whole group on its own page (cities/groups/<group>.html, rendered here with group set). -->
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<#assign onGroup = group?has_content>
<#macro chip n><#if n.url?has_content><a href="${page.root}${n.url}">${n.name} <span class="count">${n.count}</span></a><#else><span class="chip-plain">${n.name}</span></#if></#macro>
<#-- A subject with the subjects below it (a prefecture's counties, a county's townships), as nested chips. -->
<#macro family n>
<#if n.children?has_content>
<li class="subject-family" data-subject="${n.slug}"><@chip n=n/>
  <ul class="chips subject-children">
    <#list n.children as c><@family n=c/></#list>
  </ul>
</li>
<#else>
<li data-subject="${n.slug}"><@chip n=n/></li>
</#if>
</#macro>
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><#if onGroup><li><a href="${page.root}cities/index.html">地区与单位</a></li><li aria-current="page">${group.name}</li><#else><li aria-current="page">地区与单位</li></#if></ol></nav>
<#if onGroup>
<h1>${group.name}</h1>
<p class="lede">${group.count} 个地区与单位，市州之下列出县区与园区；数字为条目数。</p>
<#else>
<h1>地区与单位</h1>
<p class="lede">${totals.subjectCount} 个地区与单位，按省份、市州和部门分组；数字为条目数。<#if groupPages>每组列出条目最多的，点组名看全部。</#if></p>
</#if>
<#list subjectGroups as g>
<section class="subject-group" id="group-${g.slug}" aria-labelledby="group-${g.slug}-title">
  <#if groupPages>
  <h2 id="group-${g.slug}-title"><a href="${page.root}${g.url}">${g.name}</a> <span class="count">${g.count} 个</span></h2>
  <ul class="chips">
    <#list g.main as n><li data-subject="${n.slug}"><@chip n=n/></li></#list>
  </ul>
  <#if g.count gt g.main?size><p class="group-more"><a href="${page.root}${g.url}">${g.name}全部 ${g.count} 个 →</a></p></#if>
  <#else>
  <h2 id="group-${g.slug}-title">${g.name}</h2>
  <ul class="chips">
    <#list g.members as n><@family n=n/></#list>
  </ul>
  </#if>
</section>
</#list>
</#if>
</@layout.html>
