package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.boot.test.web.server.LocalServerPort;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/**
 * Admins upload images at POST /admin/media: the bytes decide what a file is, every variant is served with
 * long cache headers, the same bytes are stored once, and every bad upload is refused with problem details
 * saying why, leaving nothing behind.
 */
@ShopIntegrationTest
class MediaUploadTests {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStore store;

    @Autowired
    MediaSettings settings;

    @Autowired
    DecodePermits decodePermits;

    @Autowired
    DecodeSettings decodeSettings;

    static final String BOUNDARY = "shop-test-boundary";

    Cookie admin;
    Forms.Csrf csrf;

    @BeforeEach
    void signInAsAdmin() {
        admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        csrf = Forms.csrfFrom(mvc, "/login");
    }

    @Test
    void anAdminUploadsAJpegAndEverySizeIsServedWithLongCacheHeaders() {
        byte[] jpeg = TestImages.jpeg(2000, 1000);
        String key = ImageKey.of(jpeg).value();

        MvcTestResult upload = upload(jpeg, "photo.jpg", "image/jpeg");

        assertThat(upload).hasStatus(HttpStatus.CREATED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .hasHeader(HttpHeaders.LOCATION, "/media/" + key + "/original");
        var json = JsonPath.parse(body(upload));
        assertThat(json.read("$.key", String.class)).isEqualTo(key);
        assertThat(json.read("$.width", Integer.class)).isEqualTo(2000);
        assertThat(json.read("$.height", Integer.class)).isEqualTo(1000);
        assertThat(json.read("$.contentType", String.class)).isEqualTo("image/jpeg");
        var urls = new LinkedHashMap<String, String>();
        for (String size : new String[] {"thumbnail", "card", "large", "original"}) {
            urls.put(size, "/media/" + key + "/" + size);
        }
        assertThat(json.read("$.urls", Map.class)).containsExactlyEntriesOf(urls);

        assertServed(key, "thumbnail", "image/jpeg", 160, 80);
        assertServed(key, "card", "image/jpeg", 480, 240);
        assertServed(key, "large", "image/jpeg", 1200, 600);
        assertThat(servedBytes(key, "original")).isEqualTo(jpeg);
        assertThat(jdbc.sql("select content_type, width, height, byte_size from media.image where key = ?").param(key)
                .query((rs, row) -> rs.getString(1) + " " + rs.getInt(2) + "x" + rs.getInt(3) + " " + rs.getLong(4)).single())
                .isEqualTo("image/jpeg 2000x1000 " + jpeg.length);
    }

    @Test
    void aPhotosGpsPositionAndCommentAreInNoneOfTheStoredFilesAndItStillShowsUpright() {
        byte[] photo = TestImages.jpegWithGps(1600, 900);
        String key = ImageKey.of(photo).value();

        assertThat(upload(photo, "IMG_0001.jpg", "image/jpeg")).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.width").isEqualTo(900);

        for (Variant variant : Variant.values()) {
            byte[] stored = store.get(key + "/" + variant.pathName()).orElseThrow();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("%s", variant).doesNotContain(TestImages.PRIVATE_NOTE);
            assertThat(TestImages.exifOf(stored)).as("%s", variant)
                    .noneSatisfy(exif -> assertThat(TestImages.hasTag(exif, 0x8825)).isTrue());
        }
        byte[] original = servedBytes(key, "original");
        assertThat(TestImages.exifOf(original)).singleElement()
                .satisfies(exif -> assertThat(TestImages.hasTag(exif, 0x0112)).as("orientation kept").isTrue());
        assertThat(jdbc.sql("select byte_size from media.image where key = ?").param(key).query(Long.class).single())
                .isEqualTo((long) original.length).isLessThan((long) photo.length);
        assertServed(key, "large", "image/jpeg", 900, 1600);
    }

    /**
     * With every decode permit held (as by uploads still being decoded), an upload is refused at once with
     * a 503 that says when to try again, and nothing of it is stored; once the permits are free it goes in.
     */
    @Test
    void anUploadWhileEveryDecoderIsBusyIsRefusedWithRetryAfterAndGoesInLater() {
        byte[] jpeg = TestImages.jpeg(640, 480);
        var held = new ArrayList<DecodePermits.Permit>();
        MvcTestResult refused;
        try {
            for (int i = 0; i < decodeSettings.maxConcurrent(); i++) {
                held.add(decodePermits.acquire());
            }
            refused = upload(jpeg, "busy.jpg", "image/jpeg");
        } finally {
            held.forEach(DecodePermits.Permit::close);
        }

        assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decodeSettings.retryAfter().toSeconds()));
        var json = JsonPath.parse(body(refused));
        assertThat(json.read("$.reason", String.class)).isEqualTo("busy");
        assertThat(json.read("$.detail", String.class)).isEqualTo("The shop is preparing other images right now. "
                + "Nothing was saved; try again in " + decodeSettings.retryAfter().toSeconds() + " seconds.");
        assertNothingStoredFor(jpeg);

