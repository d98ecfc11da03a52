<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol><li><a href="${page.root}index.html">首页</a></li><li><a href="${page.root}${issue.ref.series.timelineUrl}"><#if site.seriesCount gt 1>${issue.series}<#else>全部期次</#if></a></li><li aria-current="page">${issue.ref.label}</li></ol></nav>
<article class="issue" data-search-doc data-search-title="${issue.ref.label}（${issue.ref.dateCn}）" data-search-subject="" data-search-subject-slug="" data-search-series="${issue.ref.series.slug}" data-search-series-name="${issue.series}" data-search-issue="${issue.ref.number}" data-search-year="${issue.ref.year}" data-search-date="${issue.ref.date}" data-search-section="">
  <@layout.qrCode/>
  <header class="masthead" data-search-text>
    <p class="masthead-series">${issue.series}</p>
    <h1 class="masthead-number">${issue.ref.label}<#if issue.totalLabel?has_content> <span class="masthead-total">（${issue.totalLabel}）</span></#if></h1>
    <p class="masthead-issuer">${issue.issuer}</p>
    <p class="masthead-date"><time datetime="${issue.ref.date}">${issue.ref.dateCn}</time></p>
  </header>
  <#if issue.originals?has_content>
  <p class="issue-originals"><#list issue.originals as o><a class="issue-original" href="${page.root}${o.url}" type="application/pdf" data-download>原件（PDF）</a> <span class="muted">${o.size}</span><#sep> · </#sep></#list></p>
  </#if>
  <#if issue.headline?has_content || issue.addressee?has_content>
  <div class="issue-opening" data-search-text>
    <#if issue.headline?has_content><h2 class="issue-headline">${issue.headline}</h2></#if>
    <#if issue.addressee?has_content><p class="issue-addressee">${issue.addressee}</p></#if>
  </div>
  </#if>
  <#if issue.editorsNote?has_content>
  <section class="editors-note" aria-label="<#if issue.noteLabel?has_content>${issue.noteLabel?remove_ending("：")?remove_ending(":")}<#else>编者按</#if>" data-search-text>
    <#list issue.editorsNote as p><p><#if p?is_first && issue.noteLabel?has_content><strong>${issue.noteLabel}</strong></#if>${p}</p></#list>
  </section>
  </#if>
  <nav class="issue-toc" aria-label="本期目录">
    <h2>本期目录</h2>
    <ol>
      <#list issue.sections as s>
      <li><#if s.title?has_content><a href="#${s.anchor}">${s.title}</a>：</#if><#list s.entries as e><a href="#${e.anchor}">${e.label}</a><#sep>、</#sep></#list></li>
      </#list>
    </ol>
  </nav>
  <#list issue.sections as s>
  <section class="issue-section" id="${s.anchor}" aria-labelledby="${s.anchor}-title">
    <#if s.heading?has_content><h2 id="${s.anchor}-title" class="section-heading">${s.heading}</h2><#else><h2 id="${s.anchor}-title" class="visually-hidden">本期条目</h2></#if>
    <#list s.entries as e>
    <div class="issue-entry" id="${e.anchor}">
      <#if e.namedBySubject>
      <h3 class="issue-entry-subject"><a href="${page.root}${e.subject.url}"><#if e.heading?has_content>${e.heading}<#else>${e.subject.name}</#if></a><#if e.mark?has_content><span class="entry-mark">${e.mark}</span></#if></h3>
      <#elseif e.heading?has_content>
      <h3 class="issue-entry-title">${e.heading}</h3>
      <#else>
      <h3 class="visually-hidden">${e.title}</h3>
      </#if>
      <#list e.paragraphs as p><p>${p}</p></#list>
      <@layout.subjectTags e=e/>
      <p class="issue-entry-link"><a href="${page.root}${e.url}">单独查看“${e.label}”这一条</a></p>
    </div>
    </#list>
  </section>
  </#list>
  <#if issue.attachments?has_content>
  <section class="attachments" aria-label="附件" data-search-text>
    <#list issue.attachments as a><p>${a}</p></#list>
  </section>
  </#if>
  <footer class="back-matter" data-search-text>
    <#list issue.distribution as d><p class="distribution">${d}</p></#list>
    <#list issue.contacts as c><p class="contact">${c}</p></#list>
    <#list issue.imprint as i><p class="imprint">${i}</p></#list>
  </footer>
</article>
<nav class="pager" aria-label="上一期与下一期">
  <#if issue.previous??><a class="pager-prev" rel="prev" href="${page.root}${issue.previous.url}">← 上一期：${issue.previous.label}（${issue.previous.dateCn}）</a></#if>
  <#if issue.next??><a class="pager-next" rel="next" href="${page.root}${issue.next.url}">下一期：${issue.next.label}（${issue.next.dateCn}）→</a></#if>
</nav>
<p class="print-source"><@layout.printQrCode/>来源：${issue.series} ${issue.ref.label}，${issue.issuer}，${issue.ref.dateCn}<#if page.canonical?has_content> · ${page.canonical}</#if></p>
<#elseif part == "scripts">
<#-- in WeChat, says beside the PDF link that downloads need the system browser -->
<#if issue.originals?has_content><script src="${page.root}${assets["js/wechat.js"]}" defer></script></#if>
</#if>
</@layout.html>
