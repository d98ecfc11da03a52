<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<#assign several = site.seriesCount gt 1>
<@layout.html; part>
<#if part == "main">
<section class="hero">
  <h1>${site.name}</h1>
  <p class="lede"><#if several>${site.seriesCount} 个系列 · </#if>共 ${totals.issueCount} 期 · ${totals.entryCount} 条经验 · ${totals.subjectCount} 个地区与单位</p>
  <form class="big-search" role="search" action="search.html" method="get">
    <label for="home-q">全文搜索</label>
    <div class="big-search-row">
      <input id="home-q" name="q" type="search" placeholder="如：无证明城市、一件事一次办、长沙" autocomplete="off">
      <button type="submit">搜索</button>
    </div>
  </form>
</section>
<#if several>
<section class="series-list" id="series" aria-labelledby="series-title">
  <h2 id="series-title">各系列</h2>
  <ul class="series-cards">
    <#list seriesList as s>
    <li class="series-card" data-series="${s.ref.slug}">
      <a class="series-name" href="${s.ref.timelineUrl}">${s.ref.name}</a>
      <span class="muted">${s.issues?size} 期 · ${s.entryCount} 条</span>
      <#if s.issues?has_content><br>最新：<a href="${s.issues[0].ref.url}">${s.issues[0].ref.label}</a> <time datetime="${s.issues[0].ref.date}">${s.issues[0].ref.dateCn}</time></#if>
    </li>
    </#list>
  </ul>
</section>
</#if>
<#if latest?has_content>
<section class="latest" aria-labelledby="latest-title">
  <h2 id="latest-title">最新一期：<#if several><span class="latest-series">${latest.series}</span> </#if><a href="${latest.ref.url}">${latest.ref.label}</a> <time datetime="${latest.ref.date}">${latest.ref.dateCn}</time></h2>
  <#if latest.editorsNote?has_content><p class="note-excerpt"><strong>${latest.noteLabel}</strong>${latest.editorsNote[0]}</p></#if>
  <#list latest.sections as s>
  <#if s.title?has_content><h3>${s.title}</h3></#if>
  <ol class="toc">
    <#list s.entries as e>
    <li><a href="${e.url}"><span class="toc-subject">${e.label}</span><span class="toc-excerpt">${e.teaser}</span></a></li>
    </#list>
  </ol>
  </#list>
</section>
</#if>
<section class="recent" aria-labelledby="recent-title">
  <h2 id="recent-title">近期各期</h2>
  <ol class="issue-list">
    <#list recent as i>
    <li><#if several><span class="issue-series">${i.series}</span> </#if><a href="${i.ref.url}">${i.ref.label}</a> <time datetime="${i.ref.date}">${i.ref.dateCn}</time> <span class="muted">${i.entryCount} 条</span></li>
    </#list>
  </ol>
  <p><#if several><a href="#series">各系列的全部期次 ↑</a><#else><a href="${site.timelineUrl}">全部期次 →</a></#if></p>
</section>
<section class="home-subjects" aria-labelledby="subjects-title">
  <h2 id="subjects-title">地区与单位</h2>
  <ul class="chips">
    <#list subjects as s>
    <li><a href="${s.ref.url}">${s.ref.name} <span class="count">${s.count}</span></a></li>
    </#list>
  </ul>
  <p><a href="cities/index.html"><#if totals.subjectCount gt subjects?size>条目最多的 ${subjects?size} 个；全部 ${totals.subjectCount} 个</#if>按省份和部门浏览 →</a></p>
</section>
<#if download?has_content>
<section class="offline-copy" id="offline" aria-labelledby="offline-title">
  <h2 id="offline-title">离线版</h2>
  <div id="offline-download">
  <#if download.url?has_content>
    <p><a class="offline-link" href="${download.url}" download data-download>下载离线版（zip<#if download.size?has_content>，${download.size}</#if>）</a></p>
    <p class="muted">整个档案一个文件：解压后打开 ${download.folder}/index.html，不联网也能阅读和搜索。</p>
  <#else>
    <p>本站未附离线版。离线版（${download.folder}.zip）整个档案一个文件，可向发布本站的单位索取：解压后打开 ${download.folder}/index.html，不联网也能阅读和搜索。</p>
  </#if>
  </div>
  <p id="offline-reading" class="muted" hidden>你正在阅读离线版（从本机文件打开）。</p>
  <#-- in the offline copy (file://) the zip is not beside the page: say so instead of a link that leads nowhere -->
  <script>if (location.protocol === 'file:') { document.getElementById('offline-download').hidden = true; document.getElementById('offline-reading').hidden = false; }</script>
</section>
</#if>
<#elseif part == "scripts">
<#-- in WeChat, says beside the download link that downloads need the system browser -->
<#if download?has_content && download.url?has_content><script src="${assets["js/wechat.js"]}" defer></script></#if>
</#if>
</@layout.html>
