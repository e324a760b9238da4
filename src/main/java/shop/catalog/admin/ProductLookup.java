package shop.catalog.admin;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.ProductStatus;
import shop.catalog.admin.ProductDetails.VariantDetails;

/** The catalog's products as the back office looks them up: every status, searched, counted, in full, exported. */
@Component
class ProductLookup {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProductLookup(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the admin's product list is narrowed to; null parts do not narrow. */
    record Query(String text, ProductStatus status, Long categoryId) {

        String where() {
            List<String> clauses = new ArrayList<>();
            clauses.add("true");
            if (text != null && !text.isEmpty()) {
                clauses.add("""
                        (p.name ilike :text escape '\\' or p.brand ilike :text escape '\\' or p.slug ilike :text escape '\\'
                         or exists (select 1 from catalog.variant v where v.product_id = p.id and v.sku ilike :text escape '\\'))""");
            }
            if (status != null) {
                clauses.add("p.status = :status");
            }
            if (categoryId != null) {
                clauses.add("""
                        p.category_id in (select d.id from catalog.category d, catalog.category c
                                          where c.id = :category and d.path like c.path || '%')""");
            }
            return String.join(" and ", clauses);
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            if (text != null && !text.isEmpty()) {
                params.put("text", "%" + escapeLike(text) + "%");
            }
            if (status != null) {
                params.put("status", status.name());
            }
            if (categoryId != null) {
                params.put("category", categoryId);
            }
            return params;
        }
    }

    /** One line of the admin's product list. */
    record ProductRow(long id, String slug, String name, String brand, String category, ProductStatus status,
            BigDecimal minPrice, BigDecimal maxPrice, String currency, int variants, Instant updatedAt) {

        public boolean priceVaries() {
            return minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) != 0;
        }
    }

