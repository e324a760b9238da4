package shop.catalog.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import shop.catalog.NewProduct;
import shop.catalog.ProductStatus;

/** A product as the back office shows and edits it, whatever its status. */
record ProductDetails(long id, String slug, String name, String brand, String description,
        Map<String, String> attributes, long categoryId, String categorySlug, ProductStatus status,
        List<VariantDetails> variants, List<String> imageKeys, String seoTitle, String seoDescription,
        Instant createdAt, Instant updatedAt, Instant publishedAt) {

    record VariantDetails(String sku, Map<String, String> attributes, BigDecimal price, BigDecimal compareAtPrice) {
    }

    /** The names of the parts {@code next} would change, in form order; empty when it changes nothing. */
    List<String> changesTo(NewProduct next) {
        List<String> changes = new ArrayList<>();
        if (!slug.equals(next.slug())) {
            changes.add("slug");
        }
        if (!name.equals(next.name())) {
            changes.add("name");
        }
        if (!brand.equals(next.brand())) {
            changes.add("brand");
        }
        if (!description.equals(next.description())) {
            changes.add("description");
        }
        if (categoryId != next.categoryId()) {
            changes.add("category");
        }
        if (!attributes.equals(next.attributes())) {
            changes.add("attributes");
        }
        if (!sameVariants(next.variants())) {
            changes.add(samePrices(next.variants()) ? "variants" : "variants and prices");
        }
        if (!imageKeys.equals(next.imageKeys())) {
            changes.add("images");
        }
        if (!Objects.equals(blankToNull(seoTitle), blankToNull(next.seoTitle()))
                || !Objects.equals(blankToNull(seoDescription), blankToNull(next.seoDescription()))) {
            changes.add("SEO");
        }
        return changes;
    }

    private boolean sameVariants(List<NewProduct.NewVariant> next) {
        if (next.size() != variants.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            var mine = variants.get(i);
            var theirs = next.get(i);
            if (!mine.sku().equals(theirs.sku()) || !mine.attributes().equals(theirs.attributes())
                    || !sameAmount(mine.price(), theirs.price())
                    || !sameAmount(mine.compareAtPrice(), theirs.compareAtPrice())) {
                return false;
            }
        }
        return true;
    }

    private boolean samePrices(List<NewProduct.NewVariant> next) {
        for (var theirs : next) {
            var mine = variants.stream().filter(v -> v.sku().equals(theirs.sku())).findFirst();
            if (mine.isEmpty() || !sameAmount(mine.get().price(), theirs.price())
                    || !sameAmount(mine.get().compareAtPrice(), theirs.compareAtPrice())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
