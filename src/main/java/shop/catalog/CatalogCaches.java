package shop.catalog;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sizes of the storefront's caches: listings are the largest values (a page of products with facets), so
 * fewer of them are kept; every cache is also cleared when the catalog changes.
 */
@Configuration(proxyBeanMethods = false)
class CatalogCaches {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> storefrontCaches() {
        return manager -> {
            manager.registerCustomCache(Storefront.LISTINGS,
                    Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(Duration.ofMinutes(10)).build());
            manager.registerCustomCache(Storefront.PRODUCTS,
                    Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(10)).build());
        };
    }
}
