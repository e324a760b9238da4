package shop.user.apikeys;

import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The API security chain's link to the keys: Spring Security hands over the value of the {@code X-API-Key}
 * header as a pre-authenticated principal and gets the {@link ApiClient} back, or an exception that says why not.
 */
@Component
class ApiKeyAuthentication implements AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> {

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public ApiClient loadUserDetails(PreAuthenticatedAuthenticationToken token) {
        return keys.authenticate(token.getPrincipal() instanceof String presented ? presented : null);
    }
}
