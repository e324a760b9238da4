package shop.user.addresses;

/** The address book already holds as many addresses as {@link AddressBookSettings#maxAddresses()} allows. */
class AddressBookFull extends RuntimeException {

    private final int max;

    AddressBookFull(int max) {
        super("The address book holds " + max + " addresses, the most it may");
        this.max = max;
    }

    int max() {
        return max;
    }
}
