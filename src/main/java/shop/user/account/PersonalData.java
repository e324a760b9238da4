package shop.user.account;

import java.time.Instant;
import java.util.List;

import shop.user.addresses.Address;
import shop.user.addresses.AddressDetails;

/**
 * Everything the user module stores about one customer, as the Download-my-data file holds it. Never the
 * password hash. {@link #ABOUT} tells the reader what the file covers.
 */
record PersonalData(String about, Instant exportedAt, Profile profile, MarketingConsent marketing,
        List<SavedAddress> addresses) {

    static final String ABOUT = "Everything the shop's account module stores about you: your profile, your marketing "
            + "consent and your address book. Your password is stored only as a one-way hash and is not included. "
            + "Orders, payments, shipments, messages and other records kept by other parts of the shop are added to "
            + "this file as those parts provide them.";

    record Profile(long accountId, String email, String displayName, boolean admin, Instant createdAt,
            Instant emailVerifiedAt, Instant credentialsChangedAt, Instant lockedAt) {
    }

    /** {@code changedAt} is null when the customer never changed the choice made at registration. */
    record MarketingConsent(boolean consented, Instant changedAt) {
    }

    record SavedAddress(long id, String fullName, String street, String postcode, String city, String country,
            String countryName, String phone, boolean defaultShipping, boolean defaultBilling, Instant createdAt,
            Instant updatedAt) {

        static SavedAddress of(Address address) {
            AddressDetails d = address.details();
            return new SavedAddress(address.id(), d.fullName(), d.street(), d.postcode(), d.city(), d.country(),
                    d.countryName(), d.phone(), address.defaultShipping(), address.defaultBilling(),
                    address.createdAt(), address.updatedAt());
        }
    }
}
