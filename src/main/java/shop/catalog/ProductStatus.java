package shop.catalog;

/** A product is prepared as a draft, sold while published, and kept for history once retired. */
public enum ProductStatus {
    DRAFT, PUBLISHED, RETIRED
}
