package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.NewProduct.NewVariant;
import testsupport.ShopIntegrationTest;

/** The storefront on the demo catalog: home, categories with facets, products, search, and crawlers' files. */
@ShopIntegrationTest
class StorefrontTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assortment assortment;

    @Autowired
    JsonMapper json;

    @Autowired
    Listings listings;

    @Autowired
    CacheManager caches;

    @Test
    void homeShowsTheDepartmentsAndNewArrivals() {
        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText()
                .contains("Shop by department", "href=\"/c/clothing\"", "href=\"/c/footwear\"", "New arrivals",
                        "class=\"product-card\"")
                .doesNotContain("Our shelves are being stocked");
    }

    @Test
    void aCategoryListsItsWholeSubtreeWithFacetCounts() {
        long inClothing = count("""
                select count(*) from catalog.product p join catalog.category c on c.id = p.category_id
                where c.path like '/clothing/%' and p.status = 'PUBLISHED'""");

        assertThat(mvc.get().uri("/c/clothing")).hasStatusOk().bodyText()
                .contains("<h1>Clothing</h1>", "<strong>" + inClothing + "</strong>", "<legend>Brand</legend>",
                        "<legend>Price</legend>", "<legend>Colour</legend>", "<legend>Fit</legend>")
                .doesNotContain("<legend>Weight</legend>");
    }

    @Test
    void aWholeCategorysKeptFacetCountsFollowEveryChangeOfItsProducts() {
        String brand = "Tally" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(brandCounts("/outdoor/")).isEqualTo(countedBrands("/outdoor/"));

        long id = tent(brand);
        assertThat(brandCounts("/outdoor/")).containsEntry(brand, 1L).isEqualTo(countedBrands("/outdoor/"));
        assertThat(listings.browse(wholeCategory("/outdoor/tents/")).total())
                .isEqualTo(count("select count(*) from catalog.product p join catalog.category c on c.id = p.category_id"
                        + " where c.path like '/outdoor/tents/%' and p.status = 'PUBLISHED'"));

        assortment.retire(id);
        assertThat(brandCounts("/outdoor/")).doesNotContainKey(brand).isEqualTo(countedBrands("/outdoor/"));
    }

    private Map<String, Long> brandCounts(String path) {
        caches.getCache(CatalogCaches.LISTINGS).clear();
        return listings.browse(wholeCategory(path)).facets().stream().filter(facet -> facet.key().equals("brand"))
                .flatMap(facet -> facet.values().stream())
                .collect(Collectors.toMap(Views.FacetValue::value, Views.FacetValue::count));
    }

    /** Brand counts of the published products under {@code path}, counted here from the products themselves. */
    private Map<String, Long> countedBrands(String path) {
        Map<String, Long> counted = new java.util.HashMap<>();
        jdbc.sql("select p.brand from catalog.product p join catalog.category c on c.id = p.category_id"
                        + " where c.path like ? and p.status = 'PUBLISHED' and p.brand <> ''")
                .param(path + "%").query(String.class).list()
                .forEach(brand -> counted.merge(brand, 1L, Long::sum));
        return counted;
    }

    private static Browse wholeCategory(String path) {
        return new Browse(path, null, Set.of(), Map.of(), null, null, false, Browse.Sort.NEWEST, 1);
    }

    private long tent(String brand) {
        long category = count("select id from catalog.category where slug = 'tents'");
        String slug = "tally-tent-" + UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(new NewProduct(slug, "Tally Tent", brand, "Counts.", Map.of("sleeps", "2"), category,
                List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("149.00"), null)), List.of(), null, null));
        assortment.publish(id);
        return id;
    }

    @Test
    void filtersNarrowTheListingAndCountsMatchTheCatalog() {
        long navyJackets = count("""
                select count(*) from catalog.product p join catalog.category c on c.id = p.category_id
                where c.slug = 'jackets' and p.status = 'PUBLISHED' and p.attributes ->> 'colour' = 'navy'""");

        assertThat(mvc.get().uri("/c/jackets").param("a.colour", "navy")).hasStatusOk().bodyText()
                .contains("<strong>" + navyJackets + "</strong>");
    }

    @Test
    void htmxGetsTheResultsWithoutThePage() {
        assertThat(mvc.get().uri("/c/jackets").param("sort", "price-asc").header("HX-Request", "true"))
                .hasStatusOk().bodyText()
                .contains("id=\"listing\"", "id=\"filters\"", "id=\"results\"", "class=\"product-card\"")
                .doesNotContain("Skip to content", "<h1>");
    }

    @Test
    void sortsByPriceBothWays() {
        List<BigDecimal> ascending = prices(body(mvc.get().uri("/c/footwear").param("sort", "price-asc")));
        List<BigDecimal> descending = prices(body(mvc.get().uri("/c/footwear").param("sort", "price-desc")));

        assertThat(ascending).hasSizeGreaterThan(2).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(descending).hasSizeGreaterThan(2).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void pagesKeepTheFiltersInTheirLinks() {
        assertThat(mvc.get().uri("/c/clothing").param("stock", "1").param("sort", "price-asc")).bodyText()
                .contains("Page 1 of", "rel=\"next\"", "stock=1", "sort=price-asc", "page=2");
    }

    @Test
    void thePagesOfAListingShowEachProductOnceAndAPageBeyondTheLastShowsTheLast() {
        String first = body(mvc.get().uri("/c/clothing").param("sort", "price-asc"));
        Matcher counts = Pattern.compile("<strong>(\\d+)</strong> <span>products</span>[\\s\\S]*?Page 1 of (\\d+)").matcher(first);
        assertThat(counts.find()).as("the count and pages of %s", "/c/clothing").isTrue();
        int total = Integer.parseInt(counts.group(1));
        int pages = Integer.parseInt(counts.group(2));
        assertThat(pages).isGreaterThan(1);

        List<String> seen = new java.util.ArrayList<>();
        List<BigDecimal> prices = new java.util.ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String html = body(mvc.get().uri("/c/clothing").param("sort", "price-asc").param("page", "" + page));
            seen.addAll(cardLinks(html));
            prices.addAll(prices(html));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(prices).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(cardLinks(body(mvc.get().uri("/c/clothing").param("sort", "price-asc").param("page", "999999"))))
                .isEqualTo(cardLinks(body(mvc.get().uri("/c/clothing").param("sort", "price-asc").param("page", "" + pages))));
    }

    private static List<String> cardLinks(String page) {
        Matcher matcher = Pattern.compile("class=\"product-card__link\" href=\"(/p/[^\"]+)\"").matcher(page);
        List<String> links = new java.util.ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4", "0", "999999", "abc"})
    void outOfRangeOrMalformedPagesShowARealPage(String page) {
        assertThat(mvc.get().uri("/c/clothing").param("page", page)).hasStatusOk().bodyText()
                .contains("class=\"product-card\"");
    }

    @Test
    void unknownSortsAndFiltersAreExplainedAndIgnored() {
        assertThat(mvc.get().uri("/c/jackets").param("sort", "cheapest'; drop table catalog.product; --")
                .param("price", "9-x").param("min", "-5").param("a.<script>", "x").param("max", "1e400"))
                .hasStatusOk().bodyText()
                .contains("We don&#39;t know that sort order", "That price range is not one we know",
                        "An unknown filter was ignored.", "class=\"product-card\"")
                .doesNotContain("<script>");
        assertThat(count("select count(*) from catalog.product")).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"/c/clothing, brand", "/c/clothing, a.colour", "/c/clothing, sort", "/c/clothing, page",
            "/c/clothing, price", "/c/clothing, min", "/c/clothing, max", "/c/clothing, stock",
            "/search?q=wool, brand", "/search?q=wool, a.colour", "/search?q=wool, sort", "/search?q=wool, page",
            "/search?q=wool, price", "/search?q=wool, min", "/search?q=wool, stock"})
    void aControlCharacterInAListingParameterIsIgnoredNotAnOutage(String listing, String parameter) {
        for (String value : new String[] {"\u0000", "Northwind\u0000", "\u0007", "navy\u001B[2J"}) {
            var page = mvc.get().uri(listing).param(parameter, value);
            assertThat(page).hasStatusOk().bodyText()
                    .contains("class=\"product-card\"")
                    .doesNotContain("temporarily unavailable", "taking a break");
        }
        assertThat(mvc.get().uri("/c/clothing").param("brand", "Northwind\u0000")).bodyText()
                .contains("Some filter values contained characters no product has and were ignored.");
    }

    @Test
    void anAddressWithAControlCharacterIsRefusedAndHarmsNothing() {
        for (String address : new String[] {"/c/clothing%00", "/p/x%00", "/c/clothing%07"}) {
            // the security firewall refuses an encoded NUL (400); no slug has another control character (404)
            http.get().uri(URI.create("http://localhost:" + port + address)).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().is4xxClientError();
        }
        assertThat(mvc.get().uri("/c/{slug}", "no\u0007slug")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/c/clothing")).hasStatusOk().bodyText().contains("class=\"product-card\"");
    }

    @Test
    void unknownCategoriesAndProductsAreNotFound() {
        http.get().uri("/c/no-such-category").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
        http.get().uri("/p/no-such-product").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
    }

    @Test
    void aProductPageHasItsVariantsDetailsCanonicalLinkAndStructuredData() {
        String slug = jdbc.sql("""
                select p.slug from catalog.product p where p.status = 'PUBLISHED'
                and (select count(*) from catalog.variant v where v.product_id = p.id) > 1 order by p.id limit 1""")
                .query(String.class).single();

        String page = body(mvc.get().uri("/p/{slug}", slug));

        assertThat(page).contains("<link rel=\"canonical\" href=\"http://localhost:", "/p/" + slug + "\">",
                "Choose a variant", "name=\"sku\"", "Add to cart", "action=\"/cart/items\"", "<legend>Choose a variant</legend>",
                "Material");
        JsonNode product = json.readTree(jsonLd(page));
        assertThat(product.get("@type").asString()).isEqualTo("Product");
        assertThat(product.get("offers").size()).isGreaterThan(1);
        assertThat(product.get("offers").get(0).get("priceCurrency").asString()).isEqualTo("EUR");
    }

    @Test
    void pickingAVariantSwapsOnlyTheBuyBox() {
        var variant = jdbc.sql("""
                select p.slug, v.sku from catalog.variant v join catalog.product p on p.id = v.product_id
                where p.status = 'PUBLISHED' and v.position = 1 order by p.id limit 1""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();

        assertThat(mvc.get().uri("/p/{slug}", variant.get(0)).param("sku", variant.get(1)).header("HX-Request", "true"))
                .hasStatusOk().bodyText()
                .contains("id=\"buy\"", "value=\"" + variant.get(1) + "\"", "SKU " + variant.get(1))
                .doesNotContain("Skip to content", "Choose a variant");
    }

    @Test
    void hostileTextInProductsIsEscapedEverywhere() {
        long category = jdbc.sql("select id from catalog.category where slug = 'jackets'").query(Long.class).single();
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(new NewProduct(slug, "<script>alert('name')</script> Jacket", "</script><b>Brand",
                "<img src=x onerror=alert(1)>", Map.of("colour", "<i>red</i>"), category,
                List.of(new NewVariant("HOSTILE-" + slug, Map.of(), new BigDecimal("10.00"), null)), List.of(),
                null, null));
        assortment.publish(id);

        String page = body(mvc.get().uri("/p/{slug}", slug));

        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<i>red</i>", "</script><b>")
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Jacket", "\\u003c/script\\u003e");
        assertThat(body(mvc.get().uri("/c/jackets").param("sort", "newest"))).doesNotContain("<script>alert");
    }

    @Test
    void aRetiredProductIsGoneFromTheStorefront() {
        String slug = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id desc limit 1")
                .query(String.class).single();
        long id = jdbc.sql("select id from catalog.product where slug = ?").param(slug).query(Long.class).single();

        assortment.retire(id);

        http.get().uri("/p/{slug}", slug).accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
        assertThat(body(mvc.get().uri("/sitemap.xml"))).doesNotContain("/p/" + slug + "<");
    }

    @Test
    void browsingCreatesNoHttpSession() {
        for (String path : List.of("/", "/c/clothing", "/search?q=wool")) {
            var result = http.get().uri(path).exchange().expectStatus().isOk().returnResult();
            assertThat(result.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                    .as(path).noneMatch(cookie -> cookie.startsWith("SESSION"));
        }
    }

    @Test
    void theSitemapListsCategoriesAndPublishedProducts() {
        String slug = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();

        assertThat(mvc.get().uri("/sitemap.xml")).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_XML)
                .bodyText().contains("<urlset", "/c/jackets</loc>", "/p/" + slug + "</loc>");
        assertThat(mvc.get().uri("/robots.txt")).hasStatusOk().bodyText()
                .contains("Disallow: /admin", "Sitemap: http://localhost:");
    }

    @Test
    void theHeaderOfOtherModulesPagesLoadsTheCategoryNavigation() {
        assertThat(mvc.get().uri("/login")).bodyText().contains("hx-get=\"/categories/nav\"");
        assertThat(mvc.get().uri("/categories/nav")).hasStatusOk().bodyText()
                .contains("href=\"/c/clothing\"").doesNotContain("Skip to content");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String body(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
        try {
            var result = request.exchange();
            assertThat(result).hasStatus(HttpStatus.OK);
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern CARD_PRICE = Pattern.compile("class=\"product-card__price\">\\s*<span class=\"price\">\\s*(?:<span class=\"price__from\">from</span>\\s*)?<strong>([0-9,]+\\.[0-9]{2})");

    private static List<BigDecimal> prices(String page) {
        Matcher matcher = CARD_PRICE.matcher(page);
        List<BigDecimal> prices = new java.util.ArrayList<>();
        while (matcher.find()) {
            prices.add(new BigDecimal(matcher.group(1).replace(",", "")));
        }
        return prices;
    }

    private static String jsonLd(String page) {
        Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
