package shop.user.apikeys;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an API key may do. Each scope includes the ones before it: {@code customer} also reads the catalog,
 * {@code admin} also does everything a customer may. Requests carry them as {@code SCOPE_<value>} authorities.
 */
enum Scope {

    CATALOG_READ("catalog:read"),
    CUSTOMER("customer"),
    ADMIN("admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    /** The scopes someone may give their keys: admin only to admins. */
    static List<Scope> grantableTo(boolean admin) {
        return admin ? List.of(values()) : List.of(CATALOG_READ, CUSTOMER);
    }

    /** This scope and every scope it includes, as authorities. */
    List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(scope -> scope.ordinal() <= ordinal())
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority("SCOPE_" + scope.value))
                .toList();
    }
}
