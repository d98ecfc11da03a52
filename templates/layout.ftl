<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one layout of every HTML page: head, header with navigation and search, main, footer. -->
<#macro html>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<#if page.description?has_content><meta name="description" content="${page.description}"></#if>
<meta name="color-scheme" content="light dark">
<#-- what a shared link shows (WeChat, 企业微信, QQ …); URLs in og: tags must be absolute, so og:url and og:image only with a base URL -->
<meta property="og:type" content="${page.ogType}">
<meta property="og:title" content="${page.title}">
<#if page.description?has_content><meta property="og:description" content="${page.description}"></#if>
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="zh_CN">
<#if site.host?has_content>
<link rel="canonical" href="${page.canonical}">
<meta property="og:url" content="${page.canonical}">
<meta property="og:image" content="${site.host}${assets["img/icon-512.png"]}">
<meta property="og:image:width" content="512">
<meta property="og:image:height" content="512">
</#if>
<#-- files the page loads are relative; the not-found page names them from the top level and its script moves them to the root it finds -->
<#local files = (page.kind == "404")?then("", page.root)>
<link rel="icon" type="image/png" sizes="32x32" href="${files}${assets["img/favicon-32.png"]}">
<link rel="apple-touch-icon" href="${files}${assets["img/apple-touch-icon.png"]}">
<#-- the not-found page carries its own small stylesheet: at an unknown depth, assets/ cannot be reached by a relative link -->
<#if page.kind != "404"><link rel="stylesheet" href="${page.root}${assets["css/site.css"]}"></#if>
<link rel="alternate" type="application/atom+xml" title="${site.name}" href="${page.root}feed.xml">
<#nested "head">
</head>
<body class="kind-${page.kind}">
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-title" href="${page.root}index.html">${site.title}</a>
    <nav class="site-nav" aria-label="主导航">
      <ul>
        <li><a href="${page.root}index.html"<#if page.kind == "home"> aria-current="page"</#if>>首页</a></li>
        <#-- the timeline of the series the page belongs to -->
        <li><a href="${page.root}${(issue.ref.series.timelineUrl)!(entry.issue.series.timelineUrl)!(series.ref.timelineUrl)!site.timelineUrl}"<#if page.kind == "timeline" || page.kind == "issue"> aria-current="page"</#if>>全部期次</a></li>
        <li><a href="${page.root}cities/index.html"<#if page.kind == "subjects" || page.kind == "subject"> aria-current="page"</#if>>地区与单位</a></li>
        <li><a href="${page.root}search.html"<#if page.kind == "search"> aria-current="page"</#if>>搜索</a></li>
      </ul>
    </nav>
    <#if page.kind != "search">
    <form class="site-search" role="search" action="${page.root}search.html" method="get">
      <label class="visually-hidden" for="site-search-q">搜索全部期次</label>
      <input id="site-search-q" name="q" type="search" placeholder="搜索：如 一件事一次办" autocomplete="off">
      <button type="submit">搜索</button>
    </form>
    </#if>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#nested "main">
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.name}</p>
    <p><#list site.series as s><a href="${page.root}${s.timelineUrl}"><#if site.seriesCount gt 1>${s.name}<#else>全部期次</#if></a> · </#list><a href="${page.root}cities/index.html">地区与单位</a> · <a href="${page.root}feed.xml">订阅（Atom）</a><#if site.offlineCopy> · <a href="${page.root}index.html#offline">离线版</a></#if></p>
  </div>
</footer>
<#nested "scripts">
</body>
</html>
</#macro>

<#-- The page's own address as a QR code, when the site has a base URL: beside the title on wide screens
     (on a phone the reader is already there), 3 px a module; printQrCode repeats it in the print footer, 2 px
     (about 0.5 mm) a module. -->
<#macro qrCode>
<#if page.qr??>
<figure class="page-qr">
  <svg viewBox="0 0 ${page.qr.size?c} ${page.qr.size?c}" width="${(page.qr.size * 3)?c}" height="${(page.qr.size * 3)?c}" role="img" aria-label="本页二维码：${page.qr.url}"><rect width="${page.qr.size?c}" height="${page.qr.size?c}" fill="#fff"></rect><path id="page-qr-modules" d="${page.qr.path}" fill="none" stroke="#000" stroke-width="1" shape-rendering="crispEdges"></path></svg>
  <figcaption>手机扫码阅读</figcaption>
</figure>
</#if>
</#macro>

<#macro printQrCode>
<#if page.qr??><svg class="print-qr" viewBox="0 0 ${page.qr.size?c} ${page.qr.size?c}" width="${(page.qr.size * 2)?c}" height="${(page.qr.size * 2)?c}" role="img" aria-label="本页二维码：${page.qr.url}"><rect width="${page.qr.size?c}" height="${page.qr.size?c}" fill="#fff"></rect><use href="#page-qr-modules"></use></svg></#if>
</#macro>