        assertThat(upload(jpeg, "busy.jpg", "image/jpeg")).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void pngAndWebpAreStoredWithTheirOriginalsInTheirOwnFormat() {
        byte[] png = TestImages.png(600, 400);
        assertThat(upload(png, "logo.png", "image/png")).hasStatus(HttpStatus.CREATED);
        assertServed(ImageKey.of(png).value(), "original", "image/png", 600, 400);
        assertServed(ImageKey.of(png).value(), "card", "image/jpeg", 480, 320);

        byte[] webp = TestImages.webp();
        MvcTestResult upload = upload(webp, "sample.webp", "image/webp");
        assertThat(upload.getResponse().getStatus()).isIn(201, 200); // the committed sample may be stored already
        assertThat(upload).bodyJson().extractingPath("$.contentType").isEqualTo("image/webp");
        String key = ImageKey.of(webp).value();
        assertServed(key, "original", "image/webp", 300, 200);
        assertServed(key, "large", "image/jpeg", 300, 200);
        assertServed(key, "card", "image/jpeg", 300, 200);
        assertServed(key, "thumbnail", "image/jpeg", 160, 107);
    }

    @Test
    void theBytesDecideWhatAFileIsNotItsNameOrClaimedType() {
        byte[] png = TestImages.png(50, 40);

        assertThat(upload(png, "holiday.jpg", "image/jpeg")).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.contentType").isEqualTo("image/png");
        assertServed(ImageKey.of(png).value(), "original", "image/png", 50, 40);
    }

