package shop.user.addresses;

import java.util.Objects;

import shop.user.events.CustomerAddressChanged.PostalAddress;

/**
 * What a customer wrote for one postal address, already checked by the address form. Guards the rules the
 * database cannot: a known country, no text longer than the form allows. {@code postcode} is empty for
 * countries without postcodes, {@code phone} null when not given.
 */
public record AddressDetails(String fullName, String street, String postcode, String city, String country,
        String phone) {

    static final int MAX_NAME = 100;
    static final int MAX_STREET = 200;
    static final int MAX_POSTCODE = 12;
    static final int MAX_CITY = 100;
    static final int MAX_PHONE = 25;

    public AddressDetails {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        postcode = postcode == null ? "" : postcode;
        phone = phone == null || phone.isBlank() ? null : phone;
        if (!Countries.isKnown(country)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + country);
        }
        if (fullName.isBlank() || street.isBlank() || city.isBlank() || fullName.length() > MAX_NAME
                || street.length() > MAX_STREET || postcode.length() > MAX_POSTCODE || city.length() > MAX_CITY
                || (phone != null && phone.length() > MAX_PHONE)) {
            throw new IllegalArgumentException("Address details outside the address form's limits");
        }
    }

    public String countryName() {
        return Countries.nameOf(country);
    }

    /** One line for lists and the address picker: name, street, postcode and city, country. */
    public String oneLine() {
        String place = postcode.isEmpty() ? city : postcode + " " + city;
        return String.join(", ", fullName, street, place, countryName());
    }

    PostalAddress toPostalAddress() {
        return new PostalAddress(fullName, street, postcode, city, country, phone);
    }
}
