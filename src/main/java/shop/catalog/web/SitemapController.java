package shop.catalog.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import shop.catalog.CatalogSettings;
import shop.catalog.CategoryTree;
import shop.catalog.Sitemap;

/** What search engines read: the sitemap of the storefront and the rules of where not to go. */
@RestController
class SitemapController {

    /** A sitemap holds at most 50,000 addresses. */
    private static final int MAX_URLS = 50_000;

    private final CategoryTree tree;
    private final Sitemap sitemap;
    private final CatalogSettings settings;

    SitemapController(CategoryTree tree, Sitemap sitemap, CatalogSettings settings) {
        this.tree = tree;
        this.sitemap = sitemap;
        this.settings = settings;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        url(xml, settings.baseUrl() + "/", null);
        var categories = tree.departments();
        categories.forEach(node -> {
            url(xml, settings.baseUrl() + "/c/" + node.category().slug(), null);
            node.children().forEach(child -> url(xml, settings.baseUrl() + "/c/" + child.slug(), null));
        });
        sitemap.products(MAX_URLS - 1 - categories.size()).forEach(entry -> url(xml,
                settings.baseUrl() + "/p/" + entry.slug(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(entry.updatedAt().atOffset(ZoneOffset.UTC))));
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String location, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /account
                Disallow: /cart
                Disallow: /login
                Disallow: /search
                Sitemap: %s/sitemap.xml
                """.formatted(settings.baseUrl());
    }
}
