package shop.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one {@link Browse}: what it is about (a category's subtree, search words), the shopper's
 * narrowing filters, its order, and the parameters they bind. Values are always bound, never written into
 * the SQL; only names of this class's own making are.
 */
final class ListingQuery {

    /** Upper edges of the price facet's buckets, in the shop's currency (the same edges as {@code catalog.facets_of}). */
    static final List<BigDecimal> PRICE_EDGES = List.of(new BigDecimal("25"), new BigDecimal("50"),
            new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("500"));

    final Browse browse;
    final Map<String, Object> params = new HashMap<>();
    private final Map<String, String> attributeKeys = new LinkedHashMap<>();

    ListingQuery(Browse browse) {
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

    /**
     * A whole category (or the whole catalog) without words or filters: its facet counts are kept per
     * category ({@code catalog.category_facet}), so nothing but one page of products has to be read.
     */
    boolean wholeCategory() {
        return browse.text() == null && browse.brands().isEmpty() && browse.attributes().isEmpty()
                && browse.minPrice() == null && browse.maxPrice() == null && !browse.inStockOnly();
    }

    /**
     * The kept facet counts of the category's subtree: rows of (kind, key, value, products), without
     * attributes of more than {@code maxValues} values (weights, codes), which make no facet.
     */
    String keptCounts(int maxValues) {
        return """
                select kind, key, value, products from (
                  select f.kind, f.key, f.value, sum(f.products)::bigint as products,
                         count(*) over (partition by f.kind, f.key) as values
                  from catalog.category_facet f
                  where f.products > 0 %s
                  group by f.kind, f.key, f.value) counted
                where kind <> 'attribute' or values <= %d
                """.formatted(browse.categoryPath() == null ? ""
                : "and f.category_id in (select id from catalog.category where path like :path)", maxValues);
    }

    /** One page of the cards of a {@link #wholeCategory()}, in order: binds {@code :limit} and {@code :offset}. */
    String wholeCategoryPage() {
        return """
                with page as (select p.id, row_number() over (order by %1$s) as n from catalog.product p where %2$s
                              order by %1$s limit :limit offset :offset)
                select %3$s from page join catalog.product p on p.id = page.id %4$s order by page.n
                """.formatted(order(), scope(), ProductCards.COLUMNS, ProductCards.JOINS);
    }

    /**
     * The facet counts and the page in one query: the matching products are read once (the costly part
     * for a broad search), then counted for each facet with every filter but its own, and ordered for the
     * page. Rows of (kind, key, value, count); a page's rows are (page, id, -, position). A page beyond the
     * last one gives the last.
     */
    String matches() {
        String rank = browse.text() == null ? ""
                : ", ts_rank_cd(p.search_vector, websearch_to_tsquery('english', :text)) as rank";
        return """
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
                """.formatted(rank, scope(),
                narrowing(null),
                narrowing("stock"),
                narrowing("brand"),
                String.join(",", PRICE_EDGES.stream().map(BigDecimal::toPlainString).toList()), narrowing("price"),
                narrowing("attribute"),
                order(), narrowing(null), order(), narrowing(null));
    }

    private String order() {
        return switch (browse.sort()) {
            case PRICE_ASC -> "p.price_from asc, p.id";
            case PRICE_DESC -> "p.price_from desc, p.id";
            case NEWEST -> "p.published_at desc, p.id desc";
            case RELEVANCE -> browse.text() == null
                    ? "p.in_stock desc, p.published_at desc, p.id desc"
                    : "p.rank desc, p.id";
        };
    }

    /** What the listing is about: published products in the category and/or matching the words. */
    private String scope() {
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
    private String narrowing(String exceptFacet) {
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
