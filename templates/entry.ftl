<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<nav class="breadcrumb" aria-label="位置"><ol>
  <li><a href="${page.root}index.html">首页</a></li>
  <li><a href="${page.root}${entry.issue.series.timelineUrl}"><#if site.seriesCount gt 1>${entry.issue.series.name}<#else>全部期次</#if></a></li>
  <li><a href="${page.root}${entry.issue.url}">${entry.issue.label}</a></li>
  <#if entry.section?has_content><li><a href="${page.root}${entry.issue.url}#${entry.sectionAnchor}">${entry.section}</a></li></#if>
</ol></nav>
<article class="entry" data-search-doc data-search-title="${entry.headline}" data-search-subject="<#if entry.subject??>${entry.subject.name}</#if>" data-search-subject-slug="<#if entry.subject??>${entry.subject.slug}</#if>" data-search-series="${entry.issue.series.slug}" data-search-series-name="${entry.issue.series.name}" data-search-issue="${entry.issue.number}" data-search-year="${entry.issue.year}" data-search-date="${entry.issue.date}" data-search-section="${entry.section}">
  <header>
    <@layout.qrCode/>
    <@layout.chain steps=entry.chain/>
    <#if entry.namedBySubject>
    <h1><a class="entry-subject" href="${page.root}${entry.subject.url}">${entry.subject.name}</a><#if entry.mark?has_content><span class="entry-mark">${entry.mark}</span></#if></h1>
    <#else>
    <h1 class="entry-title">${entry.title}</h1>
    </#if>
    <p class="entry-meta"><#if site.seriesCount gt 1>${entry.issue.series.name} · </#if>${entry.issue.label} · <time datetime="${entry.issue.date}">${entry.issue.dateCn}</time><#if entry.section?has_content> · ${entry.section}</#if></p>
    <@layout.subjectTags e=entry/>
  </header>
  <div class="entry-text" data-search-text>
    <#if entry.heading?has_content><p class="entry-printed-heading">${entry.heading}</p></#if>
    <#list entry.paragraphs as p><p>${p}</p></#list>
  </div>
  <p class="entry-in-issue"><a href="${page.root}${entry.issue.url}#${entry.anchor}">在${entry.issue.label}中阅读此条</a></p>
</article>
<nav class="pager" aria-label="本期上一条与下一条">
  <#if entry.previous??><a class="pager-prev" rel="prev" href="${page.root}${entry.previous.url}">← 上一条：${entry.previous.label}</a></#if>
  <#if entry.next??><a class="pager-next" rel="next" href="${page.root}${entry.next.url}">下一条：${entry.next.label} →</a></#if>
</nav>
<#if entry.subject??>
<section class="same-subject" aria-labelledby="same-subject-title">
  <h2 id="same-subject-title">${entry.subject.name}在前后各期</h2>
  <#if entry.sameSubject?has_content>
  <ol class="entry-list">
    <#list entry.sameSubject as e><@layout.entryItem e=e showSubject=false/></#list>
  </ol>
  <#else>
  <p class="muted">其他各期暂无${entry.subject.name}的条目。</p>
  </#if>
  <p><a href="${page.root}${entry.subject.url}">${entry.subject.name}的全部条目 →</a></p>
</section>
</#if>
<#if entry.elsewhere?has_content>
<section class="elsewhere" aria-labelledby="elsewhere-title">
  <h2 id="elsewhere-title">在其他地方</h2>
  <ol class="entry-list">
    <#list entry.elsewhere as e><@layout.entryItem e=e/></#list>
  </ol>
</section>
</#if>
<p class="print-source"><@layout.printQrCode/>来源：${entry.issue.series.name} ${entry.issue.label}，${entry.issue.dateCn}<#if page.canonical?has_content> · ${page.canonical}</#if></p>
</#if>
</@layout.html>
