package shop.user.signin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.EmailAddress;

/**
 * Looks accounts up for sign-in (form, remember-me, HTTP Basic); the username is the email address. Not a
 * bean of its own: {@link SignInConfiguration} wires it into the authentication provider and the
 * remember-me services, so that Spring Security does not build a second, unthrottled provider from it.
 */
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;

    AccountSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > EmailAddress.MAX_LENGTH + 20) {
            throw new UsernameNotFoundException("No account for that email");
        }
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
