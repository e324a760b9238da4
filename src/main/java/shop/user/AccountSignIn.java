package shop.user;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up for form login; the username is the email address. */
@Service
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;

    AccountSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(Account.normalizeEmail(username))
                .map(AccountSignIn::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }

    private static UserDetails toUserDetails(Account account) {
        var roles = account.admin()
                ? List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
        return User.withUsername(account.email()).password(account.passwordHash()).authorities(roles)
                .disabled(!account.emailVerified()).accountLocked(account.locked()).build();
    }
}
