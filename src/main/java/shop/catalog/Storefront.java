package shop.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.Views.CategoryLink;
import shop.catalog.Views.CategoryNode;
import shop.catalog.Views.Facet;
import shop.catalog.Views.FacetValue;
import shop.catalog.Views.Image;
import shop.catalog.Views.Listing;
import shop.catalog.Views.ProductCard;
import shop.catalog.Views.ProductPage;
import shop.catalog.Views.Suggestion;
import shop.catalog.Views.Variant;
import shop.common.Money;

/**
 * The catalog as shoppers read it: only published products, each page in a few queries (listing, facets,
 * breadcrumbs), never one query per product.
 */
@Service
public class Storefront {

    static final String CATEGORY_TREE = "catalog.category-tree";
    static final String NEW_ARRIVALS = "catalog.new-arrivals";
    /** The most sold published products, kept until the catalog changes (and at most the caches' ten minutes). */
    static final String BEST_SELLERS = "catalog.best-sellers";
    /** Listings (a category's or a search's page with its facets), kept until the catalog changes. */
    static final String LISTINGS = "catalog.listings";
    /** Product pages by slug, kept until the catalog changes. */
    static final String PRODUCTS = "catalog.products";

    /** Upper edges of the price facet's buckets, in the shop's currency. */
    static final List<BigDecimal> PRICE_EDGES = List.of(new BigDecimal("25"), new BigDecimal("50"),
            new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("500"));
    /** Attributes with more distinct values than this in a listing are not worth a facet (weights, codes). */
    private static final int MAX_FACET_VALUES = 12;