<#-- A bar chart as inline SVG; geometry comes precomputed from Java. -->
<#macro chart c>
<#if c.bars?has_content>
<figure class="chart">
  <svg viewBox="0 0 ${c.width?c} ${c.height?c}" width="${c.width?c}" height="${c.height?c}" role="img" aria-label="${c.caption}">
    <title>${c.caption}</title>
    <#list c.bars as b>
    <g>
      <title>${b.label}：${b.value?c}</title>
      <rect class="bar" x="${b.x?c}" y="${b.y?c}" width="${b.width?c}" height="${b.height?c}"></rect>
      <#if b.value gt 0><text class="bar-value" x="${b.labelX?c}" y="${(b.y - 3)?c}" text-anchor="middle">${b.value?c}</text></#if>
      <#if b.showLabel><text class="bar-label" x="${b.labelX?c}" y="${(c.height - 12)?c}" text-anchor="middle">${b.label}</text></#if>
    </g>
    </#list>
    <line class="axis" x1="0" x2="${c.width?c}" y1="${(c.height - 30)?c}" y2="${(c.height - 30)?c}"></line>
  </svg>
  <figcaption>${c.caption}</figcaption>
</figure>
</#if>
</#macro>

<#-- Where a subject sits: 湖南 › 长沙 › 长沙县; the last step is the subject itself. -->
<#macro chain steps>
<#if steps?size gt 1>
<nav class="subject-chain" aria-label="所属"><ol><#list steps as c><li><#if c.url?has_content && !c?is_last><a href="${page.root}${c.url}">${c.name}</a><#else>${c.name}</#if></li></#list></ol></nav>
</#if>
</#macro>

<#-- One line for an entry in lists: subject, issue (with its series when there are several), excerpt. -->
<#-- The subjects an item is tagged with, each a link to its page: shown unless the item is called by its one subject. -->
<#macro subjectTags e>
<#if e.tags?has_content && (!e.namedBySubject || e.tags?size gt 1)>
<p class="subject-tags">涉及：<#list e.tags as t><a href="${page.root}${t.url}">${t.name}</a><#sep>、</#sep></#list></p>
</#if>
</#macro>

<#macro entryItem e showIssue=true showSubject=true>
<li class="entry-item">
  <p class="entry-item-head"><#if showSubject><a class="entry-item-subject" href="${page.root}${e.url}">${e.label}</a></#if><#if showIssue><#if site.seriesCount gt 1><span class="entry-item-series">${e.issue.series.name}</span> </#if><a class="entry-item-issue" href="${page.root}${e.anchorUrl}">${e.issue.label}</a> <time datetime="${e.issue.date}">${e.issue.dateCn}</time><#if e.section?has_content> · ${e.section}</#if></#if></p>
  <p class="entry-item-excerpt"><a class="entry-item-link" href="${page.root}${e.url}">${e.excerpt}</a></p>
</li>
</#macro>

<#-- The issues of a timeline: number and date, how many entries, the subjects. -->
<#macro timelineIssues issues>
<ol class="timeline">
  <#list issues as i>
  <li class="timeline-issue">
    <h3><a href="${page.root}${i.ref.url}">${i.ref.label}</a> <time datetime="${i.ref.date}">${i.ref.dateCn}</time></h3>
    <p class="muted">${i.entryCount} 条经验</p>
    <p class="timeline-subjects"><#list i.subjects as s><a href="${page.root}${s.url}">${s.name}</a><#sep> · </#sep></#list></p>
  </li>
  </#list>
</ol>
</#macro>

<#-- Every year as a chip with its count, the current one (if any) not a link. -->
<#macro yearChips years unit current=0>
<ul class="chips year-chips">
  <#list years as y>
  <li><#if y.year == current><span class="chip-plain" aria-current="page">${y.year?c} 年 <span class="count">${y.count} ${unit}</span></span><#else><a href="${page.root}${y.url}">${y.year?c} 年 <span class="count">${y.count} ${unit}</span></a></#if></li>
  </#list>
</ul>
</#macro>

<#-- Older and newer year of a year page; labels say what they lead to. -->
<#macro yearPager y label>
<#if y.older?? || y.newer??>
<nav class="pager" aria-label="${label}">
  <#if y.older??><a class="pager-prev" rel="prev" href="${page.root}${y.older.url}">← ${y.older.year?c} 年</a></#if>
  <#if y.newer??><a class="pager-next" rel="next" href="${page.root}${y.newer.url}">${y.newer.year?c} 年 →</a></#if>
</nav>
</#if>
</#macro>
