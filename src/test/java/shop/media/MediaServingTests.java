package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import testsupport.ShopIntegrationTest;

/**
 * GET /media/{key}/{size}: found images are cached for a year and revalidated by ETag; everything else is
 * the placeholder image (404 when there is no such image, 503 when the store fails), never an error page,
 * never a 500, never a file outside the store.
 */
@ShopIntegrationTest
class MediaServingTests {

    static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000000000000000000000000001";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaSettings settings;

    @Test
    void aStoredImageIsRevalidatedWithItsEtagAnd304() {
        String key = library.store(TestImages.jpeg(300, 300)).image().key().value();
        String etag = "\"" + key + ".card\"";

        assertThat(mvc.get().uri("/media/{key}/card", key).header(HttpHeaders.IF_NONE_MATCH, etag))
                .hasStatus(HttpStatus.NOT_MODIFIED)
                .hasHeader(HttpHeaders.ETAG, etag)
                .hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .body().isEmpty();
        assertThat(mvc.get().uri("/media/{key}/card", key).header(HttpHeaders.IF_NONE_MATCH, "\"other\", W/" + etag))
                .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.get().uri("/media/{key}/card", key).header(HttpHeaders.IF_NONE_MATCH, "\"" + key + ".large\""))
                .hasStatusOk().hasContentType("image/jpeg");
        assertThat(mvc.head().uri("/media/{key}/large", key))
                .hasStatusOk().hasContentType("image/jpeg").hasHeader(HttpHeaders.ETAG, "\"" + key + ".large\"");
    }

    @Test
    void anUnknownImageIsThePlaceholderWithAShortCache() {
        assertPlaceholder(mvc.get().uri("/media/{key}/card", UNKNOWN_KEY).exchange(), HttpStatus.NOT_FOUND,
                "max-age=60, public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media/%3Cscript%3Ealert(1)/card", "/media/%22%20onerror=%22alert(1)/card", "/media/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/card",
            "/media/1234/card", "/media/" + UNKNOWN_KEY + "/huge", "/media/" + UNKNOWN_KEY + "/CARD",
            "/media/" + UNKNOWN_KEY, "/media/" + UNKNOWN_KEY + "/card/extra", "/media/" + UNKNOWN_KEY + "/card/",
            "/media/", "/media/passwd/original"})
    void malformedKeysAndUnknownSizesAreThePlaceholder(String path) {
        var result = http.get().uri(exactly(path)).accept(MediaType.TEXT_HTML).exchange().returnResult(byte[].class);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(result.getResponseHeaders().getContentType()).hasToString("image/svg+xml");
        assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).startsWith("<svg").doesNotContain("script");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media/../../etc/passwd", "/media/..%2F..%2Fetc%2Fpasswd/original",
            "/media/%2e%2e/%2e%2e/etc/passwd", "/media/%3Cscript%3E%3C%2Fscript%3E/card", "/media/..;/..;/etc/passwd/card", "/media/%252e%252e/original"})
    void pathTraversalNeverLeavesTheStoreAndNeverFails(String path) {
        var result = http.get().uri(exactly(path)).exchange().returnResult(byte[].class);

        assertThat(result.getStatus().is4xxClientError()).as("%s answers %s", path, result.getStatus()).isTrue();
        assertThat(new String(result.getResponseBody() == null ? new byte[0] : result.getResponseBody(), StandardCharsets.UTF_8))
                .doesNotContain("root:");
    }

    @Test
    void thePlaceholderHasItsOwnAddressForScripts() {
        assertPlaceholder(mvc.get().uri("/media/placeholder.svg").exchange(), HttpStatus.OK, "max-age=86400, public");
    }

    @Test
    void aStoreThatFailsGivesThePlaceholderAnd503NotAnError() throws IOException {
        String key = library.store(TestImages.jpeg(500, 400)).image().key().value();
        Path card = settings.dir().resolve(key.substring(0, 2)).resolve(key).resolve("card");
        Files.delete(card);
        Files.createDirectory(card); // a real failure: the store finds a directory where the file should be

        assertPlaceholder(mvc.get().uri("/media/{key}/card", key).exchange(), HttpStatus.SERVICE_UNAVAILABLE, "no-store");
        assertThat(mvc.get().uri("/media/{key}/large", key)).hasStatusOk().hasContentType("image/jpeg");
    }

    @Test
    void aStoredFileThatIsNoImageIsNeverServedAsOne() throws IOException {
        String key = library.store(TestImages.png(40, 40)).image().key().value();
        Files.writeString(settings.dir().resolve(key.substring(0, 2)).resolve(key).resolve("thumbnail"),
                "<html><script>alert(1)</script></html>");

        assertPlaceholder(mvc.get().uri("/media/{key}/thumbnail", key).exchange(), HttpStatus.SERVICE_UNAVAILABLE, "no-store");
    }

    @Test
    void imagesArePublicAndCreateNoSessionOrCookie() {
        String key = library.store(TestImages.jpeg(64, 64)).image().key().value();

        for (String path : new String[] {"/media/" + key + "/thumbnail", "/media/" + UNKNOWN_KEY + "/card", "/media/placeholder.svg"}) {
            var result = http.get().uri(path).exchange().returnResult(byte[].class);
            assertThat(result.getStatus().value()).as(path).isIn(200, 404);
            assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as(path).isNull();
            assertThat(result.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        }
    }

    @Test
    void writingUnderMediaIsNotPublic() {
        assertThat(mvc.post().uri("/media/{key}/card", UNKNOWN_KEY)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/media/{key}/card", UNKNOWN_KEY)).hasStatus(HttpStatus.FORBIDDEN);
    }

    /** The address as written, not encoded again: {@code %2F} stays an encoded slash. */
    private URI exactly(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertPlaceholder(MvcTestResult result, HttpStatus status, String cacheControl) {
        assertThat(result).hasStatus(status)
                .hasContentType("image/svg+xml")
                .hasHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .doesNotContainHeader(HttpHeaders.ETAG)
                .bodyText().startsWith("<svg").contains("Image not available");
    }
}
