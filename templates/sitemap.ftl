<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<#-- The sitemap protocol wants absolute URLs: it is only written when the site has a base URL (site.host or --base-url). -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list urls as p>
  <url><loc>${site.host}${p}</loc></url>
</#list>
</urlset>
