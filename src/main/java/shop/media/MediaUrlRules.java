package shop.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may read images: everyone, and cheaply. {@code GET}/{@code HEAD /media/**} get a security filter chain of
 * their own, ahead of the shop's other chains, that reads and creates no session (a signed-in admin's page with
 * 50 images costs no session lookups), needs no CSRF token and saves no request. The media module sets its own
 * long cache headers, so Spring Security's "no cache" headers are off here; the other security headers (nosniff,
 * frame options) stay. Any other method under {@code /media} falls through to the page chain, and uploading
 * ({@code POST /admin/media}) is the back office's, for admins.
 */
@Configuration(proxyBeanMethods = false)
class MediaUrlRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
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
}
