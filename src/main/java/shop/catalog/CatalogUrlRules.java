package shop.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may use the catalog's addresses that are not public: its JSON API needs an API key of scope
 * {@code catalog:read} (which every scope includes). The storefront's pages are public and its back office sits
 * under {@code /admin}, which the shop's app-wide rules keep for admins.
 * <p>
 * Spring Security applies every bean of this type to each filter chain it builds, before the app-wide rules of
 * the shop's security configuration; a rule here only ever matches this module's own URLs.
 */
@Configuration(proxyBeanMethods = false)
class CatalogUrlRules {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> catalogRequestAuthorization() {
        return requests -> requests
                .requestMatchers("/api/v1/categories", "/api/v1/categories/**", "/api/v1/products", "/api/v1/products/**",
                        "/api/v1/search", "/api/v1/search/**")
                .hasAuthority("SCOPE_catalog:read");
    }
}
