package shop.user.addresses;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One address in a customer's address book, possibly their default for shipping and/or billing. The
 * database keeps at most one default of each kind per account; {@link AddressBook} keeps exactly one
 * while the book has addresses.
 */
@Table(schema = "users", name = "address")
public record Address(@Id Long id, long accountId, @Embedded.Empty AddressDetails details, boolean defaultShipping,
        boolean defaultBilling, Instant createdAt, Instant updatedAt) {

    Address withDetails(AddressDetails changed, Instant now) {
        return new Address(id, accountId, changed, defaultShipping, defaultBilling, createdAt, now);
    }

    Address asDefault(Use use, boolean isDefault, Instant now) {
        return use == Use.SHIPPING
                ? new Address(id, accountId, details, isDefault, defaultBilling, createdAt, now)
                : new Address(id, accountId, details, defaultShipping, isDefault, createdAt, now);
    }

    boolean isDefaultFor(Use use) {
        return use == Use.SHIPPING ? defaultShipping : defaultBilling;
    }

    /** What an address is the default for. */
    enum Use {
        SHIPPING, BILLING
    }
}
