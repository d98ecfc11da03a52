<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<#macro chip n><#if n.url?has_content><a href="${page.root}${n.url}">${n.name} <span class="count">${n.count}</span></a><#else><span class="chip-plain">${n.name}</span></#if></#macro>
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li aria-current="page">地区与单位</li></ol></nav>
<h1>地区与单位</h1>
<p class="lede">${site.cityCount} 个地区与单位，按省份、市州和部门分组；数字为条目数。</p>
<#list cityGroups as g>
<section class="city-group" id="group-${g.slug}" aria-labelledby="group-${g.slug}-title">
  <h2 id="group-${g.slug}-title">${g.name}</h2>
  <ul class="chips">
    <#list g.members as n>
    <#if n.children?has_content>
    <li class="subject-family" data-subject="${n.slug}"><@chip n=n/>
      <ul class="chips subject-children">
        <#list n.children as c><li data-subject="${c.slug}"><@chip n=c/></li></#list>
      </ul>
    </li>
    <#else>
    <li data-subject="${n.slug}"><@chip n=n/></li>
    </#if>
    </#list>
  </ul>
</section>
</#list>
</#if>
</@layout.html>
