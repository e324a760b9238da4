package shop.user.apikeys;

/**
 * A key could not be created (or revoked) as asked; {@code field} is the form field at fault ("" for the whole
 * form), {@code code} the message in {@code user/messages.properties} that says why, with its arguments.
 */
class KeyRefused extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    KeyRefused(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
