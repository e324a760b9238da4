package shop;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may see what. The storefront is public, the back office needs ADMIN. The CSRF token lives in a
 * cookie rather than the session, so anonymous browsing creates no HTTP session. Images are public to
 * everyone and never look at a session at all.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Operators and scrapers reach the actuator with HTTP Basic; only health is public. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Reading images ({@code GET}/{@code HEAD /media/**}) is public and cheap: no session is read or created
     * (a signed-in admin's page with 50 images costs no session lookups), no CSRF token, no saved request.
     * The media module sets its own long cache headers; the other security headers (nosniff, frame options)
     * stay. Any other method under /media falls through to the page chain below.
     */
    @Bean
    @Order(0)
    SecurityFilterChain mediaSecurity(HttpSecurity http) throws Exception {
        var media = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(media.matcher(HttpMethod.GET, "/media/**"),
                        media.matcher(HttpMethod.HEAD, "/media/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }

    /**
     * Pages. Sign-in is the user module's: its authentication provider (throttled, account status checked
     * only after the password), what happens after success or failure, and the remember-me cookie come as
     * beans of Spring Security's types (absent in tests of other modules, which then get the defaults). The
     * session id changes at sign-in (no session fixation); signing out is a POST with the CSRF token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> signInSuccessHandler,
            ObjectProvider<AuthenticationFailureHandler> signInFailureHandler,
            ObjectProvider<RememberMeServices> rememberMeServices) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/account/verify", "/account/verify/**").permitAll()
                        .requestMatchers("/account/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(login -> {
                    login.loginPage("/login").permitAll();
                    signInSuccessHandler.ifAvailable(login::successHandler);
                    signInFailureHandler.ifAvailable(login::failureHandler);
                })
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()));
        RememberMeServices rememberMe = rememberMeServices.getIfAvailable();
        if (rememberMe != null) {
            http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
