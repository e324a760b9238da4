package shop.user;

/** The address book already holds as many addresses as {@link AddressBookSettings#maxAddresses()} allows. */
public class AddressBookFull extends RuntimeException {

    private final int max;

    AddressBookFull(int max) {
        super("The address book holds " + max + " addresses, the most it may");
        this.max = max;
    }

    public int max() {
        return max;
    }
}
