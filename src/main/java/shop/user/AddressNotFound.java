package shop.user;

/** No address with that id in the signed-in customer's book: it never existed, was removed, or is someone else's. */
public class AddressNotFound extends RuntimeException {

    AddressNotFound(long addressId) {
        super("No address " + addressId + " in this address book");
    }
}
