package shop.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import shop.catalog.Browse;
import shop.catalog.Browse.Sort;

/**
 * Turns a listing's query string into a {@link Browse}. Whatever a shopper (or a crawler) types into the
 * address bar gives a page: values that make no sense are dropped with a notice saying so (message codes,
 * worded in {@code catalog/messages.properties}).
 */
record ListingParams(Browse browse, List<String> notices) {

    static final int MAX_QUERY = 200;
    private static final int MAX_VALUES = 20;
    private static final int MAX_VALUE_LENGTH = 100;
    private static final Pattern PRICE_RANGE = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,2})?-([0-9]{1,7}(\\.[0-9]{1,2})?)?");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Control characters (NUL above all) are in no product's data, and PostgreSQL refuses NUL in text. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    static ListingParams parse(MultiValueMap<String, String> query, String categoryPath, String text) {
        List<String> notices = new ArrayList<>();
        Set<String> brands = values(query.get("brand"), notices);
        Map<String, Set<String>> attributes = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith("a.")) {
                String key = name.substring(2);
                if (ATTRIBUTE_KEY.matcher(key).matches()) {
                    Set<String> chosen = values(values, notices);
                    if (!chosen.isEmpty()) {
                        attributes.put(key, chosen);
                    }
                } else {
                    notices.add("catalog.listing.notice.unknown-filter");
                }
            }
        });
        String range = query.getFirst("price");
        boolean ranged = range != null && !range.isBlank();
        if (ranged && !PRICE_RANGE.matcher(range.strip()).matches()) {
            notices.add("catalog.listing.notice.unknown-price-range");
            ranged = false;
        }
        BigDecimal min = ranged ? price(range.strip().split("-", -1)[0], "lowest", notices)
                : price(query.getFirst("min"), "lowest", notices);
        BigDecimal max = ranged ? price(range.strip().split("-", -1)[1], "highest", notices)
                : price(query.getFirst("max"), "highest", notices);
        if (min != null && max != null && min.compareTo(max) > 0) {
            notices.add("catalog.listing.notice.prices-reversed");
            min = null;
            max = null;
        }
        Sort sort = sort(query.getFirst("sort"), text != null, notices);
        int page = page(query.getFirst("page"), notices);
        boolean inStock = "1".equals(query.getFirst("stock"));
        return new ListingParams(new Browse(categoryPath, text, brands, attributes, min, max, inStock, sort, page),
                List.copyOf(new LinkedHashSet<>(notices)));
    }

    private static Set<String> values(List<String> values, List<String> notices) {
        Set<String> kept = new LinkedHashSet<>();
        if (values == null) {
            return kept;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (CONTROL.matcher(value).find()) {
                notices.add("catalog.listing.notice.control-characters");
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH || kept.size() >= MAX_VALUES) {
                notices.add("catalog.listing.notice.too-many-values");
                continue;
            }
            kept.add(value);
        }
        return kept;
    }

    private static BigDecimal price(String value, String which, List<String> notices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value.strip());
            if (price.signum() < 0 || price.compareTo(new BigDecimal("1000000")) > 0) {
                notices.add("catalog.listing.notice." + which + "-price.range");
                return null;
            }
            return price;
        } catch (NumberFormatException e) {
            notices.add("catalog.listing.notice." + which + "-price.not-a-number");
            return null;
        }
    }

    private static Sort sort(String value, boolean searching, List<String> notices) {
        Sort fallback = searching ? Sort.RELEVANCE : Sort.NEWEST;
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Sort.fromParam(value).orElseGet(() -> {
            notices.add("catalog.listing.notice.unknown-sort");
            return fallback;
        });
    }

    private static int page(String value, List<String> notices) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            notices.add("catalog.listing.notice.page-not-a-number");
            return 1;
        }
    }
}
