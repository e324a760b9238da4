package shop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/** Admins read every message the shop would send at /admin/notifications, and can send one again. */
@ShopIntegrationTest
class NotificationsAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Cookie admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void sentMailIsKeptAndReadableByAdmins() {
        String email = recordWelcome("Ada Lovelace");
        dispatcher.dispatchDue();
        Message message = onlyMessageTo(email);

        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
        assertThat(message.deliveredVia()).isEqualTo("SMTP");
        assertThat(MailRoom.of(context).receivedBy(email)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Welcome to Shop, Ada Lovelace"));

        assertThat(mvc.get().uri("/admin/notifications").param("recipient", email).cookie(admin))
                .hasStatusOk().bodyText()
                .contains("<h1>Notifications</h1>", "Welcome to Shop, Ada Lovelace", email, "SENT", "1</span> <span>message");
        assertThat(mvc.get().uri("/admin/notifications/{id}", message.id()).cookie(admin))
                .hasStatusOk().bodyText()
                .contains("Welcome to Shop, Ada Lovelace", "SMTP",
                        "sandbox=\"\"", "src=\"/admin/notifications/" + message.id() + "/html\"");
        assertThat(mvc.get().uri("/admin/notifications/{id}/html", message.id()).cookie(admin))
                .hasStatusOk()
                .hasHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'self'; sandbox")
                .bodyText().startsWith("<!DOCTYPE html>").contains("Hello Ada Lovelace,");
    }

    @Test
    void filtersByStatusAndRecipient() {
        String email = recordWelcome("Filter Me");

        assertThat(mvc.get().uri("/admin/notifications").param("status", "PENDING").param("recipient", email).cookie(admin))
                .bodyText().contains("Welcome to Shop, Filter Me");
        assertThat(mvc.get().uri("/admin/notifications").param("status", "FAILED").param("recipient", email).cookie(admin))
                .bodyText().contains("No messages").doesNotContain("Welcome to Shop, Filter Me");
    }

    @Test
    void htmxFilteringGetsTheResultsWithoutThePageAround() {
        String email = recordWelcome("Fragment");

        assertThat(mvc.get().uri("/admin/notifications").param("recipient", email).header("HX-Request", "true").cookie(admin))
                .hasStatusOk().bodyText()
                .contains("id=\"results\"", "Welcome to Shop, Fragment")
                .doesNotContain("Skip to content", "<h1>");
    }

    @Test
    void hostileFilterValuesAreEscapedAndOverlongOnesExplained() {
        assertThat(mvc.get().uri("/admin/notifications").param("recipient", "\"><script>alert(1)</script>").cookie(admin))
                .hasStatusOk().bodyText()
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(mvc.get().uri("/admin/notifications").param("recipient", "x".repeat(1000)).cookie(admin))
                .hasStatusOk().bodyText().contains("Search for at most 254 characters of an address.");
        assertThat(mvc.get().uri("/admin/notifications").param("recipient", "' or 1=1 --").cookie(admin))
                .hasStatusOk().bodyText().contains("No messages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "999999"})
    void outOfRangePagesShowTheNearestPage(String page) {
        assertThat(mvc.get().uri("/admin/notifications").param("page", page).cookie(admin))
                .hasStatusOk().bodyText().contains("<h1>Notifications</h1>");
    }

    @Test
    void unknownStatusesAndNonNumericPagesAreBadRequests() {
        assertThat(mvc.get().uri("/admin/notifications").param("status", "DELIVERED").cookie(admin))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/admin/notifications").param("page", "last").cookie(admin))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownOrMalformedMessageIdsAreNotFoundOrBadRequests() {
        assertThat(mvc.get().uri("/admin/notifications/999999999").cookie(admin)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/notifications/abc").cookie(admin)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anAdminSendsAMessageAgainAsANewMessageKeepingTheOriginal() {
        String email = recordWelcome("Again");
        Message original = onlyMessageTo(email);
        var csrf = Forms.csrfFrom(mvc, "/login");

        var result = mvc.post().uri("/admin/notifications/{id}/resend", original.id())
                .cookie(admin, csrf.cookie()).param("_csrf", csrf.token()).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/notifications/");
        assertThat(outbox.search(null, email, 0, 10)).hasSize(2)
                .anySatisfy(copy -> {
                    assertThat(copy.id()).isNotEqualTo(original.id());
                    assertThat(copy.status()).isEqualTo(MessageStatus.PENDING);
                    assertThat(copy.bodyHtml()).isEqualTo(original.bodyHtml());
                    assertThat(copy.dedupKey()).startsWith(original.dedupKey() + "#resend:");
                });
    }

    @Test
    void aRejectedMessageCannotBeSentAgain() {
        String key = "test:rejected:" + UUID.randomUUID();
        notifications.tell(key, Template.WELCOME, new Recipient("no-address", "Nobody"), Map.of("email", "no-address"));
        long id = jdbc.sql("select id from notification.message where dedup_key = ?").param(key).query(Long.class).single();
        var csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.post().uri("/admin/notifications/{id}/resend", id).cookie(admin, csrf.cookie())
                .param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/notifications/" + id);
        assertThat(outbox.search(null, "no-address", 0, 10)).filteredOn(m -> m.dedupKey().startsWith(key)).hasSize(1);
    }

    @Test
    void resendingNeedsACsrfTokenAndAnAdmin() {
        String email = recordWelcome("Guarded");
        long id = onlyMessageTo(email).id();
        var csrf = Forms.csrfFrom(mvc, "/login");

        assertThat(mvc.post().uri("/admin/notifications/{id}/resend", id).cookie(admin)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/notifications/{id}/resend", id).cookie(csrf.cookie()).param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/admin/notifications").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(outbox.search(null, email, 0, 10)).hasSize(1);
    }

    @Test
    void theDashboardPanelCountsMessagesByStatus() {
        recordWelcome("Counted");

        assertThat(mvc.get().uri("/admin/notifications/panel").header("HX-Request", "true").cookie(admin))
                .hasStatusOk().bodyText()
                .contains("waiting to be sent", "sent", "failed", "href=\"/admin/notifications?status=FAILED\"")
                .doesNotContain("Skip to content");
        assertThat(mvc.get().uri("/admin").cookie(admin)).bodyText()
                .contains("hx-get=\"/admin/notifications/panel\"", "data-fallback=");
    }

    private String recordWelcome(String name) {
        String email = "admin-view-" + UUID.randomUUID() + "@example.com";
        notifications.tell("test:welcome:" + email, Template.WELCOME, new Recipient(email, name), Map.of("email", email));
        return email;
    }

    private Message onlyMessageTo(String email) {
        return outbox.search(null, email, 0, 10).getFirst();
    }
}
