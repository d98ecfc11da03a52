<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li><a href="${page.root}issues/index.html">全部期次</a></li><li aria-current="page">${issue.ref.label}</li></ol></nav>
<article class="issue" data-search-doc data-search-title="${issue.ref.label}（${issue.ref.dateCn}）" data-search-city="" data-search-city-slug="" data-search-issue="${issue.ref.number}" data-search-year="${issue.ref.year}" data-search-date="${issue.ref.date}" data-search-section="">
  <header class="masthead" data-search-text>
    <p class="masthead-series">${issue.series}</p>
    <h1 class="masthead-number">${issue.ref.label}</h1>
    <p class="masthead-issuer">${issue.issuer}</p>
    <p class="masthead-date"><time datetime="${issue.ref.date}">${issue.ref.dateCn}</time></p>
  </header>
  <#if issue.editorsNote?has_content>
  <section class="editors-note" aria-label="编者按" data-search-text>
    <#list issue.editorsNote as p><p><#if p?is_first && issue.noteLabel?has_content><strong>${issue.noteLabel}</strong></#if>${p}</p></#list>
  </section>
  </#if>
  <nav class="issue-toc" aria-label="本期目录">
    <h2>本期目录</h2>
    <ol>
      <#list issue.sections as s>
      <li><a href="#${s.anchor}">${s.title}</a>：<#list s.entries as e><a href="#${e.anchor}">${e.city.name}</a><#sep>、</#sep></#list></li>
      </#list>
    </ol>
  </nav>
  <#list issue.sections as s>
  <section class="issue-section" id="${s.anchor}" aria-labelledby="${s.anchor}-title">
    <h2 id="${s.anchor}-title" class="section-heading">${s.heading}</h2>
    <#list s.entries as e>
    <div class="issue-entry" id="${e.anchor}">
      <h3 class="issue-entry-city"><a href="${page.root}${e.city.url}">${e.city.name}</a></h3>
      <#list e.paragraphs as p><p>${p}</p></#list>
      <p class="issue-entry-link"><a href="${page.root}${e.url}">单独查看“${e.city.name}”这一条</a></p>
    </div>
    </#list>
  </section>
  </#list>
  <footer class="back-matter" data-search-text>
    <#list issue.distribution as d><p class="distribution">${d}</p></#list>
    <#list issue.contacts as c><p class="contact">${c}</p></#list>
  </footer>
</article>
<nav class="pager" aria-label="上一期与下一期">
  <#if issue.previous??><a class="pager-prev" rel="prev" href="${page.root}${issue.previous.url}">← 上一期：${issue.previous.label}（${issue.previous.dateCn}）</a></#if>
  <#if issue.next??><a class="pager-next" rel="next" href="${page.root}${issue.next.url}">下一期：${issue.next.label}（${issue.next.dateCn}）→</a></#if>
</nav>
<p class="print-source">来源：${issue.series} ${issue.ref.label}，${issue.issuer}，${issue.ref.dateCn}<#if page.canonical?has_content> · ${page.canonical}</#if></p>
</#if>
</@layout.html>
