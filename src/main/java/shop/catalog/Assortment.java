package shop.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductRetired;
import shop.catalog.events.VariantSnapshot;
import shop.common.Money;

/**
 * Fills the catalog: categories, products as drafts, publishing and retiring them. Every change that other
 * modules care about is announced as an event in the same transaction.
 */
@Service
public class Assortment {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final CatalogSettings settings;

    Assortment(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, CatalogSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.settings = settings;
    }

    @Transactional
    @CacheEvict(cacheNames = Storefront.CATEGORY_TREE, allEntries = true)
    public long addCategory(Long parentId, String slug, String name, String description, int position) {
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from catalog.category where id = ?").param(parentId).query(String.class).single();
        return jdbc.sql("""
                        insert into catalog.category (parent_id, slug, name, description, position, path)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(parentId, slug, name, description, position, parentPath + slug + "/")
                .query(Long.class).single();
    }

    @Transactional
    public long addProduct(NewProduct product) {
        long id = jdbc.sql("""
                        insert into catalog.product (slug, name, brand, description, attributes, category_id, status,
                            seo_title, seo_description, price_from)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, 'DRAFT', ?, ?, ?) returning id
                        """)
                .params(product.slug(), product.name(), product.brand(), product.description(),
                        toJson(product.attributes()), product.categoryId(), product.seoTitle(),
                        product.seoDescription(), product.lowestPrice())
                .query(Long.class).single();
        int position = 0;
        for (var variant : product.variants()) {
            jdbc.sql("""
                            insert into catalog.variant (product_id, position, sku, attributes, price, compare_at_price, currency)
                            values (?, ?, ?, cast(? as jsonb), ?, ?, ?)
                            """)
                    .params(id, position++, variant.sku(), toJson(variant.attributes()), variant.price(),
                            variant.compareAtPrice(), settings.currency().getCurrencyCode())
                    .update();
        }
        position = 0;
        for (String key : product.imageKeys()) {
            jdbc.sql("insert into catalog.product_image (product_id, position, image_key, alt) values (?, ?, ?, ?)")
                    .params(id, position++, key, product.name()).update();
        }
        return id;
    }

    @Transactional
    @CacheEvict(cacheNames = {Storefront.LISTINGS, Storefront.NEW_ARRIVALS, Storefront.PRODUCTS}, allEntries = true)
    public void publish(long productId) {
        int changed = jdbc.sql("""
                        update catalog.product set status = 'PUBLISHED', published_at = coalesce(published_at, now()),
                            updated_at = now()
                        where id = ? and status = 'DRAFT'
                        """)
                .param(productId).update();
        if (changed == 1) {
            var product = snapshot(productId);
            events.publishEvent(new ProductPublished(productId, product.slug(), product.name(), product.brand(),
                    product.mainImageKey(), product.variants(), Instant.now()));
        }
    }

    @Transactional
    @CacheEvict(cacheNames = {Storefront.LISTINGS, Storefront.NEW_ARRIVALS, Storefront.PRODUCTS}, allEntries = true)
    public void retire(long productId) {
        int changed = jdbc.sql("""
                        update catalog.product set status = 'RETIRED', updated_at = now()
                        where id = ? and status = 'PUBLISHED'
                        """)
                .param(productId).update();
        if (changed == 1) {
            var product = snapshot(productId);
            events.publishEvent(new ProductRetired(productId, product.slug(),
                    product.variants().stream().map(VariantSnapshot::sku).toList(), Instant.now()));
        }
    }

    private Snapshot snapshot(long productId) {
        var head = jdbc.sql("""
                        select p.slug, p.name, p.brand,
                               (select image_key from catalog.product_image i where i.product_id = p.id order by position limit 1)
                        from catalog.product p where p.id = ?
                        """)
                .param(productId)
                .query((rs, row) -> new Snapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of()))
                .single();
        var variants = jdbc.sql("""
                        select sku, attributes::text, price, compare_at_price, currency
                        from catalog.variant where product_id = ? order by position
                        """)
                .param(productId)
                .query((rs, row) -> {
                    var currency = java.util.Currency.getInstance(rs.getString(5));
                    var compareAt = rs.getBigDecimal(4);
                    return new VariantSnapshot(rs.getString(1), fromJson(rs.getString(2)),
                            Money.of(rs.getBigDecimal(3), currency),
                            compareAt == null ? null : Money.of(compareAt, currency));
                })
                .list();
        return new Snapshot(head.slug(), head.name(), head.brand(), head.mainImageKey(), variants);
    }

    private record Snapshot(String slug, String name, String brand, String mainImageKey, List<VariantSnapshot> variants) {
    }

    private String toJson(Map<String, String> attributes) {
        return json.writeValueAsString(attributes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> fromJson(String attributes) {
        return json.readValue(attributes, Map.class);
    }
}
