package shop.user.addresses;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The address books of all customers; every read names the account, so no one reads another's address. */
interface Addresses extends ListCrudRepository<Address, Long> {

    List<Address> findByAccountIdOrderByIdAsc(long accountId);

    Optional<Address> findByIdAndAccountId(long id, long accountId);
}
