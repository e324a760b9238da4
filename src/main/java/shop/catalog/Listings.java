package shop.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shop.catalog.Views.Facet;
import shop.catalog.Views.FacetValue;
import shop.catalog.Views.Listing;
import shop.catalog.Views.ProductCard;

/**
 * A category's or a search's page of products with its facet counts, sorted and paged. A whole category
 * reads its counts from those kept per category and then just one page of products; words or filters
 * read the matching products once for counts and page alike.
 */
@Service
public class Listings {

    /** Attributes with more distinct values than this in a listing are not worth a facet (weights, codes). */
    private static final int MAX_FACET_VALUES = 12;

    private final JdbcClient jdbc;
    private final ProductCards cards;
    private final CatalogSettings settings;

    Listings(JdbcClient jdbc, ProductCards cards, CatalogSettings settings) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.settings = settings;
    }

    @Cacheable(CatalogCaches.LISTINGS)
    public Listing browse(Browse browse) {
        var query = new ListingQuery(browse);
        return query.wholeCategory() ? wholeCategory(query) : matching(query);
    }

    private Listing wholeCategory(ListingQuery query) {
        var counts = new Counts();
        jdbc.sql(query.keptCounts(MAX_FACET_VALUES)).params(query.params).query(counts::add);
        int pageSize = settings.pageSize();
        int pages = pages(counts.total, pageSize);
        int page = Math.clamp(query.browse.page(), 1, pages);
        List<ProductCard> products = counts.total == 0 ? List.of()
                : jdbc.sql(query.wholeCategoryPage()).params(query.params)
                        .param("limit", pageSize).param("offset", (page - 1L) * pageSize)
                        .query(ProductCards::card).list();
        return new Listing(products, counts.total, page, pages, facets(counts, query.browse), counts.inStock);
    }

    private Listing matching(ListingQuery query) {
        var counts = new Counts();
        int pageSize = settings.pageSize();
        jdbc.sql(query.matches()).params(query.params)
                .param("limit", pageSize)
                .param("offset", (Math.max(1, query.browse.page()) - 1L) * pageSize)
                .query(counts::add);
        int pages = pages(counts.total, pageSize);
        int page = Math.clamp(query.browse.page(), 1, pages);
        return new Listing(cards.of(List.copyOf(counts.page.values())), counts.total, page, pages,
                facets(counts, query.browse), counts.inStock);
    }

    private static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Rows of (kind, key, value, count) gathered by kind; a page's rows carry (id, position). */
    private static final class Counts {

        long total;
        long inStock;
        final Map<Long, Long> page = new TreeMap<>(); // position on the page -> product id
        final Map<String, Long> brands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<Integer, Long> prices = new TreeMap<>();
        final Map<String, Map<String, Long>> attributes = new TreeMap<>();

        void add(ResultSet rs) throws SQLException {
            String kind = rs.getString(1);
            long count = rs.getLong(4);
            switch (kind) {
                case "total" -> total = count;
                case "stock" -> inStock = count;
                case "brand" -> brands.put(rs.getString(2), count);
                case "price" -> prices.put(Integer.parseInt(rs.getString(2)), count);
                case "page" -> page.put(count, Long.parseLong(rs.getString(2)));
                default -> attributes.computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(rs.getString(3), count);
            }
        }
    }

    private List<Facet> facets(Counts counts, Browse browse) {
        List<Facet> facets = new ArrayList<>();
        if (!counts.brands.isEmpty()) {
            facets.add(new Facet("brand", "Brand", counts.brands.entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), browse.brands().contains(e.getKey())))
                    .toList()));
        }
        facets.add(new Facet("price", "Price", priceFacet(counts.prices, browse)));
        counts.attributes.forEach((key, values) -> {
            Set<String> selected = browse.attributes().getOrDefault(key, Set.of());
            if (values.size() <= MAX_FACET_VALUES || !selected.isEmpty()) {
                facets.add(new Facet(key, capitalize(key), values.entrySet().stream()
                        .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), selected.contains(e.getKey())))
                        .toList()));
            }
        });
        return facets;
    }

    private List<FacetValue> priceFacet(Map<Integer, Long> counts, Browse browse) {
        List<FacetValue> values = new ArrayList<>();
        String symbol = settings.currency().getSymbol(Locale.ENGLISH);
        List<BigDecimal> edges = ListingQuery.PRICE_EDGES;
        for (int bucket = 0; bucket <= edges.size(); bucket++) {
            long count = counts.getOrDefault(bucket, 0L);
            if (count == 0) {
                continue;
            }
            BigDecimal from = bucket == 0 ? BigDecimal.ZERO : edges.get(bucket - 1);
            BigDecimal to = bucket == edges.size() ? null : edges.get(bucket);
            String value = from.toPlainString() + "-" + (to == null ? "" : to.toPlainString());
            String label = to == null ? symbol + from.toPlainString() + " and more"
                    : symbol + from.toPlainString() + " – " + symbol + to.toPlainString();
            boolean selected = browse.minPrice() != null && browse.minPrice().compareTo(from) == 0
                    && (to == null ? browse.maxPrice() == null : browse.maxPrice() != null && browse.maxPrice().compareTo(to) == 0);
            values.add(new FacetValue(value, label, count, selected));
        }
        return values;
    }

    private static String capitalize(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
