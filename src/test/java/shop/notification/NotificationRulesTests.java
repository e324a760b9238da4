package shop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** The rules that need no database: backoff, recipient names and addresses, mail without a mail server. */
class NotificationRulesTests {

    final NotificationSettings settings = new NotificationSettings("Shop <shop@localhost>", "Shop",
            "http://localhost:8080", Duration.ofSeconds(2), 50, 8, Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void backoffDoublesAfterEachFailedAttemptUpToTheMaximum() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withoutAMailServerAMailIsKeptForTheBackOfficeOnly() throws Exception {
        var noMailServer = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var message = new Message(1, "welcome:1", Channel.MAIL, "welcome", Category.TRANSACTIONAL, "ada@example.com",
                "Ada", "Welcome", "Hello", "<p>Hello</p>", MessageStatus.PENDING, 0, null, null, null, null, null);

        assertThat(new MailDelivery(noMailServer, settings).deliver(message))
                .isEqualTo("Back office only (no SMTP server configured)");
    }

    @Test
    void namesLoseLineBreaksAndControlCharactersAndStayShort() {
        assertThat(new Recipient("a@example.com", "Ada\r\nBcc: evil@example.com\u0000").name())
                .isEqualTo("Ada Bcc: evil@example.com");
        assertThat(new Recipient("a@example.com", "x".repeat(500)).name()).hasSize(100);
        assertThat(new Recipient("a@example.com", null).name()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+shop@mail.example.co.uk"})
    void acceptsPlainEmailAddresses(String address) {
        assertThat(new Recipient(address, "Ada").problemFor(Channel.MAIL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example.com\nBcc: x@example.com",
            "Ada <ada@example.com>", "ada@example.com, eve@example.com", "<script>@example.com"})
    void rejectsEverythingElseAsAnEmailAddress(String address) {
        assertThat(new Recipient(address, "Ada").problemFor(Channel.MAIL)).contains("Invalid email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+4915112345678", "+12025550123"})
    void acceptsInternationalPhoneNumbers(String number) {
        assertThat(new Recipient(number, "Sam").problemFor(Channel.SMS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"015112345678", "+0151", "+49 151 1234", "+49151123456789012", "ada@example.com"})
    void rejectsOtherPhoneNumbers(String number) {
        assertThat(new Recipient(number, "Sam").problemFor(Channel.SMS)).isPresent();
    }
}
