package shop.user.events;

import java.time.Instant;

/**
 * An address in a customer's address book was added, edited or removed, or became a default. Carries the
 * whole address so that consumers (checkout, shipping) keep their own copy.
 */
public record CustomerAddressChanged(long accountId, long addressId, Change change, PostalAddress address,
        boolean defaultShipping, boolean defaultBilling, Instant changedAt) {

    public enum Change {
        ADDED, UPDATED, REMOVED
    }

    /** A postal address as the customer entered it; {@code country} is an ISO 3166-1 alpha-2 code. */
    public record PostalAddress(String fullName, String street, String postcode, String city, String country,
            String phone) {
    }
}
