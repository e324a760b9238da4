package shop.user;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Accounts extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Confirms the address the account has now; 0 when it changed meanwhile or was confirmed already. */
    @Modifying
    @Query("""
            update users.account set email_verified_at = :at
             where id = :id and email = :email and email_verified_at is null""")
    int markVerified(long id, String email, Instant at);

    /** Moves the account to a confirmed new address, unless it changed meanwhile (0). */
    @Modifying
    @Query("""
            update users.account set email = :newEmail, email_verified_at = :at
             where id = :id and email = :currentEmail""")
    int changeEmail(long id, String currentEmail, String newEmail, Instant at);

    /**
     * Sets a new password, unless the credentials changed since {@code expected} (0): of two requests with
     * the same reset link, only one gets through. A reset also proves the address, so it confirms it.
     */
    @Modifying
    @Query("""
            update users.account
               set password_hash = :hash, credentials_changed_at = :at,
                   email_verified_at = case when :confirmsEmail then coalesce(email_verified_at, :at) else email_verified_at end
             where id = :id and credentials_changed_at = :expected""")
    int changePassword(long id, String hash, Instant expected, Instant at, boolean confirmsEmail);
}