    private static final String CARD_COLUMNS = """
            p.id, p.slug, p.name, p.brand, v.min_price, v.max_price, v.compare_at, v.currency, i.image_key, p.in_stock
            from catalog.product p
            join lateral (select min(price) as min_price, max(price) as max_price,
                                 (array_agg(compare_at_price order by price))[1] as compare_at, min(currency) as currency
                          from catalog.variant where product_id = p.id) v on true
            left join lateral (select image_key from catalog.product_image
                               where product_id = p.id order by position limit 1) i on true
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CatalogSettings settings;

    Storefront(JdbcClient jdbc, JsonMapper json, CatalogSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    @Cacheable(CATEGORY_TREE)
    public List<CategoryNode> categoryTree() {
        List<Row> rows = jdbc.sql("select id, parent_id, slug, name, image_key from catalog.category order by position, name")
                .query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2),
                        new CategoryLink(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        List<CategoryNode> tree = new ArrayList<>();
        for (Row top : rows) {
            if (top.parentId() == null) {
                tree.add(new CategoryNode(top.link(),
                        rows.stream().filter(r -> top.id() == (r.parentId() == null ? -1 : r.parentId()))
                                .map(Row::link).toList()));
            }
        }
        return List.copyOf(tree);
    }

    private record Row(long id, Long parentId, CategoryLink link) {
    }

    @Cacheable(NEW_ARRIVALS)
    public List<ProductCard> newArrivals(int limit) {
        return jdbc.sql("select " + CARD_COLUMNS + " where p.status = 'PUBLISHED' order by p.published_at desc, p.id desc limit ?")
                .param(limit).query(this::card).list();
    }

    /** The published products that sold the most units, most first; products that never sold are not among them. */
    @Cacheable(BEST_SELLERS)
    public List<ProductCard> bestSellers(int limit) {
        return jdbc.sql("select " + CARD_COLUMNS + """
                        join catalog.product_sales s on s.product_id = p.id
                        where p.status = 'PUBLISHED' and s.units_sold > 0
                        order by s.units_sold desc, p.id
                        limit ?
                        """)
                .param(limit).query(this::card).list();
    }

    @Cacheable(cacheNames = CATEGORY_TREE, key = "'category:' + #slug")
    public Optional<CategoryView> category(String slug) {
        return jdbc.sql("select id, slug, name, description, path from catalog.category where slug = ?")
                .param(slug)
                .query((rs, n) -> new CategoryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** A category as its page needs it; {@code path} names its place in the tree. */
    public record CategoryView(long id, String slug, String name, String description, String path) {
    }

    /** The categories from the top down to the one at {@code path}. */
    @Cacheable(cacheNames = CATEGORY_TREE, key = "'breadcrumbs:' + #path")
    public List<CategoryLink> breadcrumbs(String path) {
        List<String> prefixes = new ArrayList<>();
        int slash = 0;
        while ((slash = path.indexOf('/', slash + 1)) > 0) {
            prefixes.add(path.substring(0, slash + 1));
        }
        return jdbc.sql("select id, slug, name, image_key from catalog.category where path in (:paths) order by length(path)")
                .param("paths", prefixes)
                .query((rs, n) -> new CategoryLink(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Cacheable(LISTINGS)
    public Listing browse(Browse browse) {
        var filter = new Filter(browse);
        int pageSize = settings.pageSize();
        var found = findPage(filter, pageSize);
        int pages = (int) Math.max(1, (found.total() + pageSize - 1) / pageSize);
        int page = Math.clamp(browse.page(), 1, pages);
        return new Listing(cards(found.pageIds()), found.total(), page, pages, found.facets(), found.inStock());
    }

    /** The cards of these products, in this order. */
    private List<ProductCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductCard> byId = new HashMap<>();
        jdbc.sql("select " + CARD_COLUMNS + " where p.id in (:ids)").param("ids", ids)
                .query(this::card).list().forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String order(Browse browse) {
        return switch (browse.sort()) {
            case PRICE_ASC -> "p.price_from asc, p.id";
            case PRICE_DESC -> "p.price_from desc, p.id";
            case NEWEST -> "p.published_at desc, p.id desc";
            case RELEVANCE -> browse.text() == null
                    ? "p.in_stock desc, p.published_at desc, p.id desc"
                    : "p.rank desc, p.id";
        };
    }

    /** What a listing query found: the facet counts and the ids of the requested page, best first. */
    private record Found(long total, long inStock, List<Facet> facets, List<Long> pageIds) {
    }

    /**
     * The facet counts and the page in one query: the matching products are read once (the costly part
     * for a broad search), then counted for each facet with every filter but its own, and ordered for the
     * page. A page beyond the last one gives the last.
     */
    private Found findPage(Filter filter, int pageSize) {
        String rank = filter.browse.text() == null ? ""
                : ", ts_rank_cd(p.search_vector, websearch_to_tsquery('english', :text)) as rank";
        String sql = """
                with base as materialized (select p.id, p.brand, p.attributes, p.price_from, p.in_stock, p.published_at %s
                              from catalog.product p where %s)
                select 'total' as kind, null as k, null as v, count(*) as n from base p where %s
                union all
                select 'stock', null, null, count(*) from base p where p.in_stock and %s
                union all
                select 'brand', p.brand, null, count(*) from base p where p.brand <> '' and %s group by p.brand
                union all
                select 'price', width_bucket(p.price_from, array[%s]::numeric[])::text, null, count(*)
                  from base p where %s group by 2
                union all
                select 'attribute', a.key, a.value, count(*)
                  from base p, jsonb_each_text(p.attributes) a where %s group by a.key, a.value
                union all
                (select 'page', p.id::text, null, row_number() over (order by %s)
                   from base p where %s
                  order by %s
                  limit :limit
                 offset (select least(:offset, greatest(count(*) - 1, 0) / :limit * :limit) from base p where %s))
                """.formatted(rank, filter.scope(),
                filter.narrowing(null),
                filter.narrowing("stock"),
                filter.narrowing("brand"),
                String.join(",", PRICE_EDGES.stream().map(BigDecimal::toPlainString).toList()), filter.narrowing("price"),
                filter.narrowing("attribute"),
                order(filter.browse), filter.narrowing(null), order(filter.browse), filter.narrowing(null));
        Map<Long, Long> page = new TreeMap<>(); // position on the page -> product id
        long[] totals = new long[2];
        Map<String, Long> brands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<Integer, Long> prices = new TreeMap<>();
        Map<String, Map<String, Long>> attributes = new TreeMap<>();
        jdbc.sql(sql).params(filter.params)
                .param("limit", pageSize)
                .param("offset", (Math.max(1, filter.browse.page()) - 1L) * pageSize)
                .query(rs -> {
                    String kind = rs.getString(1);
                    long count = rs.getLong(4);
                    switch (kind) {
                        case "total" -> totals[0] = count;
                        case "stock" -> totals[1] = count;
                        case "brand" -> brands.put(rs.getString(2), count);
                        case "price" -> prices.put(Integer.parseInt(rs.getString(2)), count);
                        case "page" -> page.put(count, Long.parseLong(rs.getString(2)));
                        default -> attributes.computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(rs.getString(3), count);
                    }
                });
        List<Facet> facets = new ArrayList<>();
        if (!brands.isEmpty()) {
            facets.add(new Facet("brand", "Brand", brands.entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), filter.browse.brands().contains(e.getKey())))
                    .toList()));
        }
        facets.add(new Facet("price", "Price", priceFacet(prices, filter.browse)));
        attributes.forEach((key, values) -> {
            Set<String> selected = filter.browse.attributes().getOrDefault(key, Set.of());
            if (values.size() <= MAX_FACET_VALUES || !selected.isEmpty()) {
                facets.add(new Facet(key, capitalize(key), values.entrySet().stream()
                        .map(e -> new FacetValue(e.getKey(), e.getKey(), e.getValue(), selected.contains(e.getKey())))
                        .toList()));
            }
        });
        return new Found(totals[0], totals[1], facets, List.copyOf(page.values()));
    }

    private List<FacetValue> priceFacet(Map<Integer, Long> counts, Browse browse) {
        List<FacetValue> values = new ArrayList<>();
        String symbol = settings.currency().getSymbol(java.util.Locale.ENGLISH);
        for (int bucket = 0; bucket <= PRICE_EDGES.size(); bucket++) {
            long count = counts.getOrDefault(bucket, 0L);
            if (count == 0) {
                continue;
            }
            BigDecimal from = bucket == 0 ? BigDecimal.ZERO : PRICE_EDGES.get(bucket - 1);
            BigDecimal to = bucket == PRICE_EDGES.size() ? null : PRICE_EDGES.get(bucket);
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

    /** The WHERE clauses of a {@link Browse}, with the parameters they bind. */
    private static final class Filter {

        final Browse browse;
        final Map<String, Object> params = new HashMap<>();
        private final Map<String, String> attributeKeys = new LinkedHashMap<>();

        Filter(Browse browse) {
            this.browse = browse;
            if (browse.categoryPath() != null) {
                params.put("path", browse.categoryPath() + "%");
            }
            if (browse.text() != null) {
                params.put("text", browse.text());
            }
            if (!browse.brands().isEmpty()) {
                params.put("brands", browse.brands());
            }
            if (browse.minPrice() != null) {
                params.put("minPrice", browse.minPrice());
            }
            if (browse.maxPrice() != null) {
                params.put("maxPrice", browse.maxPrice());
            }
            int i = 0;
            for (var attribute : browse.attributes().entrySet()) {
                params.put("ak" + i, attribute.getKey());
                params.put("av" + i, attribute.getValue());
                attributeKeys.put(attribute.getKey(), "" + i++);
            }
        }

        /** What the listing is about: published products in the category and/or matching the words. */
        String scope() {
            StringBuilder where = new StringBuilder("p.status = 'PUBLISHED'");
            if (browse.categoryPath() != null) {
                where.append(" and p.category_id in (select id from catalog.category where path like :path)");
            }
            if (browse.text() != null) {
                where.append(" and p.search_vector @@ websearch_to_tsquery('english', :text)");
            }
            return where.toString();
        }

        /** The shopper's narrowing filters, leaving out those of the facet being counted. */
        String narrowing(String exceptFacet) {
            List<String> clauses = new ArrayList<>();
            clauses.add("true");
            if (!browse.brands().isEmpty() && !"brand".equals(exceptFacet)) {
                clauses.add("p.brand in (:brands)");
            }
            if (!"price".equals(exceptFacet)) {
                if (browse.minPrice() != null) {
                    clauses.add("p.price_from >= :minPrice");
                }
                if (browse.maxPrice() != null) {
                    clauses.add("p.price_from < :maxPrice");
                }
            }
            if (browse.inStockOnly() && !"stock".equals(exceptFacet)) {
                clauses.add("p.in_stock");
            }
            attributeKeys.forEach((key, i) -> clauses.add("attribute".equals(exceptFacet)
                    ? "(a.key = :ak" + i + " or p.attributes ->> :ak" + i + " in (:av" + i + "))"
                    : "p.attributes ->> :ak" + i + " in (:av" + i + ")"));
            return String.join(" and ", clauses);
        }
    }

    @Cacheable(PRODUCTS)
    public Optional<ProductPage> product(String slug) {
        return jdbc.sql("""
                        select p.id, p.slug, p.name, p.brand, p.description, p.attributes::text, p.seo_title,
                               p.seo_description, c.path
                        from catalog.product p join catalog.category c on c.id = p.category_id
                        where p.slug = ? and p.status = 'PUBLISHED'
                        """)
                .param(slug)
                .query((rs, n) -> new ProductHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), attributes(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional()
                .map(head -> new ProductPage(head.id(), head.slug(), head.name(), head.brand(), head.description(),
                        head.attributes(), variants(head.id()), images(head.id()), breadcrumbs(head.categoryPath()),
                        head.seoTitle(), head.seoDescription()));
    }

    private record ProductHead(long id, String slug, String name, String brand, String description,
            Map<String, String> attributes, String seoTitle, String seoDescription, String categoryPath) {
    }

    private List<Variant> variants(long productId) {
        return jdbc.sql("""
                        select sku, attributes::text, price, compare_at_price, currency, in_stock
                        from catalog.variant where product_id = ? order by position
                        """)
                .param(productId)
                .query((rs, n) -> {
                    Currency currency = Currency.getInstance(rs.getString(5));
                    BigDecimal compareAt = rs.getBigDecimal(4);
                    return new Variant(rs.getString(1), attributes(rs.getString(2)), Money.of(rs.getBigDecimal(3), currency),
                            compareAt == null ? null : Money.of(compareAt, currency), rs.getBoolean(6));
                })
                .list();
    }

    private List<Image> images(long productId) {
        return jdbc.sql("""
                        select i.image_key, i.alt, w.card, w.large from catalog.product_image i
                        left join catalog.image_width w on w.image_key = i.image_key
                        where i.product_id = ? order by i.position""")
                .param(productId)
                .query((rs, n) -> new Image(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getObject(4, Integer.class)))
                .list();
    }

    /** The slug of a published product, by its id. */
    public Optional<String> slugOf(long id) {
        return jdbc.sql("select slug from catalog.product where id = ? and status = 'PUBLISHED'").param(id)
                .query(String.class).optional();
    }

    /** Products and categories whose names resemble what the shopper is typing. */
    public List<Suggestion> suggest(String typed, int limit) {
        return jdbc.sql("""
                        (select 'category' as kind, name, '/c/' || slug as url, word_similarity(:q, name) as score
                           from catalog.category where :q <% name or name ilike :prefix
                          order by score desc, name limit 3)
                        union all
                        (select 'product', name, '/p/' || slug, word_similarity(:q, name)
                           from catalog.product where status = 'PUBLISHED' and (:q <% name or name ilike :prefix)
                          order by 4 desc, name limit :limit)
                        """)
                .param("q", typed)
                .param("prefix", escapeLike(typed) + "%")
                .param("limit", limit)
                .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Every published product's slug with its last change, for the sitemap. */
    public List<SitemapEntry> sitemap(int limit) {
        return jdbc.sql("select slug, updated_at from catalog.product where status = 'PUBLISHED' order by id limit ?")
                .param(limit)
                .query((rs, n) -> new SitemapEntry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    public record SitemapEntry(String slug, java.time.Instant updatedAt) {
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> attributes(String text) {
        return text == null ? Map.of() : new LinkedHashMap<>(json.readValue(text, Map.class));
    }

    private ProductCard card(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal compareAt = rs.getBigDecimal("compare_at");
        BigDecimal min = rs.getBigDecimal("min_price");
        return new ProductCard(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("brand"),
                Money.of(min, currency), compareAt == null ? null : Money.of(compareAt, currency),
                min.compareTo(rs.getBigDecimal("max_price")) != 0, rs.getString("image_key"), rs.getBoolean("in_stock"));
    }
}
