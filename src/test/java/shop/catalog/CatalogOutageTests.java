package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.ShopIntegrationTest;

/**
 * The catalog's storage really fails (its schema disappears for the app): the home page (new arrivals and
 * best sellers), the category navigation and recently viewed products still render from their last good
 * values; listings, searches and other products show a friendly notice inside the layout, never an error page.
 */
@ShopIntegrationTest
class CatalogOutageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager caches;

    @Autowired
    Assortment assortment;

    @Test
    void withTheCatalogStorageDownTheShopDegradesPartByPart() {
        String viewed = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();
        String notViewed = publishNewProduct();
        String viewedName = jdbc.sql("select name from catalog.product where slug = ?").param(viewed).query(String.class).single();
        assertThat(mvc.get().uri("/")).hasStatusOk();
        assertThat(mvc.get().uri("/p/{slug}", viewed)).hasStatusOk();

        withCatalogStorageDown(() -> {
            assertThat(mvc.get().uri("/")).hasStatusOk().bodyText()
                    .contains("Shop by department", "href=\"/c/clothing\"", "New arrivals", "Best sellers",
                            "class=\"product-card\"");
            assertThat(mvc.get().uri("/p/{slug}", viewed)).hasStatusOk().bodyText().contains(viewedName, "Add to cart");

            for (String path : new String[] {"/c/clothing", "/search?q=wool+" + notViewed, "/p/" + notViewed}) {
                var result = mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
                assertThat(result).bodyText()
                        .contains("This part of the shop is taking a short break", "Skip to content", "href=\"/c/clothing\"");
            }
            assertThat(mvc.get().uri("/c/clothing").header("HX-Request", "true"))
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText()
                    .contains("taking a short break").doesNotContain("Skip to content");
        });

        assertThat(mvc.get().uri("/c/clothing")).hasStatusOk().bodyText().contains("class=\"product-card\"");
    }

    private String publishNewProduct() {
        long category = jdbc.sql("select id from catalog.category where slug = 'jackets'").query(Long.class).single();
        String slug = "outage-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(new NewProduct(slug, "Outage Jacket", "Kestrel", "Never looked at.",
                java.util.Map.of(), category, java.util.List.of(new NewProduct.NewVariant("SKU-" + slug, java.util.Map.of(),
                        new java.math.BigDecimal("10.00"), null)), java.util.List.of(), null, null));
        assortment.publish(id);
        return slug;
    }

    /** Renames the schema away, and lets cached entries expire as they would during a longer outage. */
    private void withCatalogStorageDown(Runnable checks) {
        jdbc.sql("alter schema catalog rename to catalog_unavailable").update();
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        try {
            checks.run();
        } finally {
            jdbc.sql("alter schema catalog_unavailable rename to catalog").update();
        }
    }
}
