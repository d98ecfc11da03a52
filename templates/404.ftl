<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#setting number_format="computer">
<#-- A server shows this page in place of any missing address, at any depth (nginx: error_page 404 /archive/404.html).
     So it needs no file of the site to be readable: its stylesheet is here, and its links lead through the base URL
     when the site has one; else they are relative to the site root, and the script below moves them to the root it
     reads from the missing address. -->
<@layout.html; part>
<#if part == "head">
<style>
:root {
  --bg: #fdfcf9; --fg: #1d1d1f; --muted: #5a5a5f; --accent: #a4161a; --link: #0b4f9c; --line: #dedbd2; --panel: #f3f0e8; --focus: #1a73e8;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #161618; --fg: #e8e6e1; --muted: #a9a7a1; --accent: #ff8a80; --link: #8ab4f8; --line: #3a3a3e; --panel: #222226; --focus: #8ab4f8; }
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg); font-size: 1.0625rem; line-height: 1.8; overflow-wrap: anywhere;
  font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 1rem 0 0.5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--fg); color: var(--bg); padding: 0.5rem 1rem; }
.skip-link:focus { left: 0.5rem; top: 0.5rem; }
main:focus { outline: none; }
.site-header { border-bottom: 3px solid var(--accent); background: var(--panel); }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; padding-top: 0.5rem; padding-bottom: 0.5rem; }
.site-title { font-weight: 700; color: var(--accent); text-decoration: none; flex: 1 1 12rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 0.9rem; }
.site-nav a { text-decoration: none; display: inline-block; padding: 0.35rem 0; }
.site-search { display: flex; flex: 1 1 100%; gap: 0.4rem; min-width: 0; }
input[type="search"] { flex: 1 1 auto; min-width: 0; font: inherit; font-size: 1rem; padding: 0.45rem 0.6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
button { font: inherit; font-size: 1rem; padding: 0.45rem 0.9rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; }
/* after the rule it overrides, as in site.css: white on the light coral of the dark scheme is 2.3:1 */
@media (prefers-color-scheme: dark) { button { color: #161618; } }
@media (min-width: 48rem) { .site-search { flex: 0 1 18rem; } }
.site-footer { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem 0 2rem; color: var(--muted); font-size: 0.92rem; }
</style>
<#elseif part == "main">
<h1>页面不存在</h1>
<p>找不到这个页面。它可能已被移动，或地址有误。</p>
<ul>
  <li><a class="home-link" href="${page.root}index.html">回到首页</a></li>
  <li><a href="${page.root}${site.timelineUrl}">浏览全部期次</a></li>
  <li><a href="${page.root}cities/index.html">按地区与单位浏览</a></li>
  <li><a href="${page.root}search.html">搜索</a></li>
</ul>
<#elseif part == "scripts">
<script data-base-url="${site.host}">
/* The site's root: the base URL when the page is served from it; else the part of the missing address before one of
   the site's own top-level folders (…/archive/issues/2023/99/index.html → …/archive/). Relative links and icons are
   then led from there. With no base URL and no such folder in the address, the links stay relative to the top level. */
(function () {
  'use strict';
  var base = document.currentScript.getAttribute('data-base-url');
  var root = null;
  if (base && location.href.indexOf(base) === 0) {
    root = base;
  } else {
    var marker = /^(.*?\/)(?:issues|series|cities|assets|search)\//.exec(location.pathname);
    root = marker ? marker[1] : null;
  }
  if (root === null) {
    return;
  }
  var elements = document.querySelectorAll('a[href], link[href], form[action]');
  for (var i = 0; i < elements.length; i++) {
    var attribute = elements[i].tagName === 'FORM' ? 'action' : 'href';
    var value = elements[i].getAttribute(attribute);
    // absolute URLs and in-page anchors stay as they are
    if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
      elements[i].setAttribute(attribute, root + value);
    }
  }
})();
</script>
</#if>
</@layout.html>
