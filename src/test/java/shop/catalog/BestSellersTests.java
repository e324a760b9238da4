package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import shop.catalog.NewProduct.NewVariant;
import shop.catalog.Views.ProductCard;
import testsupport.ShopIntegrationTest;

/**
 * The home page's best sellers: the published products that sold the most units (seeded for the demo
 * catalog, later fed by orders), most first, cached like new arrivals.
 */
@ShopIntegrationTest
class BestSellersTests {

    private static final Pattern PRODUCT_LINK = Pattern.compile("class=\"product-card__link\" href=\"/p/([a-z0-9-]+)\"");

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assortment assortment;

    @Autowired
    Shelves shelves;

    @Autowired
    CacheManager caches;

    @BeforeEach
    void forgetCachedBestSellers() {
        // other tests change sales figures behind the cache's back (the order module's events will clear it)
        caches.getCache(CatalogCaches.BEST_SELLERS).clear();
    }

    @Test
    void homeShowsTheMostSoldPublishedProductsMostFirst() {
        // far above any demo figure, so the home page's eight are among these; two tie, a draft outsells them all
        Map<Long, Long> sales = new LinkedHashMap<>();
        long[] units = {5_000_000_000L, 4_000_000_000L, 4_000_000_000L, 3_900_000_000L, 3_800_000_000L,
                3_700_000_000L, 3_600_000_000L, 3_500_000_000L, 3_400_000_000L, 0L};
        for (long sold : units) {
            long id = publishedProduct();
            sales.put(id, sold);
            sold(id, sold);
        }
        long draft = draftProduct();
        sold(draft, 9_000_000_000L);

        List<String> expected = sales.entrySet().stream()
                .filter(sale -> sale.getValue() > 0)
                .sorted(Comparator.comparing(Map.Entry<Long, Long>::getValue).reversed().thenComparing(Map.Entry::getKey))
                .limit(8)
                .map(sale -> slugOf(sale.getKey()))
                .toList();
        assertThat(bestSellersOnHome()).containsExactlyElementsOf(expected).doesNotContain(slugOf(draft));
    }

    @Test
    void theDemoCatalogSellsLikeARealShopAFewProductsMuchMoreThanMost() {
        assertThat(count("""
                select count(*) from catalog.demo_product d
                where d.subject not like 'test-%'
                  and not exists (select 1 from catalog.product_sales s where s.product_id = d.product_id)"""))
                .as("demo products without sales figures").isZero();
        long top = count("""
                select max(s.units_sold) from catalog.product_sales s
                join catalog.demo_product d on d.product_id = s.product_id where d.subject not like 'test-%'""");
        long median = count("""
                select percentile_disc(0.5) within group (order by s.units_sold) from catalog.product_sales s
                join catalog.demo_product d on d.product_id = s.product_id where d.subject not like 'test-%'""");
        assertThat(top).isGreaterThan(5 * median);
    }

    @Test
    void aRetiredProductLeavesTheBestSellers() {
        long id = publishedProduct();
        String slug = slugOf(id);
        sold(id, 10_000_000);

        assertThat(bestSellersOnHome()).first().isEqualTo(slug);

        assortment.retire(id);

        assertThat(bestSellersOnHome()).doesNotContain(slug);
        assertThat(shelves.bestSellers(10_000)).extracting(ProductCard::id).doesNotContain(id);
    }

    @Test
    void productsThatNeverSoldAreNoBestSellers() {
        long neverSold = publishedProduct();
        long soldNone = publishedProduct();
        sold(soldNone, 0);

        assertThat(shelves.bestSellers(10_000)).extracting(ProductCard::id).doesNotContain(neverSold, soldNone)
                .isNotEmpty();
    }

    private List<String> bestSellersOnHome() {
        String home = http.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(home).contains("<h2 id=\"best-heading\">Best sellers</h2>");
        String section = home.substring(home.indexOf("id=\"best-heading\""));
        section = section.substring(0, section.indexOf("</section>"));
        List<String> slugs = new ArrayList<>();
        Matcher matcher = PRODUCT_LINK.matcher(section);
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    private long publishedProduct() {
        long id = draftProduct();
        assortment.publish(id);
        return id;
    }

    private long draftProduct() {
        long category = jdbc.sql("select id from catalog.category where slug = 'tents'").query(Long.class).single();
        String slug = "best-seller-" + UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(new NewProduct(slug, "Selling Tent", "Kestrel", "Sells.", Map.of(), category,
                List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("199.00"), null)), List.of(), null, null));
        return id;
    }

    /** What the order module's events will do: count units sold. */
    private void sold(long productId, long units) {
        jdbc.sql("insert into catalog.product_sales (product_id, units_sold) values (?, ?)").params(productId, units).update();
        caches.getCache(CatalogCaches.BEST_SELLERS).clear();
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from catalog.product where id = ?").param(id).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
