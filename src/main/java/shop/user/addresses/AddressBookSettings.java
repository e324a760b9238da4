package shop.user.addresses;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The customer's address book: how many addresses one account may keep, and the country the address form
 * starts with (an ISO 3166-1 alpha-2 code).
 */
@ConfigurationProperties("shop.user.address-book")
record AddressBookSettings(@DefaultValue("20") int maxAddresses, @DefaultValue("DE") String defaultCountry) {

    AddressBookSettings {
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("shop.user.address-book.max-addresses must be at least 1");
        }
        if (!Countries.isKnown(defaultCountry)) {
            throw new IllegalArgumentException("shop.user.address-book.default-country must be an ISO 3166-1 alpha-2 code, not "
                    + defaultCountry);
        }
    }
}
