package shop;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what, app-wide. The storefront is public, the back office needs ADMIN. The CSRF token lives in a
 * cookie rather than the session, so anonymous browsing creates no HTTP session. The JSON API takes API keys
 * only, no cookies.
 * <p>
 * Each module states the rules of its own URLs in a small configuration of its own ({@code shop.user.UserUrlRules},
 * {@code shop.catalog.CatalogUrlRules}, ...), as a bean of Spring Security's
 * {@code Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>}.
 * Spring Security applies every such bean, in {@code @Order}, to each {@link HttpSecurity} it hands out, so the
 * modules' rules come first in every chain below and the app-wide rules written here follow them; a module's
 * rule names only that module's URLs and never {@code anyRequest()}. A module that needs a chain of its own
 * declares a {@link SecurityFilterChain} (the media module's image reads come before all of these). In a module
 * test only that module's rules are present, with these app-wide ones.
 * <p>
 * Every page is sent with a Content-Security-Policy that runs scripts and styles from the shop's own files
 * only (no inline scripts, styles or event handlers), plus nosniff, a strict referrer policy, a minimal
 * permissions policy and, over HTTPS, HSTS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages: only the shop's own files run; the JSON-LD data block is data, not a script. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets styles inline; it gets them, nothing else more. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON answers load nothing and are framed by nobody. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Features no page of the shop uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), usb=()";

    /**
     * Sign-ins stay observed (metrics and traces), but not every request's walk through each security filter
     * and authorization decision: those spans were a tenth of a storefront page's CPU time, and
     * {@code http.server.requests} already measures every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

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
     * The JSON API ({@code /api/**}): an API key in the {@code X-API-Key} header on every request, checked by
     * the user module (through Spring Security's pre-authenticated provider); no session, no cookies, so no
     * CSRF either. The scope each module's endpoints need is that module's rule; app-wide, {@code /api/v1/admin/**}
     * needs scope {@code admin}, any other {@code /api/v1} address a key that was accepted (every scope includes
     * {@code catalog:read}; an address no module serves answers 404), anything else under {@code /api} is refused.
     * Refusals are problem details.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http,
            ObjectProvider<AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken>> apiKeys)
            throws Exception {
        var problems = new ApiSecurityProblems();
        var provider = new PreAuthenticatedAuthenticationProvider();
        // module tests run without the user module: then no key is accepted
        provider.setPreAuthenticatedUserDetailsService(apiKeys.getIfAvailable(() -> token -> {
            throw new BadCredentialsException("API keys are not available in this application.");
        }));
        provider.setThrowExceptionWhenTokenRejected(true);
        var keyFilter = new AuthenticationFilter(new ProviderManager(provider), request -> {
            List<String> values = Collections.list(request.getHeaders(ApiSecurityProblems.API_KEY_HEADER));
            if (values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                throw new BadCredentialsException("Send one " + ApiSecurityProblems.API_KEY_HEADER + " header, not "
                        + values.size() + ".");
            }
            return new PreAuthenticatedAuthenticationToken(values.getFirst().strip(), "api-key");
        });
        keyFilter.setSuccessHandler((request, response, authentication) -> { });
        keyFilter.setFailureHandler(problems);
        keyFilter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        return http.securityMatcher("/api/**")
                // where HTTP Basic would sit: before the exception translation, which then answers for what follows
                .addFilterAt(keyFilter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasAuthority("SCOPE_admin")
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** The API's description and Swagger UI: public, stateless, with the styles Swagger UI sets inline. */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> pageHeaders(headers, API_DOCS_POLICY))
                .build();
    }

    /**
     * Pages: {@code /admin/**} needs ADMIN, the rest is public unless a module's rule says otherwise (the account
     * pages need a signed-in person). Sign-in is the user module's: its authentication provider (throttled,
     * account status checked only after the password), what happens after success or failure, and the remember-me
     * cookie come as beans of Spring Security's types (absent in tests of other modules, which then get the defaults). The
     * session id changes at sign-in (no session fixation); signing out is a POST with the CSRF token.
     */
    @Bean
    @Order(4)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> signInSuccessHandler,
            ObjectProvider<AuthenticationFailureHandler> signInFailureHandler,
            ObjectProvider<RememberMeServices> rememberMeServices) throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        // HttpOnly (htmx and our scripts read the token from the page's meta tags), Secure over HTTPS, and Lax
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .formLogin(login -> {
                    login.loginPage("/login").permitAll();
                    signInSuccessHandler.ifAvailable(login::successHandler);
                    signInFailureHandler.ifAvailable(login::failureHandler);
                })
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(headers -> pageHeaders(headers, PAGE_POLICY));
        RememberMeServices rememberMe = rememberMeServices.getIfAvailable();
        if (rememberMe != null) {
            http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
        }
        return http.build();
    }

    /**
     * Headers of every HTML answer, error pages included. Spring Security's defaults stay (nosniff,
     * X-Frame-Options DENY, no caching of pages, HSTS for a year on HTTPS requests only); a response that sets
     * its own Content-Security-Policy or X-Frame-Options keeps it.
     */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
