package shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

import testsupport.ShopIntegrationTest;

/** The shared layout, static files, and error responses for browsers and for API clients. */
@ShopIntegrationTest
class PageChromeAndErrorsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @Test
    void homePageRendersInsideTheLayoutWithHtmxAndCsrfMeta() {
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Good things, fairly priced</h1>")
                .contains("Shop by department")
                .contains("Skip to content", "role=\"search\"", "Sign in", "href=\"/cart\"")
                .contains("/webjars/htmx.org/", "/assets/js/shop-", "/assets/js/media-")
                .contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_header\" content=\"X-XSRF-TOKEN\"");
    }

    @Test
    void anonymousBrowsingCreatesNoHttpSession() {
        var result = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .returnResult();

        assertThat(result.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                .noneMatch(cookie -> cookie.startsWith("SESSION") || cookie.startsWith("JSESSIONID"));
    }

    @Test
    void staticFilesHaveContentHashedUrlsAndAreCachedForAYear() {
        String html = http.get().uri("/").exchange().returnResult(String.class).getResponseBody();
        String stylesheet = html.replaceAll("(?s).*href=\"(/assets/css/shop-[0-9a-f]+\\.css)\".*", "$1");
        assertThat(stylesheet).matches("/assets/css/shop-[0-9a-f]+\\.css");

        http.get().uri(stylesheet).exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl
                        .maxAge(java.time.Duration.ofDays(365)).cachePublic());
    }

    @Test
    void unknownPageShowsTheNotFoundPageInsideTheLayout() {
        var page = http.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .returnResult(String.class).getResponseBody();

        assertThat(page).contains("We can&#39;t find that page", "Skip to content", "Go to the home page");
    }

    @Test
    void unknownResourceGivesProblemDetailsToApiClients() {
        http.get().uri("/no-such-resource").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.instance").isEqualTo("/no-such-resource");
    }

    @Test
    void serverErrorsShowAFriendlyPageWithoutInternals() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .bodyText()
                .contains("Something went wrong on our side", "Skip to content")
                .doesNotContain("secret internals", "IllegalStateException", "Whitelabel");
    }

    @Test
    void serverErrorsGiveProblemDetailsWithoutInternals() {
        assertThat(mvc.get().uri("/error").accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail").asString()
                .isEqualTo("Something went wrong on our side. It has been logged; please try again.");
    }

    @Test
    void tooLargeUploadsAreExplainedToBrowsersAndApiClients() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyText()
                .contains("That file is too large", "Choose a smaller file", "Skip to content");
        assertThat(mvc.get().uri("/error").accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail").asString()
                .isEqualTo("The upload is larger than the shop accepts.");
    }

    @Test
    void hostileAddressesAreNotReflectedIntoThePage() {
        var body = http.get().uri("/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E").accept(MediaType.TEXT_HTML).exchange()
                .returnResult(String.class);

        assertThat(body.getStatus().is4xxClientError()).isTrue();
        assertThat(body.getResponseBody()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void backOfficeSendsGuestsToSignIn() {
        assertThat(mvc.get().uri("/admin").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void forbiddenRequestsShowTheForbiddenPage() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("You don&#39;t have access to this page", "Skip to content");
    }
}
