package shop.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductRetired;
import shop.catalog.events.ProductUpdated;
import shop.catalog.events.VariantSnapshot;
import shop.common.Money;

/**
 * A product with its variants and images: the aggregate that owns the product's life cycle. It starts as
 * a draft, is published once, is retired for good; any other move throws {@link StatusChangeRefused}.
 * What other modules must hear about (published, a published product changed, retired) it records as it
 * happens, and {@link Products} publishes those events when it is saved, in the same transaction, as
 * complete snapshots of the state that was saved.
 */
@Table(schema = "catalog", name = "product")
class Product {

    @Id
    private Long id;
    private String slug;
    private String name;
    private String brand;
    private String description;
    private Attributes attributes;
    private long categoryId;
    private ProductStatus status;
    private String seoTitle;
    private String seoDescription;
    /** The lowest variant price, kept on the product for sorting and price facets. */
    private BigDecimal priceFrom;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    @MappedCollection(idColumn = "product_id", keyColumn = "position")
    private List<Variant> variants;
    @MappedCollection(idColumn = "product_id", keyColumn = "position")
    private List<Image> images;

    @Transient
    private final transient List<Announcement> announcements = new ArrayList<>();

    @PersistenceCreator
    Product(Long id, String slug, String name, String brand, String description, Attributes attributes, long categoryId,
            ProductStatus status, String seoTitle, String seoDescription, BigDecimal priceFrom, Instant createdAt,
            Instant updatedAt, Instant publishedAt, List<Variant> variants, List<Image> images) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.brand = brand;
        this.description = description;
        this.attributes = attributes == null ? Attributes.NONE : attributes;
        this.categoryId = categoryId;
        this.status = status;
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
        this.priceFrom = priceFrom;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.publishedAt = publishedAt;
        this.variants = List.copyOf(variants == null ? List.of() : variants);
        this.images = List.copyOf(images == null ? List.of() : images);
    }

    /** A new product, not yet in the shop: every product starts as a draft. */
    static Product draft(NewProduct content, Currency currency, Instant now) {
        Product product = new Product(null, null, null, null, null, null, 0, ProductStatus.DRAFT, null, null, null, now, now,
                null, List.of(), List.of());
        product.write(content, currency);
        return product;
    }

    /**
     * Replaces the product's content (texts, category, attributes, variants, images) with {@code content}.
     * Variants keep their stock flag by SKU. A published product announces its new state.
     */
    void revise(NewProduct content, Currency currency, Instant now) {
        write(content, currency);
        updatedAt = now;
        if (status == ProductStatus.PUBLISHED) {
            announcements.add(new Announcement(Kind.UPDATED, now));
        }
    }

    /** Puts a draft on sale. */
    void publish(Instant now) {
        move(ProductStatus.PUBLISHED);
        publishedAt = publishedAt == null ? now : publishedAt;
        updatedAt = now;
        announcements.add(new Announcement(Kind.PUBLISHED, now));
    }

    /** Takes a published product off sale, for good. */
    void retire(Instant now) {
        move(ProductStatus.RETIRED);
        updatedAt = now;
        announcements.add(new Announcement(Kind.RETIRED, now));
    }

    /** Moves the product to {@code target} along its life cycle; staying where it is changes nothing. */
    void moveTo(ProductStatus target, Instant now) {
        if (target == status) {
            return;
        }
        switch (target) {
            case PUBLISHED -> publish(now);
            case RETIRED -> retire(now);
            case DRAFT -> move(target);
        }
    }

    /** What taking the product out of the catalog means for it. */
    enum Withdrawal {
        /** A draft was never sold: nothing needs to remember it, it is deleted. */
        DELETE,
        /** A published product is retired, so that the history of orders keeps it. */
        RETIRED,
        /** A retired product is out of the shop already. */
        NONE
    }

    /** Takes the product out of the catalog: a published one is retired; a draft is to be deleted. */
    Withdrawal withdraw(Instant now) {
        if (!status.active()) {
            return Withdrawal.NONE;
        }
        if (status.canBecome(ProductStatus.RETIRED)) {
            retire(now);
            return Withdrawal.RETIRED;
        }
        return Withdrawal.DELETE;
    }

    private void move(ProductStatus target) {
        if (!status.canBecome(target)) {
            throw new StatusChangeRefused(status, target);
        }
        status = target;
    }

    private void write(NewProduct content, Currency currency) {
        Map<String, Boolean> inStock = new HashMap<>();
        variants.forEach(variant -> inStock.put(variant.sku(), variant.inStock()));
        slug = content.slug();
        name = content.name();
        brand = content.brand();
        description = content.description();
        attributes = new Attributes(content.attributes());
        categoryId = content.categoryId();
        seoTitle = content.seoTitle();
        seoDescription = content.seoDescription();
        priceFrom = content.lowestPrice();
        variants = content.variants().stream().map(variant -> new Variant(variant.sku(), new Attributes(variant.attributes()),
                variant.price(), variant.compareAtPrice(), currency.getCurrencyCode(),
                inStock.getOrDefault(variant.sku(), true))).toList();
        images = content.imageKeys().stream().map(key -> new Image(key, content.name())).toList();
    }

    /** The events of what happened since the product was loaded, as of the state saved. */
    @DomainEvents
    List<Object> announcements() {
        return announcements.stream().map(this::event).toList();
    }

    @AfterDomainEventPublication
    void announced() {
        announcements.clear();
    }

    /** Whether saving the product will announce anything (it changed what shoppers see). */
    boolean hasAnnouncements() {
        return !announcements.isEmpty();
    }

    private Object event(Announcement announcement) {
        return switch (announcement.kind()) {
            case PUBLISHED -> new ProductPublished(id, slug, name, brand, mainImageKey(), snapshots(), announcement.at());
            case UPDATED -> new ProductUpdated(id, slug, name, brand, mainImageKey(), snapshots(), announcement.at());
            case RETIRED -> new ProductRetired(id, slug, variants.stream().map(Variant::sku).toList(), announcement.at());
        };
    }

    private String mainImageKey() {
        return images.isEmpty() ? null : images.getFirst().imageKey();
    }

    private List<VariantSnapshot> snapshots() {
        return variants.stream().map(Variant::snapshot).toList();
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    ProductStatus status() {
        return status;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    BigDecimal priceFrom() {
        return priceFrom;
    }

    List<Variant> variants() {
        return variants;
    }

    List<Image> images() {
        return images;
    }

    private enum Kind {
        PUBLISHED, UPDATED, RETIRED
    }

    private record Announcement(Kind kind, Instant at) {
    }

    /** One sellable variant: its SKU, what sets it apart, its price in the shop's currency, and whether it is in stock. */
    @Table(schema = "catalog", name = "variant")
    record Variant(String sku, Attributes attributes, BigDecimal price, BigDecimal compareAtPrice, String currency,
            boolean inStock) {

        VariantSnapshot snapshot() {
            Currency money = Currency.getInstance(currency);
            return new VariantSnapshot(sku, attributes.values(), Money.of(price, money),
                    compareAtPrice == null ? null : Money.of(compareAtPrice, money));
        }
    }

    /** An image of the product by its media key, in order: the first is the main image. */
    @Table(schema = "catalog", name = "product_image")
    record Image(String imageKey, String alt) {
    }
}
