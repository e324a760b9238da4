package shop.inventory.events;

import java.time.Instant;

/**
 * What a SKU has available for sale across all warehouses changed. Catalog keeps its in-stock flags and
 * badges from it, the cart its warnings. {@code available} is on hand minus held, never negative.
 */
public record StockLevelChanged(String sku, int available, StockStatus status, Instant changedAt) {
}
