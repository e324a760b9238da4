package shop.user.signin;

import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

import shop.user.SigningKeys;

/**
 * "Keep me signed in": Spring Security's token-based remember-me cookie ({@code remember-me}: email, expiry
 * and a signature over them and the password hash), signed with HMAC-SHA256 and the shop's secret
 * ({@link SigningKeys}) instead of a plain digest, so it is valid on every node and after restarts, and
 * stops working when the password changes. HttpOnly, SameSite=Lax, Secure whenever the request came over
 * HTTPS. A sign-in by cookie is announced like one by form ({@link SignIns}). While the user storage is
 * down the cookie is left alone and the visitor browses as a guest.
 */
class AccountRememberMeServices extends TokenBasedRememberMeServices {

    private static final Logger log = LoggerFactory.getLogger(AccountRememberMeServices.class);

    private final SigningKeys keys;
    private final SignIns signIns;

    AccountRememberMeServices(UserDetailsService accounts, SigningKeys keys, SignIns signIns, int lifetimeSeconds) {
        // the key only ties the authentication to this process; the cookie's signature uses the shop's secret
        super(UUID.randomUUID().toString(), accounts, RememberMeTokenAlgorithm.SHA256);
        this.keys = keys;
        this.signIns = signIns;
        setTokenValiditySeconds(lifetimeSeconds);
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected String makeTokenSignature(long tokenExpiryTime, String username, String password,
            RememberMeTokenAlgorithm algorithm) {
        return HexFormat.of().formatHex(keys.sign("remember-me", username + ":" + tokenExpiryTime + ":" + password));
    }

    @Override
    protected String makeTokenSignature(long tokenExpiryTime, String username, String password) {
        return makeTokenSignature(tokenExpiryTime, username, password, RememberMeTokenAlgorithm.SHA256);
    }

    @Override
    public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = super.autoLogin(request, response);
        } catch (DataAccessException storageDown) {
            log.warn("Remember-me sign-in skipped, user storage unavailable: {}", storageDown.getMostSpecificCause().getMessage());
            return null;
        }
        if (authentication != null) {
            try {
                signIns.signedIn(authentication.getName(), GuestCart.referenceIn(request));
            } catch (DataAccessException storageDown) {
                log.warn("Sign-in by cookie not announced, storage unavailable: {}", storageDown.getMostSpecificCause().getMessage());
            }
        }
        return authentication;
    }
}
