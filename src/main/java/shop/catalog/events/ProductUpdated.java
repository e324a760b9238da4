package shop.catalog.events;

import java.time.Instant;
import java.util.List;

/** A published product changed (name, image, variants or prices): the new state, complete. */
public record ProductUpdated(long productId, String slug, String name, String brand, String mainImageKey,
        List<VariantSnapshot> variants, Instant updatedAt) {
}
