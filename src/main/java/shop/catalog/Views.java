package shop.catalog;

import java.util.List;
import java.util.Map;

import shop.common.Money;

/** What the storefront shows, as plain values read in one go (no lazy loading behind a page). */
public final class Views {

    private Views() {
    }

    public record CategoryLink(long id, String slug, String name, String imageKey) {
    }

    /** A category as its page needs it; {@code path} names its place in the tree ({@code /clothing/jackets/}). */
    public record CategoryView(long id, String slug, String name, String description, String path) {
    }

    public record CategoryNode(CategoryLink category, List<CategoryLink> children) {
    }

    public record ProductCard(long id, String slug, String name, String brand, Money price, Money compareAtPrice,
            boolean priceVaries, String imageKey, boolean inStock) {

        public boolean onSale() {
            return compareAtPrice != null && compareAtPrice.compareTo(price) > 0;
        }
    }

    public record FacetValue(String value, String label, long count, boolean selected) {
    }

    public record Facet(String key, String label, List<FacetValue> values) {
    }

    public record Listing(List<ProductCard> products, long total, int page, int pages, List<Facet> facets,
            long inStockCount) {
    }

    public record Variant(String sku, Map<String, String> attributes, Money price, Money compareAtPrice,
            boolean inStock) {

        public boolean onSale() {
            return compareAtPrice != null && compareAtPrice.compareTo(price) > 0;
        }

        public String label() {
            return attributes.isEmpty() ? sku : String.join(" · ", attributes.values());
        }
    }

    /**
     * A product image and the true widths of its card and large variants (null when the media module's
     * announcement of them has not been heard: then a page declares no widths).
     */
    public record Image(String key, String alt, Integer cardWidth, Integer largeWidth) {

        public boolean sized() {
            return cardWidth != null && largeWidth != null;
        }

        /** Whether the large variant is wider than the card one (it is not for an image up to 480 px wide). */
        public boolean largerThanCard() {
            return sized() && largeWidth > cardWidth;
        }
    }

    public record ProductPage(long id, String slug, String name, String brand, String description,
            Map<String, String> attributes, List<Variant> variants, List<Image> images, List<CategoryLink> breadcrumbs,
            String seoTitle, String seoDescription) {

        public Variant variant(String sku) {
            return variants.stream().filter(v -> v.sku().equals(sku)).findFirst().orElse(variants.getFirst());
        }
    }

    public record Suggestion(String kind, String label, String url) {
    }
}
