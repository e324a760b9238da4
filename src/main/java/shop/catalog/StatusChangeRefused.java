package shop.catalog;

import java.util.Locale;

/**
 * A product was asked to move where its life cycle does not go (publish a retired product, retire a
 * draft). The message code names the move that was asked for; its argument is the current status.
 */
public class StatusChangeRefused extends CatalogRuleViolation {

    private final ProductStatus from;
    private final ProductStatus to;

    public StatusChangeRefused(ProductStatus from, ProductStatus to) {
        super("status", switch (to) {
            case PUBLISHED -> "catalog.product.publish.refused";
            case RETIRED -> "catalog.product.retire.refused";
            case DRAFT -> "catalog.product.status.transition";
        });
        this.from = from;
        this.to = to;
    }

    public ProductStatus from() {
        return from;
    }

    public ProductStatus to() {
        return to;
    }

    /** The arguments of the message: the current status as a word ("draft"). */
    public Object[] arguments() {
        return new Object[] { from.name().toLowerCase(Locale.ROOT) };
    }
}
