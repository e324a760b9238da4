package shop.catalog;

import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's one currency, its public address (for canonical links and the sitemap), page sizes, and
 * how much demo data to generate into an empty catalog (0: none).
 */
@ConfigurationProperties("shop.catalog")
public record CatalogSettings(
        @DefaultValue("EUR") Currency currency,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("24") int pageSize,
        @DefaultValue Demo demo) {

    public record Demo(@DefaultValue("300") int products, @DefaultValue("20261122") long seed) {
    }
}
