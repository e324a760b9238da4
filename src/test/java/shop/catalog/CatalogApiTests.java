package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

import testsupport.ShopIntegrationTest;
import testsupport.TestApiKeys;

/**
 * The catalog's JSON API under /api/v1, its OpenAPI description, and its problem details. Every request
 * carries a {@code catalog:read} API key (what happens without one is in {@code shop.user.ApiKeyTests}).
 */
@ShopIntegrationTest
class CatalogApiTests {

    @Autowired
    RestTestClient anonymous;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    RestTestClient http;

    @BeforeEach
    void withACatalogKey() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("X-API-Key", TestApiKeys.catalogReader(mvc, jdbc, encoder)).build();
    }

    @Test
    void listsCategoriesAsATree() {
        http.get().uri("/api/v1/categories").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].category.slug").isEqualTo("clothing")
                .jsonPath("$[0].children[0].slug").isEqualTo("jackets");
    }

    @Test
    void pagesThroughTheProductsOfACategory() {
        long inFootwear = jdbc.sql("""
                select count(*) from catalog.product p join catalog.category c on c.id = p.category_id
                where c.path like '/footwear/%' and p.status = 'PUBLISHED'""").query(Long.class).single();

        http.get().uri("/api/v1/products?category=footwear&sort=price-asc&page=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(inFootwear)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.items[0].slug").isNotEmpty()
                .jsonPath("$.items[0].price.currency").isEqualTo("EUR");
    }

    @Test
    void findsOneProductBySlugOrId() {
        var product = jdbc.sql("select id, slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();

        http.get().uri("/api/v1/products/{slug}", product[1]).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(product[0])
                .jsonPath("$.variants[0].sku").isNotEmpty();
        http.get().uri("/api/v1/products/{id}", product[0]).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.slug").isEqualTo(product[1]);
    }

    @Test
    void searchesAndCorrectsTypos() {
        http.get().uri("/api/v1/search?q=jakcet").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.searchedFor").isEqualTo("jacket")
                .jsonPath("$.items[0].name").value(name -> assertThat((String) name).containsIgnoringCase("jacket"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/products?page=0|400|'page' must be greater than or equal to 1",
            "/api/v1/products?page=-3|400|'page' must be greater than or equal to 1",
            "/api/v1/products?page=abc|400|Parameter 'page' must be a whole number",
            "/api/v1/products?sort=cheapest|400|Unknown sort 'cheapest'",
            "/api/v1/products?category=no-such|404|No category 'no-such'",
            "/api/v1/products/no-such-product|404|No published product 'no-such-product'",
            "/api/v1/products/999999999|404|No published product '999999999'",
            "/api/v1/search?q=++|400|Give some words to search for",
            "/api/v1/search|400|q"})
    void badRequestsGetProblemDetails(String uri, int status, String detail) {
        http.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").value(text -> assertThat((String) text).contains(detail));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/products|category|'category' must not contain control characters",
            "/api/v1/products|brand|'brand' must not contain control characters",
            "/api/v1/products|sort|Unknown sort",
            "/api/v1/products|page|Parameter 'page' must be a whole number",
            "/api/v1/search|q|'q' must not contain control characters",
            "/api/v1/search|brand|'brand' must not contain control characters",
            "/api/v1/search|sort|Unknown sort",
            "/api/v1/search|page|Parameter 'page' must be a whole number"})
    void aControlCharacterInAParameterIsABadRequestNotAnOutage(String path, String parameter, String detail) {
        // (a list parameter's values are trimmed, which takes control characters at either end away)
        for (String value : new String[] {"a%00b", "x%07x", "1%1Bz"}) {
            String query = "q".equals(parameter) ? "q=" + value : "q=wool&" + parameter + "=" + value;
            http.get().uri(URI.create("http://localhost:" + port + path + "?" + query)).accept(MediaType.APPLICATION_JSON)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.detail").value(text -> assertThat((String) text).contains(detail));
        }
        http.get().uri("/api/v1/products?brand=Northwind").exchange().expectStatus().isOk();
        http.get().uri(URI.create("http://localhost:" + port + "/api/v1/products?brand=%00")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").value(total -> assertThat((Integer) total).isPositive());
    }

    @Test
    void aProductAddressWithAControlCharacterIsABadRequest() {
        // refused by the security firewall before any controller runs
        http.get().uri(URI.create("http://localhost:" + port + "/api/v1/products/wool%00")).accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/v1/products/no-such-product").exchange().expectStatus().isNotFound();
    }

    @Test
    void hostileSearchesAreHarmless() {
        for (String q : new String[] {"' or 1=1 --", "<script>alert(1)</script>", "x".repeat(200), "ǰäcket 🧥"}) {
            http.get().uri(uri -> uri.path("/api/v1/search").queryParam("q", q).build()).exchange()
                    .expectStatus().isOk();
        }
        http.get().uri(uri -> uri.path("/api/v1/search").queryParam("q", "x".repeat(201)).build()).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void describesItselfWithOpenApiWithoutAKey() {
        anonymous.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/products']").exists()
                .jsonPath("$.paths['/api/v1/products/{idOrSlug}']").exists()
                .jsonPath("$.paths['/api/v1/search']").exists()
                .jsonPath("$.paths['/api/v1/categories']").exists()
                .jsonPath("$.components.securitySchemes.apiKey.type").isEqualTo("apiKey")
                .jsonPath("$.components.securitySchemes.apiKey.in").isEqualTo("header")
                .jsonPath("$.components.securitySchemes.apiKey.name").isEqualTo("X-API-Key")
                .jsonPath("$.security[0].apiKey").exists();
    }

    @Test
    void withoutAKeyTheCatalogIsRefusedWithProblemDetails() {
        anonymous.get().uri("/api/v1/categories").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("API key required");
    }
}
