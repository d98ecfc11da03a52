<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<@layout.html; part>
<#if part == "main">
<section class="hero">
  <h1>${site.series}</h1>
  <p class="lede">共 ${site.issueCount} 期 · ${site.entryCount} 条城市经验 · ${site.cityCount} 个城市和地区</p>
  <form class="big-search" role="search" action="search.html" method="get">
    <label for="home-q">全文搜索</label>
    <div class="big-search-row">
      <input id="home-q" name="q" type="search" placeholder="如：无证明城市、一件事一次办、长沙" autocomplete="off">
      <button type="submit">搜索</button>
    </div>
  </form>
</section>
<#if latest?has_content>
<section class="latest" aria-labelledby="latest-title">
  <h2 id="latest-title">最新一期：<a href="${latest.ref.url}">${latest.ref.label}</a> <time datetime="${latest.ref.date}">${latest.ref.dateCn}</time></h2>
  <#if latest.editorsNote?has_content><p class="note-excerpt"><strong>${latest.noteLabel}</strong>${latest.editorsNote[0]}</p></#if>
  <#list latest.sections as s>
  <h3>${s.title}</h3>
  <ol class="toc">
    <#list s.entries as e>
    <li><a href="${e.url}"><span class="toc-city">${e.city.name}</span><span class="toc-excerpt">${e.teaser}</span></a></li>
    </#list>
  </ol>
  </#list>
</section>
</#if>
<section class="recent" aria-labelledby="recent-title">
  <h2 id="recent-title">近期各期</h2>
  <ol class="issue-list">
    <#list recent as i>
    <li><a href="${i.ref.url}">${i.ref.label}</a> <time datetime="${i.ref.date}">${i.ref.dateCn}</time> <span class="muted">${i.entryCount} 条</span></li>
    </#list>
  </ol>
  <p><a href="issues/index.html">全部期次 →</a></p>
</section>
<section class="home-cities" aria-labelledby="cities-title">
  <h2 id="cities-title">城市与地区</h2>
  <ul class="chips">
    <#list cities as c>
    <li><a href="${c.ref.url}">${c.ref.name} <span class="count">${c.count}</span></a></li>
    </#list>
  </ul>
  <p><a href="cities/index.html">按省份浏览 →</a></p>
</section>
</#if>
</@layout.html>
