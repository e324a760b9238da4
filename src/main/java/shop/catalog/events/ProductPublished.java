package shop.catalog.events;

import java.time.Instant;
import java.util.List;

/**
 * A product went on sale. Carries what other modules show or price (names, SKUs, prices, main image), so
 * they never call back.
 */
public record ProductPublished(long productId, String slug, String name, String brand, String mainImageKey,
        List<VariantSnapshot> variants, Instant publishedAt) {
}
