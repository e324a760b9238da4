package shop.user.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import shop.user.EmailAddress;
import shop.user.Throttles;

/** What the sign-in form does after Spring Security decided. */
final class SignInOutcomes {

    /** Flash attribute naming why sign-in failed: one of the constants below. */
    static final String PROBLEM = "signInProblem";
    static final String FAILED = "failed";
    static final String UNCONFIRMED = "unconfirmed";
    static final String LOCKED = "locked";
    static final String THROTTLED = "throttled";
    static final String UNAVAILABLE = "unavailable";

    private SignInOutcomes() {
    }

    /** Announces the sign-in, then goes where the shopper was heading (or home). */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private static final Logger log = LoggerFactory.getLogger(Success.class);

        private final SignIns signIns;

        Success(SignIns signIns) {
            this.signIns = signIns;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            try {
                signIns.signedIn(authentication.getName(), GuestCart.referenceIn(request));
            } catch (DataAccessException storageDown) {
                log.warn("Sign-in not announced, storage unavailable: {}", storageDown.getMostSpecificCause().getMessage());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * Back to {@code /login?error}, with the reason and the typed email as flash attributes. A wrong
     * password and an unknown address are the same {@link #FAILED}; unconfirmed and locked accounts only
     * get here with the right password; a user storage that is down is {@link #UNAVAILABLE}, not "wrong".
     */
    static final class Failure implements AuthenticationFailureHandler {

        private static final Logger log = LoggerFactory.getLogger(Failure.class);

        private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
        private final RedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException {
            var flash = new FlashMap();
            flash.put(PROBLEM, problemOf(failure));
            if (failure instanceof SignInThrottled throttled) {
                flash.put("retryMinutes", Throttles.minutes(throttled.waitFor()));
            }
            String email = request.getParameter("username");
            if (email != null && email.length() <= EmailAddress.MAX_LENGTH) {
                flash.put("email", email.strip());
            }
            flash.setTargetRequestPath("/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
            redirect.sendRedirect(request, response, "/login?error");
        }

        private static String problemOf(AuthenticationException failure) {
            return switch (failure) {
                case SignInThrottled throttled -> THROTTLED;
                case DisabledException unconfirmed -> UNCONFIRMED;
                case LockedException locked -> LOCKED;
                case AuthenticationServiceException storage -> {
                    log.warn("Sign-in failed for a technical reason: {}", failure.getMessage());
                    yield UNAVAILABLE;
                }
                default -> FAILED;
            };
        }
    }
}
