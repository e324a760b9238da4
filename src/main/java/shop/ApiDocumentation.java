package shop;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's frame: every operation needs an API key in the {@code X-API-Key} header
 * (the "Authorize" button of /swagger-ui.html takes one).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Shop API", version = "v1",
        description = "The shop's JSON API. Every request needs an API key in the X-API-Key header; create one at "
                + "/account/api-keys. Scopes: catalog:read (catalog), customer (also your own account), admin (everything). "
                + "Errors are RFC 9457 problem details: 401 without a working key, 403 when its scope is too narrow."),
        security = @SecurityRequirement(name = ApiDocumentation.API_KEY))
@SecurityScheme(name = ApiDocumentation.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key", description = "An API key such as shop_0123456789ab_…")
class ApiDocumentation {

    static final String API_KEY = "apiKey";
}
