package shop.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductRetired;
import shop.catalog.events.ProductUpdated;
import shop.catalog.events.VariantSnapshot;
import shop.common.Money;

/**
 * Fills the catalog: categories, products as drafts, publishing, revising and retiring them, imports of
 * many at once. Every change that other modules care about is announced as an event in the same
 * transaction; every change shoppers would see clears the storefront's caches, and a change to published
 * products rebuilds the search vocabulary once, just before the transaction commits.
 */
@Service
public class Assortment {

    private static final Object VOCABULARY_REBUILD = Assortment.class.getName() + ".vocabularyRebuild";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final CatalogSettings settings;
    private final SearchVocabulary vocabulary;

    Assortment(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, CatalogSettings settings,
            SearchVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    @Transactional
    @CacheEvict(cacheNames = CatalogCaches.CATEGORY_TREE, allEntries = true)
    public long addCategory(Long parentId, String slug, String name, String description, int position) {
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from catalog.category where id = ?").param(parentId).query(String.class).optional()
                        .orElseThrow(() -> new CatalogRuleViolation("parentId", "catalog.category.parent.unknown"));
        return jdbc.sql("""
                        insert into catalog.category (parent_id, slug, name, description, position, path)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(parentId, slug, name, description, position, parentPath + slug + "/")
                .query(Long.class).single();
    }

    /**
     * Renames, re-describes, reorders and moves a category in one go. A new parent or slug changes the
     * category's path and that of its whole subtree; a category cannot move under itself or its own
     * subcategories.
     */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public void reviseCategory(long id, Long parentId, String slug, String name, String description, int position) {
        lockCategoryTree();
        String path = jdbc.sql("select path from catalog.category where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new CatalogRuleViolation(null, "catalog.category.unknown"));
        String parentPath = "/";
        if (parentId != null) {
            if (parentId == id) {
                throw new CatalogRuleViolation("parentId", "catalog.category.parent.self");
            }
            parentPath = jdbc.sql("select path from catalog.category where id = ?").param(parentId).query(String.class)
                    .optional().orElseThrow(() -> new CatalogRuleViolation("parentId", "catalog.category.parent.unknown"));
            if (parentPath.startsWith(path)) {
                throw new CatalogRuleViolation("parentId", "catalog.category.parent.descendant");
            }
        }
        jdbc.sql("update catalog.category set parent_id = ?, slug = ?, name = ?, description = ?, position = ? where id = ?")
                .params(parentId, slug, name, description, position, id).update();
        String newPath = parentPath + slug + "/";
        if (!newPath.equals(path)) {
            jdbc.sql("""
                            update catalog.category set path = :newPath || substr(path, :oldLength + 1)
                            where path like :oldPrefix escape '\\'
                            """)
                    .param("newPath", newPath).param("oldLength", path.length())
                    .param("oldPrefix", escapeLike(path) + "%")
                    .update();
        }
    }

    /** Deletes an empty category: one without subcategories and without products (of any status). */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public void deleteCategory(long id) {
        lockCategoryTree();
        if (!exists("select 1 from catalog.category where id = ?", id)) {
            throw new CatalogRuleViolation(null, "catalog.category.unknown");
        }
        if (exists("select 1 from catalog.category where parent_id = ?", id)) {
            throw new CatalogRuleViolation(null, "catalog.category.delete.children");
        }
        if (exists("select 1 from catalog.product where category_id = ?", id)) {
            throw new CatalogRuleViolation(null, "catalog.category.delete.products");
        }
        jdbc.sql("delete from catalog.category where id = ?").param(id).update();
    }

    private boolean exists(String query, long id) {
        return jdbc.sql("select exists (" + query + ")").param(id).query(Boolean.class).single();
    }

    /** Moves of one admin must not cross those of another (two moves could otherwise make a cycle). */
    private void lockCategoryTree() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('shop.catalog.category-tree'))").query(Object.class).single();
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
        writeVariantsAndImages(id, product, Map.of());
        return id;
    }

    /**
     * Replaces a product's content (texts, category, attributes, variants, images) with {@code product}.
     * A published product announces its new state, prices included, as {@link ProductUpdated}. Variants
     * keep their stock flag by SKU.
     */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public void revise(long productId, NewProduct product) {
        reviseContent(productId, product);
    }

    private void reviseContent(long productId, NewProduct product) {
        ProductStatus status = jdbc.sql("select status from catalog.product where id = ? for update").param(productId)
                .query(String.class).optional().map(ProductStatus::valueOf)
                .orElseThrow(() -> new IllegalArgumentException("No product with id " + productId));
        jdbc.sql("""
                        update catalog.product set slug = ?, name = ?, brand = ?, description = ?, attributes = cast(? as jsonb),
                            category_id = ?, seo_title = ?, seo_description = ?, price_from = ?, updated_at = now()
                        where id = ?
                        """)
                .params(product.slug(), product.name(), product.brand(), product.description(),
                        toJson(product.attributes()), product.categoryId(), product.seoTitle(), product.seoDescription(),
                        product.lowestPrice(), productId)
                .update();
        Map<String, Boolean> inStock = jdbc.sql("select sku, in_stock from catalog.variant where product_id = ?")
                .param(productId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        jdbc.sql("delete from catalog.variant where product_id = ?").param(productId).update();
        jdbc.sql("delete from catalog.product_image where product_id = ?").param(productId).update();
        // A demo product an admin edits is theirs from now on: demo pictures leave it alone
        jdbc.sql("delete from catalog.demo_product where product_id = ?").param(productId).update();
        writeVariantsAndImages(productId, product, inStock);
        if (status == ProductStatus.PUBLISHED) {
            var snapshot = snapshot(productId);
            events.publishEvent(new ProductUpdated(productId, snapshot.slug(), snapshot.name(), snapshot.brand(),
                    snapshot.mainImageKey(), snapshot.variants(), Instant.now()));
            rebuildVocabularyBeforeCommit();
        }
    }

    private void writeVariantsAndImages(long productId, NewProduct product, Map<String, Boolean> inStock) {
        int position = 0;
        for (var variant : product.variants()) {
            jdbc.sql("""
                            insert into catalog.variant (product_id, position, sku, attributes, price, compare_at_price,
                                currency, in_stock)
                            values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                            """)
                    .params(productId, position++, variant.sku(), toJson(variant.attributes()), variant.price(),
                            variant.compareAtPrice(), settings.currency().getCurrencyCode(),
                            inStock.getOrDefault(variant.sku(), true))
                    .update();
        }
        position = 0;
        for (String key : product.imageKeys()) {
            jdbc.sql("insert into catalog.product_image (product_id, position, image_key, alt) values (?, ?, ?, ?)")
                    .params(productId, position++, key, product.name()).update();
        }
    }

    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
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
            rebuildVocabularyBeforeCommit();
        }
    }

    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
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
            rebuildVocabularyBeforeCommit();
        }
    }

    /**
     * Writes a checked import in one transaction: new products are added (and published when asked),
     * changed ones revised, and statuses moved forward (draft → published → retired). Anything that
     * fails rolls the whole import back.
     */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public ImportCounts importProducts(List<ImportedProduct> products) {
        int created = 0;
        int updated = 0;
        for (ImportedProduct imported : products) {
            long id;
            ProductStatus current;
            if (imported.productId() == null) {
                id = addProduct(imported.product());
                current = ProductStatus.DRAFT;
                created++;
            } else {
                id = imported.productId();
                current = jdbc.sql("select status from catalog.product where id = ?").param(id).query(String.class)
                        .optional().map(ProductStatus::valueOf)
                        .orElseThrow(() -> new IllegalArgumentException("No product with id " + id));
                if (imported.contentChanged()) {
                    reviseContent(id, imported.product());
                }
                if (imported.contentChanged() || current != imported.status()) {
                    updated++;
                }
            }
            if (current != imported.status()) {
                switch (imported.status()) {
                    case PUBLISHED -> requireThen(current == ProductStatus.DRAFT, () -> publish(id));
                    case RETIRED -> requireThen(current == ProductStatus.PUBLISHED, () -> retire(id));
                    case DRAFT -> requireThen(false, () -> { });
                }
            }
        }
        return new ImportCounts(created, updated);
    }

    /** How many products an import added and how many it changed. */
    public record ImportCounts(int created, int updated) {
    }

    private static void requireThen(boolean allowed, Runnable change) {
        if (!allowed) {
            throw new CatalogRuleViolation("status", "catalog.product.status.transition");
        }
        change.run();
    }

    /** Shoppers' search corrects words against the published catalog: rebuilt once per transaction that changes it. */
    private void rebuildVocabularyBeforeCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            vocabulary.rebuild();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(VOCABULARY_REBUILD)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(VOCABULARY_REBUILD, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                vocabulary.rebuild();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(VOCABULARY_REBUILD);
            }
        });
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String toJson(Map<String, String> attributes) {
        return json.writeValueAsString(attributes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> fromJson(String attributes) {
        return json.readValue(attributes, Map.class);
    }
}
