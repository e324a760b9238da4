package shop.user.addresses;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.user.addresses.Address.Use;
import shop.user.events.CustomerAddressChanged;
import shop.user.events.CustomerAddressChanged.Change;

/**
 * A customer's address book: add, edit and remove addresses and choose the defaults for shipping and
 * billing. While the book has addresses it has exactly one default of each kind: the first address becomes
 * both, and removing a default passes it to the oldest remaining address. Every change of an address
 * publishes {@link CustomerAddressChanged} in the transaction that makes it; every method takes the
 * account's id and finds only that account's addresses, so an id from another book is simply not found.
 */
@Service
public class AddressBook {

    private static final Comparator<Address> DEFAULTS_FIRST = Comparator
            .comparing((Address a) -> !a.defaultShipping())
            .thenComparing(a -> !a.defaultBilling())
            .thenComparing(Address::id);

    private final Addresses addresses;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AddressBookSettings settings;

    AddressBook(Addresses addresses, JdbcClient jdbc, ApplicationEventPublisher events, AddressBookSettings settings) {
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
    }

    /** The account's addresses: default shipping first, then default billing, then oldest first. */
    @Transactional(readOnly = true)
    public List<Address> of(long accountId) {
        return addresses.findByAccountIdOrderByIdAsc(accountId).stream().sorted(DEFAULTS_FIRST).toList();
    }

    @Transactional(readOnly = true)
    Address find(long accountId, long addressId) {
        return addresses.findByIdAndAccountId(addressId, accountId).orElseThrow(() -> new AddressNotFound(addressId));
    }

    int maxAddresses() {
        return settings.maxAddresses();
    }

    @Transactional
    Address add(long accountId, AddressDetails details) {
        List<Address> book = lockedBook(accountId);
        if (book.size() >= settings.maxAddresses()) {
            throw new AddressBookFull(settings.maxAddresses());
        }
        boolean firstForShipping = book.stream().noneMatch(Address::defaultShipping);
        boolean firstForBilling = book.stream().noneMatch(Address::defaultBilling);
        Instant now = now();
        Address added = addresses.save(new Address(null, accountId, details, firstForShipping, firstForBilling, now, now));
        publish(added, Change.ADDED, now);
        return added;
    }

    @Transactional
    Address update(long accountId, long addressId, AddressDetails details) {
        Address address = in(lockedBook(accountId), addressId);
        Instant now = now();
        Address updated = addresses.save(address.withDetails(details, now));
        publish(updated, Change.UPDATED, now);
        return updated;
    }

    /** Removes the address; a default it was passes to the oldest remaining address. */
    @Transactional
    Address remove(long accountId, long addressId) {
        List<Address> book = lockedBook(accountId);
        Address address = in(book, addressId);
        Instant now = now();
        addresses.delete(address);
        events.publishEvent(new CustomerAddressChanged(accountId, addressId, Change.REMOVED,
                address.details().toPostalAddress(), false, false, now));

        Set<Use> orphaned = EnumSet.noneOf(Use.class);
        for (Use use : Use.values()) {
            if (address.isDefaultFor(use)) {
                orphaned.add(use);
            }
        }
        Optional<Address> heir = book.stream().filter(a -> !a.id().equals(addressId)).min(Comparator.comparing(Address::id));
        if (!orphaned.isEmpty() && heir.isPresent()) {
            Address promoted = heir.get();
            for (Use use : orphaned) {
                promoted = promoted.asDefault(use, true, now);
            }
            publish(addresses.save(promoted), Change.UPDATED, now);
        }
        return address;
    }

    /** Makes the address the default for {@code use}; the previous default stops being it. */
    @Transactional
    Address makeDefault(long accountId, long addressId, Use use) {
        List<Address> book = lockedBook(accountId);
        Address address = in(book, addressId);
        if (address.isDefaultFor(use)) {
            return address;
        }
        Instant now = now();
        // the previous default first: the database allows one default of each kind per account at any moment
        for (Address previous : book) {
            if (previous.isDefaultFor(use)) {
                publish(addresses.save(previous.asDefault(use, false, now)), Change.UPDATED, now);
            }
        }
        Address chosen = addresses.save(address.asDefault(use, true, now));
        publish(chosen, Change.UPDATED, now);
        return chosen;
    }

    /**
     * The account's addresses, read after locking the account's row: changes to one book happen one after
     * the other, so two requests at once cannot both add the 21st address or both become the default.
     */
    private List<Address> lockedBook(long accountId) {
        jdbc.sql("select id from users.account where id = ? for update").param(accountId).query(Long.class).optional()
                .orElseThrow(() -> new AddressNotFound(0));
        return addresses.findByAccountIdOrderByIdAsc(accountId);
    }

    private static Address in(List<Address> book, long addressId) {
        return book.stream().filter(a -> a.id() == addressId).findFirst().orElseThrow(() -> new AddressNotFound(addressId));
    }

    private void publish(Address address, Change change, Instant at) {
        events.publishEvent(new CustomerAddressChanged(address.accountId(), address.id(), change,
                address.details().toPostalAddress(), address.defaultShipping(), address.defaultBilling(), at));
    }

    /** Now, as precisely as PostgreSQL keeps it, so that events and stored times agree. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
