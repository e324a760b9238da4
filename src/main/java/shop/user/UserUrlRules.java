package shop.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may open the user module's addresses. The account pages need a signed-in person, except the ones a guest
 * is meant to see: the address picker (it answers guests itself), the "account deleted" page (seen signed out)
 * and the email confirmation links (opened in any browser, signed in or not). The account's JSON API needs a key
 * of scope {@code customer} (the {@code SCOPE_} authority of {@code Scope.CUSTOMER}).
 * <p>
 * Spring Security applies every bean of this type to each filter chain it builds, before the app-wide rules of
 * the shop's security configuration; a rule here only ever matches this module's own URLs.
 */
@Configuration(proxyBeanMethods = false)
class UserUrlRules {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> userRequestAuthorization() {
        return requests -> requests
                .requestMatchers("/account/addresses/picker", "/account/deleted").permitAll()
                .requestMatchers("/account/verify", "/account/verify/**").permitAll()
                .requestMatchers("/account", "/account/**").authenticated()
                .requestMatchers("/api/v1/account", "/api/v1/account/**").hasAuthority("SCOPE_customer");
    }
}
