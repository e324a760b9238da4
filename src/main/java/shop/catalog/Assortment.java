package shop.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import shop.catalog.events.ProductUpdated;

/**
 * Fills the catalog: categories, products as drafts, publishing, revising and retiring them, imports of
 * many at once. For products it is the use case around the {@link Product} aggregate: it loads the
 * product, asks it for the change (the product decides whether its life cycle allows it and records the
 * events other modules care about), and saves it, which publishes those events in the same transaction.
 * Every change shoppers would see clears the storefront's caches, and a change to published products
 * rebuilds the search vocabulary once, just before the transaction commits.
 */
@Service
public class Assortment {

    private static final Object VOCABULARY_REBUILD = Assortment.class.getName() + ".vocabularyRebuild";

    private final JdbcClient jdbc;
    private final Products products;
    private final CatalogSettings settings;
    private final SearchVocabulary vocabulary;

    Assortment(JdbcClient jdbc, Products products, CatalogSettings settings, SearchVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.products = products;
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
        return products.save(Product.draft(product, settings.currency(), now())).id();
    }

    /** Adds a product and puts it on sale at once, in one save: how the demo catalog fills an empty shop. */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public long addPublishedProduct(NewProduct product) {
        Instant now = now();
        Product created = Product.draft(product, settings.currency(), now);
        created.publish(now);
        save(created);
        return created.id();
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
        Product existing = load(productId);
        revise(existing, product, now());
        save(existing);
    }

    private void revise(Product product, NewProduct content, Instant now) {
        product.revise(content, settings.currency(), now);
        // A demo product an admin edits is theirs from now on: demo pictures leave it alone
        jdbc.sql("delete from catalog.demo_product where product_id = ?").param(product.id()).update();
    }

    /** Puts a draft on sale; refuses ({@link StatusChangeRefused}) any product that is not a draft. */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public void publish(long productId) {
        Product product = load(productId);
        product.publish(now());
        save(product);
    }

    /** Takes a published product off sale for good; refuses ({@link StatusChangeRefused}) any other. */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public void retire(long productId) {
        Product product = load(productId);
        product.retire(now());
        save(product);
    }

    /**
     * Writes a checked import in one transaction: new products are added (and published when asked),
     * changed ones revised, statuses moved along the life cycle, and the products of {@code withdrawn}
     * taken out of the catalog (published ones retired, drafts deleted). Anything that fails rolls the
     * whole import back.
     */
    @Transactional
    @CacheEvict(cacheNames = { CatalogCaches.CATEGORY_TREE, CatalogCaches.NEW_ARRIVALS, CatalogCaches.BEST_SELLERS,
            CatalogCaches.LISTINGS, CatalogCaches.PRODUCTS }, allEntries = true)
    public ImportCounts importProducts(List<ImportedProduct> imported, Collection<Long> withdrawn) {
        Instant now = now();
        int created = 0;
        int updated = 0;
        for (ImportedProduct next : imported) {
            Product product;
            if (next.productId() == null) {
                product = Product.draft(next.product(), settings.currency(), now);
                created++;
            } else {
                product = load(next.productId());
                if (next.contentChanged()) {
                    revise(product, next.product(), now);
                }
                if (next.contentChanged() || product.status() != next.status()) {
                    updated++;
                }
            }
            product.moveTo(next.status(), now);
            save(product);
        }
        int removed = 0;
        for (long id : withdrawn) {
            Product product = load(id);
            switch (product.withdraw(now)) {
                case DELETE -> products.delete(product);
                case RETIRED -> save(product);
                case NONE -> {
                    continue;
                }
            }
            removed++;
        }
        return new ImportCounts(created, updated, removed);
    }

    /** How many products an import added, changed and took out of the catalog. */
    public record ImportCounts(int created, int updated, int withdrawn) {
    }

    private Product load(long productId) {
        return products.findLockedById(productId)
                .orElseThrow(() -> new IllegalArgumentException("No product with id " + productId));
    }

    /** Saves the product, publishing its events; a change shoppers see rebuilds the search vocabulary. */
    private void save(Product product) {
        if (product.hasAnnouncements()) {
            rebuildVocabularyBeforeCommit();
        }
        products.save(product);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