    List<ProductRow> search(Query query, int offset, int limit) {
        return jdbc.sql("""
                        select p.id, p.slug, p.name, p.brand, c.name, p.status, v.min_price, v.max_price, v.currency,
                               v.variants, p.updated_at
                        from catalog.product p
                        join catalog.category c on c.id = p.category_id
                        join lateral (select min(price) as min_price, max(price) as max_price, min(currency) as currency,
                                             count(*) as variants
                                      from catalog.variant where product_id = p.id) v on true
                        where %s
                        order by p.updated_at desc, p.id desc
                        limit :limit offset :offset
                        """.formatted(query.where()))
                .params(query.params())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ProductRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ProductStatus.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getString(9), rs.getInt(10), rs.getTimestamp(11).toInstant()))
                .list();
    }

    long count(Query query) {
        return jdbc.sql("select count(*) from catalog.product p where " + query.where())
                .params(query.params()).query(Long.class).single();
    }

    Map<ProductStatus, Long> countByStatus() {
        Map<ProductStatus, Long> counts = new EnumMap<>(ProductStatus.class);
        for (ProductStatus status : ProductStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from catalog.product group by status")
                .query(rs -> {
                    counts.put(ProductStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from catalog.product where id = ?)").param(id).query(Boolean.class).single();
    }

    Optional<ProductDetails> find(long id) {
        return details("p.id = any(?)", new Long[] { id }).values().stream().findFirst();
    }

    /** The products with these slugs, by slug. */
    @Transactional(readOnly = true)
    Map<String, ProductDetails> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? Map.of() : details("p.slug = any(?)", slugs.toArray(String[]::new));
    }

    Optional<Long> idOfSlug(String slug) {
        return jdbc.sql("select id from catalog.product where slug = ?").param(slug).query(Long.class).optional();
    }

    /** Which product holds each of these SKUs, for those the catalog has. */
    Map<String, Long> ownersOfSkus(Collection<String> skus) {
        Map<String, Long> owners = new HashMap<>();
        if (!skus.isEmpty()) {
            jdbc.sql("select sku, product_id from catalog.variant where sku = any(?)")
                    .param(skus.toArray(String[]::new))
                    .query(rs -> {
                        owners.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return owners;
    }

    /** One SKU of a product that is a draft or on sale. */
    record ActiveSku(long productId, String slug, String name, String sku) {
    }

    /**
     * The SKUs of every product not named by {@code slugs} that is still in the catalog (not retired), in
     * the order the products were added: what a replacing import takes out.
     */
    List<ActiveSku> activeExcept(Collection<String> slugs) {
        String[] active = Arrays.stream(ProductStatus.values()).filter(ProductStatus::active).map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql("""
                        select p.id, p.slug, p.name, v.sku
                        from catalog.product p join catalog.variant v on v.product_id = p.id
                        where p.status = any(?) and not (p.slug = any(?))
                        order by p.id, v.position
                        """)
                .params(active, slugs.toArray(String[]::new))
                .query((rs, n) -> new ActiveSku(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private Map<String, ProductDetails> details(String where, Object[] keys) {
        record Head(long id, String slug, String name, String brand, String description, String attributes, long categoryId,
                String categorySlug, String status, String seoTitle, String seoDescription, Instant created, Instant updated,
                Instant published) {
        }
        List<Head> heads = jdbc.sql("""
                        select p.id, p.slug, p.name, p.brand, p.description, p.attributes::text, p.category_id, c.slug,
                               p.status, p.seo_title, p.seo_description, p.created_at, p.updated_at, p.published_at
                        from catalog.product p join catalog.category c on c.id = p.category_id
                        where %s order by p.id
                        """.formatted(where))
                .param(keys)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        instant(rs, 12), instant(rs, 13), instant(rs, 14)))
                .list();
        if (heads.isEmpty()) {
            return Map.of();
        }
        Long[] ids = heads.stream().map(Head::id).toArray(Long[]::new);
        Map<Long, List<VariantDetails>> variants = new HashMap<>();
        jdbc.sql("""
                        select product_id, sku, attributes::text, price, compare_at_price from catalog.variant
                        where product_id = any(?) order by product_id, position
                        """)
                .param(ids)
                .query(rs -> {
                    variants.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new VariantDetails(rs.getString(2),
                            attributes(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5)));
                });
        Map<Long, List<String>> images = new HashMap<>();
        jdbc.sql("""
                        select product_id, image_key from catalog.product_image
                        where product_id = any(?) order by product_id, position
                        """)
                .param(ids)
                .query(rs -> {
                    images.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, ProductDetails> bySlug = new LinkedHashMap<>();
        for (Head head : heads) {
            bySlug.put(head.slug(), new ProductDetails(head.id(), head.slug(), head.name(), head.brand(), head.description(),
                    attributes(head.attributes()), head.categoryId(), head.categorySlug(), ProductStatus.valueOf(head.status()),
                    List.copyOf(variants.getOrDefault(head.id(), List.of())),
                    List.copyOf(images.getOrDefault(head.id(), List.of())),
                    head.seoTitle(), head.seoDescription(), head.created(), head.updated(), head.published()));
        }
        return bySlug;
    }

    /** One CSV line per variant, product columns repeated, products in the order they were added. */
    record ExportRow(String slug, String name, String brand, String description, String categorySlug, String status,
            Map<String, String> attributes, String sku, Map<String, String> variantAttributes, BigDecimal price,
            BigDecimal compareAtPrice, List<String> imageKeys, String seoTitle, String seoDescription) {
    }

    @Transactional(readOnly = true)
    void export(Consumer<ExportRow> row) {
        jdbc.sql("""
                        select p.slug, p.name, p.brand, p.description, c.slug, p.status, p.attributes::text, v.sku,
                               v.attributes::text, v.price, v.compare_at_price,
                               (select string_agg(i.image_key, ' ' order by i.position) from catalog.product_image i
                                where i.product_id = p.id),
                               p.seo_title, p.seo_description
                        from catalog.product p
                        join catalog.category c on c.id = p.category_id
                        join catalog.variant v on v.product_id = p.id
                        order by p.id, v.position
                        """)
                .withFetchSize(500)
                .query(rs -> {
                    String images = rs.getString(12);
                    row.accept(new ExportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), attributes(rs.getString(7)), rs.getString(8),
                            attributes(rs.getString(9)), rs.getBigDecimal(10), rs.getBigDecimal(11),
                            images == null ? List.of() : List.of(images.split(" ")), rs.getString(13), rs.getString(14)));
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> attributes(String text) {
        return text == null ? Map.of() : new LinkedHashMap<>(json.readValue(text, Map.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
