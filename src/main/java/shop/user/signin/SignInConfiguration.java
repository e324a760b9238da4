package shop.user.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;

import shop.user.AccountSettings;
import shop.user.Accounts;
import shop.user.Passwords;
import shop.user.SigningKeys;
import shop.user.Throttles;

/**
 * How accounts sign in, as beans of Spring Security's own types that the app's security configuration
 * plugs in: the one {@link AuthenticationProvider} (throttled, see {@link ThrottledSignIn}), the remember-me
 * services and what happens after a sign-in succeeds or fails.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    AuthenticationProvider accountAuthenticationProvider(Accounts accounts, Passwords passwords, Throttles throttles) {
        var provider = new DaoAuthenticationProvider(new AccountSignIn(accounts));
        provider.setPasswordEncoder(passwords.encoder());
        // Spring checks locked/disabled BEFORE the password by default, which would tell anyone typing a wrong
        // password that the account exists and is locked or unconfirmed: check the status only after it.
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledSignIn(provider, throttles);
    }

    @Bean
    RememberMeServices rememberMeServices(Accounts accounts, SigningKeys keys, SignIns signIns, AccountSettings settings) {
        return new AccountRememberMeServices(new AccountSignIn(accounts), keys, signIns,
                Math.toIntExact(settings.rememberMeLifetime().toSeconds()));
    }

    @Bean
    AuthenticationSuccessHandler signInSuccessHandler(SignIns signIns) {
        return new SignInOutcomes.Success(signIns);
    }

    @Bean
    AuthenticationFailureHandler signInFailureHandler() {
        return new SignInOutcomes.Failure();
    }
}
