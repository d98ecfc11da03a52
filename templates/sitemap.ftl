<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<#-- The sitemap protocol wants absolute URLs: set site.host in jbake.properties; without it the locations stay relative. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list urls as p>
  <url><loc>${site.host}${p}</loc></url>
</#list>
</urlset>
