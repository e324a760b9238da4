package shop.user;

/** The session names an account that no longer exists (deleted in another browser): the person is signed out. */
class AccountGone extends RuntimeException {

    AccountGone() {
        super("The signed-in account no longer exists");
    }
}
