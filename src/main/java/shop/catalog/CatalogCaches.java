package shop.catalog;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The storefront's caches, by name, and their sizes: listings are the largest values (a page of products
 * with facets), so fewer of them are kept; every cache is also cleared when the catalog changes. Every read
 * model is cheap without them too (bench/run.sh --caches-off): a cache saves work, it hides no slow query.
 */
@Configuration(proxyBeanMethods = false)
class CatalogCaches {

    /** The category tree, each category by slug and each path's breadcrumbs. */
    static final String CATEGORY_TREE = "catalog.category-tree";
    static final String NEW_ARRIVALS = "catalog.new-arrivals";
    /** The most sold published products, kept until the catalog changes (and at most the caches' ten minutes). */
    static final String BEST_SELLERS = "catalog.best-sellers";
    /** Listings (a category's or a search's page with its facets), kept until the catalog changes. */
    static final String LISTINGS = "catalog.listings";
    /** Product pages by slug, kept until the catalog changes. */
    static final String PRODUCTS = "catalog.products";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> storefrontCaches() {
        return manager -> {
            manager.registerCustomCache(LISTINGS,
                    Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(Duration.ofMinutes(10)).build());
            manager.registerCustomCache(PRODUCTS,
                    Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(10)).build());
        };
    }
}
