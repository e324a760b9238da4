package shop.user.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import shop.user.Account;
import shop.user.Passwords;
import shop.user.Throttles;

/**
 * Sign-in with email and password, in front of Spring Security's {@link DaoAuthenticationProvider}: first
 * the {@link Throttles} (an account or address with too many recent failures is refused before its
 * password is even checked, so a lockout tells nothing about the password), then the password in its
 * normal form, and every wrong password or unknown address counts as a failure for both. Locked and
 * unconfirmed accounts are reported only after a correct password (see {@link SignInConfiguration}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Throttles throttles;

    ThrottledSignIn(DaoAuthenticationProvider passwords, Throttles throttles) {
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName() == null ? "" : Account.normalizeEmail(authentication.getName());
        String client = clientOf(authentication);
        var wait = throttles.signInWait(email, client);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        try {
            if (password.length() > Passwords.MAX_CHECKED) {
                throw new BadCredentialsException("Bad credentials");
            }
            var normalized = UsernamePasswordAuthenticationToken.unauthenticated(authentication.getPrincipal(),
                    Passwords.normalize(password));
            normalized.setDetails(authentication.getDetails());
            Authentication result = passwords.authenticate(normalized);
            throttles.signInSucceeded(email);
            return result;
        } catch (BadCredentialsException wrong) {
            throttles.signInFailed(email, client);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
