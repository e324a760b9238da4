package shop.user.apikeys;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is calling the API: the holder of a valid key, with the authorities of the key's scope. An admin-scoped
 * key whose account has lost the admin role carries the customer scope only.
 */
record ApiClient(long keyId, long accountId, String email, Scope scope, List<GrantedAuthority> authorities)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    /** Keys have no password: the key itself was checked before this exists. */
    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return email;
    }
}
