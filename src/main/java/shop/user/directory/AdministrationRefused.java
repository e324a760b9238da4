package shop.user.directory;

/** An admin asked for a change the rules do not allow; the message says why, and nothing was changed. */
class AdministrationRefused extends RuntimeException {

    AdministrationRefused(String message) {
        super(message);
    }
}
