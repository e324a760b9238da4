package shop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import shop.user.events.AccountCreated;

/** The notification module on its own: a user event comes in, a welcome message is recorded once. */
@ApplicationModuleTest
class WelcomeMessageTests {

    private final Messages messages;
    private final JdbcClient jdbc;

    WelcomeMessageTests(Messages messages, JdbcClient jdbc) {
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Test
    void recordsAWelcomeMessageForANewAccount(Scenario scenario) {
        String email = uniqueEmail();

        scenario.publish(new AccountCreated(4711, email, "Ada", false, Instant.now()))
                .andWaitForStateChange(() -> messages.findByRecipient(email), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found)
                        .containsExactly(new Message("welcome:account:4711", email, "welcome")));
    }

    @Test
    void recordsOneMessageWhenTheSameEventIsDeliveredAgain(Scenario scenario) {
        String email = uniqueEmail();
        var event = new AccountCreated(4712, email, "Grace", false, Instant.now());

        scenario.publish(event).andWaitForStateChange(() -> unprocessedEventsFor(email), count -> count == 0);
        scenario.publish(event).andWaitForStateChange(() -> unprocessedEventsFor(email), count -> count == 0);

        assertThat(messages.findByRecipient(email))
                .containsExactly(new Message("welcome:account:4712", email, "welcome"));
    }

    /** Completed publications are deleted, so what is left for this recipient has not been handled yet. */
    private long unprocessedEventsFor(String email) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + email + "%")
                .query(Long.class).single();
    }

    private static String uniqueEmail() {
        return "welcome-" + UUID.randomUUID() + "@example.com";
    }
}
