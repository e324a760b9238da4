package shop.catalog.events;

import java.util.Map;

import shop.common.Money;

/** One sellable variant as other modules need it: its SKU, what distinguishes it, and its price. */
public record VariantSnapshot(String sku, Map<String, String> attributes, Money price, Money compareAtPrice) {
}
