package shop.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a shopper asked to see: a category's subtree and/or search words, narrowed by brands, attribute
 * values, a price range and stock, in one order, one page of it.
 */
public record Browse(String categoryPath, String text, Set<String> brands, Map<String, Set<String>> attributes,
        BigDecimal minPrice, BigDecimal maxPrice, boolean inStockOnly, Sort sort, int page) {

    public Browse {
        brands = Set.copyOf(brands);
        attributes = Map.copyOf(attributes);
    }

    public Browse withText(String other) {
        return new Browse(categoryPath, other, brands, attributes, minPrice, maxPrice, inStockOnly, sort, page);
    }

    public Browse withPage(int other) {
        return new Browse(categoryPath, text, brands, attributes, minPrice, maxPrice, inStockOnly, sort, other);
    }

    /** The orders a listing can be shown in, by their URL value. */
    public enum Sort {
        RELEVANCE("relevance", "Relevance"),
        PRICE_ASC("price-asc", "Price: low to high"),
        PRICE_DESC("price-desc", "Price: high to low"),
        NEWEST("newest", "Newest");

        private final String param;
        private final String label;

        Sort(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Sort> fromParam(String value) {
            for (Sort sort : values()) {
                if (sort.param.equals(value)) {
                    return java.util.Optional.of(sort);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
