package shop.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import shop.user.events.CustomerRegistered;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/**
 * Nothing is lost when a listener's storage is down: the delivery fails, stays in the registry, shows on
 * the dashboard, and is handed over again once the storage is back.
 */
@ShopIntegrationTest
class EventRedeliveryTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventPublications publications;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aDeliveryThatFailedWhileTheListenersStorageWasDownIsRetriedOnce() {
        String email = "redelivery-" + UUID.randomUUID() + "@example.com";

        withNotificationStorageDown(() -> {
            transaction.executeWithoutResult(tx -> events.publishEvent(
                    new CustomerRegistered(90_001, email, "Rita", false, Instant.now())));
            await().atMost(Duration.ofSeconds(10)).until(() -> statusOfDeliveryTo(email), List.of("FAILED")::equals);
        });

        publications.resubmitAllFailedNow();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(welcomeMessagesTo(email)).isEqualTo(1);
            assertThat(statusOfDeliveryTo(email)).isEmpty();
        });
    }

    @Test
    void theDashboardListsFailedDeliveriesAndAnAdminCanRetryThem() {
        String email = "dashboard-" + UUID.randomUUID() + "@example.com";
        Cookie admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        withNotificationStorageDown(() -> {
            transaction.executeWithoutResult(tx -> events.publishEvent(
                    new CustomerRegistered(90_002, email, "Dana", false, Instant.now())));
            await().atMost(Duration.ofSeconds(10)).until(() -> statusOfDeliveryTo(email), List.of("FAILED")::equals);

            assertThat(mvc.get().uri("/admin").cookie(admin)).hasStatusOk().bodyText()
                    .contains("Waiting events", "CustomerRegistered", "AccountEventsListener", "FAILED",
                            "Retry failed events now");
        });

        var csrf = Forms.csrfFrom(mvc, "/login");
        var retry = mvc.post().uri("/admin/events/resubmit").cookie(admin, csrf.cookie()).param("_csrf", csrf.token())
                .exchange();
        assertThat(retry).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");

        await().atMost(Duration.ofSeconds(10)).until(() -> welcomeMessagesTo(email) == 1);
    }

    @Test
    void retryingNeedsAnAdminAndACsrfToken() {
        var csrf = Forms.csrfFrom(mvc, "/login");
        assertThat(mvc.post().uri("/admin/events/resubmit").cookie(csrf.cookie()).param("_csrf", csrf.token()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");

        Cookie admin = Forms.signIn(mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(mvc.post().uri("/admin/events/resubmit").cookie(admin)).hasStatus(HttpStatus.FORBIDDEN);
    }

    private void withNotificationStorageDown(Runnable action) {
        jdbc.sql("alter table notification.message rename to message_unavailable").update();
        try {
            action.run();
        } finally {
            jdbc.sql("alter table notification.message_unavailable rename to message").update();
        }
    }

    private List<String> statusOfDeliveryTo(String email) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%" + email + "%").query(String.class).list();
    }

    private int welcomeMessagesTo(String email) {
        return jdbc.sql("select count(*) from notification.message where recipient = ?")
                .param(email).query(Integer.class).single();
    }
}
