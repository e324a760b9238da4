package shop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import shop.user.events.CustomerDeleted;
import shop.user.events.MarketingConsentChanged;
import testsupport.ShopIntegrationTest;

/**
 * What the notification module does with the customers' privacy events: marketing consent becomes its
 * preference (a late, older choice never wins), a deleted customer's messages and preference are erased;
 * both idempotent.
 */
@ShopIntegrationTest
@EnableScenarios
class CustomerEventsTests {

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void marketingConsentBecomesThePreferenceAndAnOlderChoiceArrivingLateIsIgnored(Scenario scenario) {
        String email = unique();
        Instant earlier = Instant.parse("2026-01-01T10:00:00Z");
        Instant later = Instant.parse("2026-01-02T10:00:00Z");

        scenario.publish(new MarketingConsentChanged(1, email, false, later))
                .andWaitForStateChange(() -> preference(email), pref -> pref != null)
                .andVerify(pref -> assertThat(pref).isFalse());
        scenario.publish(new MarketingConsentChanged(1, email.toUpperCase(), true, earlier))
                .andWaitForStateChange(() -> unprocessed(email), count -> count == 0);
        assertThat(preference(email)).isFalse();

        scenario.publish(new MarketingConsentChanged(1, email, true, later.plusSeconds(1)))
                .andWaitForStateChange(() -> preference(email), Boolean.TRUE::equals);
        scenario.publish(new MarketingConsentChanged(1, email, true, later.plusSeconds(1)))
                .andWaitForStateChange(() -> unprocessed(email), count -> count == 0);
        assertThat(jdbc.sql("select count(*) from notification.preference where recipient = ?").param(email)
                .query(Long.class).single()).isOne();
        assertThat(preference(email)).isTrue();
    }

    @Test
    void aMarketingOptOutStopsMarketingButNotTransactionalMessages(Scenario scenario) {
        String email = unique();
        scenario.publish(new MarketingConsentChanged(2, email, false, Instant.now()))
                .andWaitForStateChange(() -> preference(email), pref -> pref != null);

        assertThat(new Preferences(jdbc).allows(email, Category.MARKETING)).isFalse();
        assertThat(new Preferences(jdbc).allows(email, Category.TRANSACTIONAL)).isTrue();
    }

    @Test
    void withoutARecordedChoiceNoMarketingIsSent() {
        String email = unique();

        assertThat(new Preferences(jdbc).allows(email, Category.MARKETING)).isFalse();
        assertThat(new Preferences(jdbc).allows(email, Category.TRANSACTIONAL)).isTrue();
    }

    @Test
    void aDeletedCustomersMessagesAreAnonymisedOnceAndOthersAreUntouched(Scenario scenario) {
        String email = unique();
        String other = unique();
        // a name no other test's messages carry: tests share one database
        String name = "Grace Hopper " + (char) ('A' + Math.floorMod(email.hashCode(), 26)) + Math.abs(email.hashCode() % 1000);
        notifications.tell("privacy:" + email, Template.WELCOME, new Recipient(email, name), Map.of("email", email));
        notifications.tell("privacy:" + other, Template.WELCOME, new Recipient(other, "Other Person"), Map.of("email", other));
        jdbc.sql("insert into notification.preference (recipient, marketing) values (?, false)").param(email).update();
        var deleted = new CustomerDeleted(3, email, Instant.now());

        scenario.publish(deleted)
                .andWaitForStateChange(() -> count("recipient = ?", email), count -> count == 0)
                .andVerify(count -> {
                    var message = jdbc.sql("select * from notification.message where dedup_key = ?").param("privacy:" + email)
                            .query().singleRow();
                    assertThat(message).containsEntry("recipient", Outbox.ERASED_RECIPIENT)
                            .containsEntry("recipient_name", null).containsEntry("subject", Outbox.ERASED_RECIPIENT)
                            .containsEntry("body_text", "").containsEntry("body_html", null)
                            .containsEntry("status", "SKIPPED").containsEntry("last_error", Outbox.ERASED_NOT_SENT)
                            .containsEntry("template", "welcome");
                });
        scenario.publish(deleted).andWaitForStateChange(() -> unprocessed(email), count -> count == 0);

        assertThat(preference(email)).isNull();
        assertThat(count("body_text like ?", "%" + email + "%")).isZero();
        assertThat(count("subject like ?", "%" + name + "%")).isZero();
        assertThat(jdbc.sql("select recipient_name from notification.message where dedup_key = ?").param("privacy:" + other)
                .query(String.class).single()).isEqualTo("Other Person");
        assertThat(count("recipient = ?", other)).isOne();
    }

    private Boolean preference(String email) {
        return jdbc.sql("select marketing from notification.preference where recipient = lower(?)").param(email)
                .query(Boolean.class).optional().orElse(null);
    }

    private long count(String where, String value) {
        return jdbc.sql("select count(*) from notification.message where " + where).param(value).query(Long.class).single();
    }

    /** Publications of events naming {@code email} not yet completed (completed ones are deleted). */
    private long unprocessed(String email) {
        return jdbc.sql("select count(*) from event_publication where lower(serialized_event) like lower(?)")
                .param("%" + email + "%").query(Long.class).single();
    }

    private static String unique() {
        return "privacy-" + UUID.randomUUID() + "@example.com";
    }
}
