package shop.user.apikeys;

/** A key could not be created as asked; {@code field} is the form field at fault ("" for the whole form). */
class KeyRefused extends RuntimeException {

    private final String field;

    KeyRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
