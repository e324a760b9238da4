package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/**
 * The security headers of each kind of answer (pages, error pages, images, the API, its documentation), the
 * cookies' flags over HTTP and HTTPS, and pages that need nothing the Content-Security-Policy forbids.
 */
@ShopIntegrationTest
class SecurityHeadersTests {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/c/clothing", "/search?q=jacket", "/no-such-page"})
    void pagesAndErrorPagesCarryTheSecurityHeaders(String uri) {
        var result = http.get().uri(uri).accept(MediaType.TEXT_HTML).exchange().returnResult(String.class);
        HttpHeaders headers = result.getResponseHeaders();

        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(PAGE_POLICY);
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=(), usb=()");
        assertThat(headers.getFirst("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Test
    void errorPagesOfTheBackOfficeCarryThemToo() {
        assertThat(mvc.get().uri("/admin/users/999999999").accept(MediaType.TEXT_HTML)
                .cookie(Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasHeader("Content-Security-Policy", PAGE_POLICY)
                .hasHeader("X-Content-Type-Options", "nosniff");
    }

    @Test
    void overHttpsPagesAddHstsAndCookiesAreSecure() {
        MvcTestResult login = mvc.get().uri("/login").secure(true).exchange();
        assertThat(login).hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        Cookie xsrf = login.getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf.getSecure()).isTrue();
        assertThat(xsrf.isHttpOnly()).isTrue();
        assertThat(xsrf.getAttribute("SameSite")).isEqualTo("Lax");

        MvcTestResult signedIn = signIn(login, true);
        assertThat(setCookie(signedIn, "SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void overPlainHttpCookiesAreHttpOnlyAndLaxButNotSecure() {
        MvcTestResult login = mvc.get().uri("/login").exchange();
        Cookie xsrf = login.getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf.getSecure()).isFalse();
        assertThat(xsrf.isHttpOnly()).as("htmx takes the token from the page's meta tags, not the cookie").isTrue();
        assertThat(xsrf.getAttribute("SameSite")).isEqualTo("Lax");

        assertThat(setCookie(signIn(login, false), "SESSION")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void imagesKeepTheMediaModulesOwnPolicyAndSetNoCookie() {
        var result = http.get().uri("/media/" + "0".repeat(64) + "/card").exchange().returnResult(byte[].class);
        HttpHeaders headers = result.getResponseHeaders();

        assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theApiAnswersWithAPolicyThatLoadsNothingAndSetsNoCookie() {
        var result = http.get().uri("/api/v1/categories").exchange().returnResult(String.class);
        HttpHeaders headers = result.getResponseHeaders();

        assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void swaggerUiIsReachableWithItsOwnPolicy() {
        var result = http.get().uri("/swagger-ui/index.html").exchange().returnResult(String.class);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';", "style-src 'self' 'unsafe-inline';", "frame-ancestors 'none'");
        assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theLayoutKeepsHtmxFromInjectingStylesOrEvaluatingCode() {
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML)).bodyText()
                .contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false,"
                        + "\"allowScriptTags\":false}'>");
    }

    /** What the policy forbids, looked for in the HTML itself; the browser tests watch for refusals at run time. */
    @Test
    void pagesHaveNoInlineScriptsStylesOrEventHandlers() {
        String product = jdbc.sql("select slug from catalog.product where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();
        Cookie admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        long adminId = jdbc.sql("select id from users.account where email = ?").param(TestAccounts.ADMIN_EMAIL)
                .query(Long.class).single();
        List<String> pages = List.of("/", "/login", "/c/clothing", "/p/" + product, "/search?q=jacket",
                "/admin", "/admin/users", "/admin/users/" + adminId, "/admin/users/audit", "/admin/api-keys",
                "/account/api-keys", "/admin/catalog/products", "/admin/catalog/products/new", "/admin/notifications", "error");
        Pattern script = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>");
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern style = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern javascriptUrl = Pattern.compile("(href|src|action)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);
        String errorPage = http.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange()
                .returnResult(String.class).getResponseBody();
        for (String uri : pages) {
            String html = uri.equals("error") ? errorPage
                    : body(mvc.get().uri(uri).accept(MediaType.TEXT_HTML).cookie(admin).exchange());
            assertThat(html).as(uri).contains("</html>");
            for (Pattern forbidden : List.of(script, handler, style, javascriptUrl)) {
                Matcher found = forbidden.matcher(html);
                if (found.find()) {
                    fail("%s has %s", uri, html.substring(Math.max(0, found.start() - 60), Math.min(html.length(), found.end() + 60)));
                }
            }
        }
    }

    private MvcTestResult signIn(MvcTestResult loginPage, boolean secure) {
        String token = body(loginPage).replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Cookie csrf = loginPage.getResponse().getCookie("XSRF-TOKEN");
        MvcTestResult result = mvc.post().uri("/login").secure(secure).cookie(csrf).param("_csrf", token)
                .param("username", TestAccounts.ADMIN_EMAIL).param("password", TestAccounts.ADMIN_PASSWORD).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result;
    }

    private static String setCookie(MvcTestResult result, String name) {
        return result.getResponse().getHeaders(HttpHeaders.SET_COOKIE).stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
