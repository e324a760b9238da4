package shop.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What it takes to put a product into the catalog (as a draft). */
public record NewProduct(String slug, String name, String brand, String description, Map<String, String> attributes,
        long categoryId, List<NewVariant> variants, List<String> imageKeys, String seoTitle, String seoDescription) {

    public NewProduct {
        if (variants == null || variants.isEmpty()) {
            throw new IllegalArgumentException("A product needs at least one variant");
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        variants = List.copyOf(variants);
        imageKeys = List.copyOf(imageKeys == null ? List.of() : imageKeys);
    }

    BigDecimal lowestPrice() {
        return variants.stream().map(NewVariant::price).min(BigDecimal::compareTo).orElseThrow();
    }

    /** One sellable variant: a SKU, what sets it apart (size...), its price and an optional compare-at price. */
    public record NewVariant(String sku, Map<String, String> attributes, BigDecimal price, BigDecimal compareAtPrice) {

        public NewVariant {
            attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
            if (price == null || price.signum() < 0) {
                throw new IllegalArgumentException("A price cannot be negative");
            }
            if (compareAtPrice != null && compareAtPrice.signum() < 0) {
                throw new IllegalArgumentException("A compare-at price cannot be negative");
            }
        }
    }
}
