package shop.catalog;

/**
 * A product is prepared as a draft, sold while published, and kept for history once retired. The moves
 * between them are the product's life cycle: {@link Product} refuses any other, and the back office asks
 * {@link #canBecome} before offering one.
 */
public enum ProductStatus {
    DRAFT, PUBLISHED, RETIRED;

    /** Whether a product in this status may move to {@code next}: a draft is published, a published product retired. */
    public boolean canBecome(ProductStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == RETIRED;
            case RETIRED -> false;
        };
    }

    /** Whether a product in this status is still part of the catalog (a draft or on sale), not retired for good. */
    public boolean active() {
        return this != RETIRED;
    }
}