    @Test
    void uploadingTheSameBytesAgainGivesTheSameKeyAndDoesNoWork() throws Exception {
        byte[] jpeg = TestImages.jpeg(800, 600);
        String key = ImageKey.of(jpeg).value();
        assertThat(upload(jpeg, "a.jpg", "image/jpeg")).hasStatus(HttpStatus.CREATED);
        FileTime written = Files.getLastModifiedTime(fileOf(key, "card"));

        MvcTestResult again = upload(jpeg, "copy-of-a.jpg", "image/jpeg");

        assertThat(again).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.key").isEqualTo(key);
        assertThat(Files.getLastModifiedTime(fileOf(key, "card"))).isEqualTo(written);
        assertThat(jdbc.sql("select count(*) from media.image where key = ?").param(key).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aTextFilePretendingToBeAPngIsRefusedAsUnsupported() {
        assertRefused(TestImages.html(), "cat.png", "image/png", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type",
                "The file is an HTML document. The shop accepts JPEG, PNG and WebP images only.");
    }

    @Test
    void gifAndSvgAreRefusedAsUnsupported() {
        assertRefused(TestImages.gif(), "anim.gif", "image/gif", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type",
                "The file is a GIF image. The shop accepts JPEG, PNG and WebP images only.");
        assertRefused(TestImages.svg(), "icon.svg", "image/svg+xml", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type",
                "The file is an SVG image. The shop accepts JPEG, PNG and WebP images only.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsTooLarge() {
        byte[] large = Arrays.copyOf(TestImages.jpeg(100, 100), (int) settings.maxUploadSize().toBytes() + 1);

        assertRefused(large, "huge.jpg", "image/jpeg", HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The file is 10.1 MB; an image may be at most 10 MB.");
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedWithoutBeingDecoded() {
        assertRefused(TestImages.pngClaiming(100_000, 100_000), "bomb.png", "image/png", HttpStatus.CONTENT_TOO_LARGE,
                "too-many-pixels", "The image is 100000 × 100000 pixels (10000 megapixels); at most 40 megapixels are accepted. "
                        + "Scale it down and upload it again.");
    }

    @Test
    void aTruncatedJpegIsRefusedAsUnreadable() {
        assertRefused(TestImages.truncated(TestImages.jpeg(640, 480)), "cut.jpg", "image/jpeg", HttpStatus.BAD_REQUEST,
                "unreadable", "The file starts like a JPEG image but cannot be read: it is damaged or incomplete. "
                        + "Export it again and upload the new file.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "empty.png", "image/png", HttpStatus.BAD_REQUEST, "empty", "The file is empty. Choose a JPEG, PNG or WebP image.");
    }

    @Test
    void anUploadWithoutAFileFieldIsRefused() {
        MvcTestResult noField = mvc.post().uri("/admin/media").multipart()
                .file(new MockMultipartFile("image", "a.png", "image/png", TestImages.png(10, 10)))
                .cookie(admin, csrf.cookie()).param("_csrf", csrf.token()).exchange();
        MvcTestResult notMultipart = mvc.post().uri("/admin/media").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(admin, csrf.cookie()).param("_csrf", csrf.token()).exchange();

        for (MvcTestResult result : new MvcTestResult[] {noField, notMultipart}) {
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.detail")
                    .isEqualTo("Send the image as multipart/form-data in a field named \"file\".");
        }
    }

    /**
     * Over real HTTP the servlet container refuses a request announcing more than
     * {@code spring.servlet.multipart.max-request-size} before reading its body. A raw socket shows what a
     * client gets without sending the megabytes: the answer comes while the body is still on its way.
     */
    @Test
    void theServletContainerRefusesAnOversizedRequestWith413ProblemDetails() throws IOException {
        String response = postAnnouncingFortyMegabytes("X-XSRF-TOKEN: " + csrf.token() + "\r\n", "");

        assertThat(response).startsWith("HTTP/1.1 413 ")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"detail\":\"The upload is larger than the shop accepts: an image may be at most 10 MB.\"",
                        "\"reason\":\"too-large\"", "\"status\":413");
    }

    /** With the token as a form field the container cannot read it either, and answers 413 itself. */
    @Test
    void anOversizedRequestWithItsCsrfTokenInTheBodyIsRefusedAsTooLargeToo() throws IOException {
        String response = postAnnouncingFortyMegabytes("",
                "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.token() + "\r\n--" + BOUNDARY + "\r\n");

        assertThat(response).startsWith("HTTP/1.1 413 ")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"detail\":\"The upload is larger than the shop accepts.\"", "\"status\":413");
    }

    @Test
    void uploadingNeedsAnAdminAndACsrfToken() {
        byte[] png = TestImages.png(20, 20);

        assertThat(mvc.post().uri("/admin/media").multipart().file(new MockMultipartFile("file", png))
                .cookie(csrf.cookie()).param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri("/admin/media").multipart().file(new MockMultipartFile("file", png)).cookie(admin))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertNothingStoredFor(png);
    }

    private MvcTestResult upload(byte[] bytes, String filename, String contentType) {
        return mvc.post().uri("/admin/media").multipart()
                .file(new MockMultipartFile("file", filename, contentType, bytes))
                .cookie(admin, csrf.cookie()).param("_csrf", csrf.token())
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    private void assertRefused(byte[] bytes, String filename, String contentType, HttpStatus status, String reason,
            String detail) {
        MvcTestResult result = upload(bytes, filename, contentType);

        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        var json = JsonPath.parse(body(result));
        assertThat(json.read("$.status", Integer.class)).isEqualTo(status.value());
        assertThat(json.read("$.detail", String.class)).isEqualTo(detail);
        assertThat(json.read("$.reason", String.class)).isEqualTo(reason);
        assertThat(json.read("$.title", String.class)).isNotBlank();
        assertThat(json.read("$.instance", String.class)).isEqualTo("/admin/media");
        assertNothingStoredFor(bytes);
    }

    private void assertNothingStoredFor(byte[] bytes) {
        ImageKey key = ImageKey.of(bytes);
        assertThat(jdbc.sql("select count(*) from media.image where key = ?").param(key.value()).query(Long.class).single())
                .isZero();
        for (Variant variant : Variant.values()) {
            assertThat(store.exists(key.objectKey(variant))).as("%s stored", variant).isFalse();
        }
    }

    private void assertServed(String key, String size, String contentType, int width, int height) {
        MvcTestResult result = mvc.get().uri("/media/{key}/{size}", key, size).exchange();
        assertThat(result).hasStatusOk()
                .hasContentType(contentType)
                .hasHeader(HttpHeaders.ETAG, "\"" + key + "." + size + "\"")
                .hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
        var image = TestImages.read(result.getResponse().getContentAsByteArray());
        assertThat(image.getWidth()).as("%s width", size).isEqualTo(width);
        assertThat(image.getHeight()).as("%s height", size).isEqualTo(height);
    }

    private byte[] servedBytes(String key, String size) {
        return mvc.get().uri("/media/{key}/{size}", key, size).exchange().getResponse().getContentAsByteArray();
    }

    private Path fileOf(String key, String size) {
        return settings.dir().resolve(key.substring(0, 2)).resolve(key).resolve(size);
    }

    /**
     * Sends the start of a multipart upload whose Content-Length announces 12 MB, signed in as the admin,
     * and reads the answer without sending the rest.
     */
    private String postAnnouncingFortyMegabytes(String extraHeaders, String partsBeforeTheFile) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/media HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Cookie: " + admin.getName() + "=" + admin.getValue() + "; "
                    + csrf.cookie().getName() + "=" + csrf.cookie().getValue() + "\r\n"
                    + extraHeaders
                    + "Accept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + 40L * 1024 * 1024 + "\r\n\r\n"
                    + "--" + BOUNDARY + "\r\n" + partsBeforeTheFile
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(TestImages.jpeg(10, 10));
            out.flush();
            return readChunkedResponse(socket);
        }
    }

    /** Reads up to the last chunk: Tomcat says "Connection: close" but waits for the client to hang up. */
    private static String readChunkedResponse(Socket socket) throws IOException {
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        InputStream in = socket.getInputStream();
        while (!received.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            received.write(buffer, 0, read);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
