package shop.catalog;

/**
 * A change the catalog refuses because it would break one of its rules (a category moved under its own
 * subcategory, a category deleted while it still holds products). {@code code} names the message that
 * explains it; {@code field} the input it is about.
 */
public class CatalogRuleViolation extends RuntimeException {

    private final String field;
    private final String code;

    public CatalogRuleViolation(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
