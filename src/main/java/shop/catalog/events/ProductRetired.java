package shop.catalog.events;

import java.time.Instant;
import java.util.List;

/** A product is no longer sold; its SKUs must not be bought any more. */
public record ProductRetired(long productId, String slug, List<String> skus, Instant retiredAt) {
}
