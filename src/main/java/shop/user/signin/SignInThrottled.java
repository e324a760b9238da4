package shop.user.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

import shop.user.Throttles;

/** Too many failed sign-ins for this account or from this address lately; try again after {@code wait}. */
class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins; try again in " + Throttles.minutes(wait) + " minute(s)");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
