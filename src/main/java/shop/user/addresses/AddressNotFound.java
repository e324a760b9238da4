package shop.user.addresses;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No address with that id in the signed-in customer's book: it never existed, was removed, or is someone else's.
 * Pages answer 404, whether the address exists in another book or not.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AddressNotFound extends RuntimeException {

    AddressNotFound(long addressId) {
        super("No address " + addressId + " in this address book");
    }
}
