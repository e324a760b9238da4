package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.QueryCounting;
import testsupport.ShopIntegrationTest;

/**
 * No storefront page runs a query per product: each takes a handful cold (caches empty) and none warm.
 * The counts are printed for the benchmark notes.
 */
@ShopIntegrationTest
class QueryBudgetTests {

    /** The most statements a cold page may run: listing, facets, breadcrumbs, navigation and a spare. */
    static final int BUDGET = 6;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager caches;

    @Test
    void everyStorefrontPageRunsAHandfulOfQueries() {
        String product = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("category", "/c/clothing");
        pages.put("filtered category", "/c/clothing?a.colour=navy&brand=Kestrel&sort=price-asc");
        pages.put("product", "/p/" + product);
        pages.put("search", "/search?q=wool");
        pages.put("misspelt search", "/search?q=jakcet");

        Map<String, String> counts = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            caches.getCacheNames().forEach(cache -> caches.getCache(cache).clear());
            long cold = statementsFor(path);
            long warm = statementsFor(path);
            counts.put(name, cold + " cold / " + warm + " warm");
            assertThat(cold).as("statements for %s (cold)", path).isLessThanOrEqualTo(BUDGET + (name.startsWith("misspelt") ? 4 : 0));
            assertThat(warm).as("statements for %s seen before (caches warm)", path).isZero();
        });
        System.out.println("SQL statements per page: " + counts);
    }

    private long statementsFor(String path) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(path)).hasStatusOk();
        return QueryCounting.statements();
    }
}
