package shop.user;

/** A key could not be created as asked; {@code field} is the form field at fault ("" for the whole form). */
public class KeyRefused extends RuntimeException {

    private final String field;

    public KeyRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
