package shop.user;

/** An admin asked for a change the rules do not allow; the message says why, and nothing was changed. */
public class AdministrationRefused extends RuntimeException {

    public AdministrationRefused(String message) {
        super(message);
    }
}
