package shop.catalog;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Every product of the catalog as an aggregate, whatever its status; saving one publishes the events it
 * recorded. The back office's lists and the storefront read the tables directly.
 */
interface Products extends ListCrudRepository<Product, Long> {

    /** The product, locked until the transaction ends: two admins' changes to it happen one after the other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Product> findLockedById(long id);
}
