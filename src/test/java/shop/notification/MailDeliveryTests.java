package shop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.TestSocketUtils;

import shop.user.events.CustomerEmailChangeRequested;
import shop.user.events.CustomerPasswordChanged;
import shop.user.events.CustomerRegistered;
import shop.user.events.EmailVerificationRequested;
import shop.user.events.PasswordResetRequested;
import shop.user.events.RegistrationRepeated;
import testsupport.Mails;

/**
 * The notification module on its own against a real SMTP server (GreenMail) in the test JVM: events come
 * in, mails go out once each, and a mail server that is down delays mail without losing or doubling it.
 */
@ApplicationModuleTest
@DirtiesContext // its dispatcher must not outlive this class and send other tests' messages
@TestPropertySource(properties = {
        "shop.notification.dispatch-every=100ms",
        "shop.notification.initial-backoff=200ms",
        "shop.notification.max-backoff=1s",
        "shop.notification.max-attempts=6",
        "shop.notification.base-url=https://shop.example.com"})
class MailDeliveryTests {

    static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();
    static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final AtomicLong accountIds = new AtomicLong(70_000);

    private final Outbox outbox;
    private final Notifications notifications;
    private final JdbcClient jdbc;

    MailDeliveryTests(Outbox outbox, Notifications notifications, JdbcClient jdbc) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void startMailServer() {
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Test
    void aNewAccountHolderReceivesAWelcomeMailWithHtmlAndPlainText(Scenario scenario) throws MessagingException {
        String email = uniqueEmail();

        scenario.publish(customerRegistered(email, "Ada Lovelace"))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    MimeMessage mail = mails.getFirst();
                    assertThat(mails).hasSize(1);
                    assertThat(subjectOf(mail)).isEqualTo("Welcome to Shop, Ada Lovelace");
                    assertThat(Mails.text(mail)).contains("Hello Ada Lovelace,", "sign in with " + email,
                            "https://shop.example.com/");
                    assertThat(Mails.html(mail)).contains("Hello Ada Lovelace,", "href=\"https://shop.example.com/\"",
                            "This is a service message");
                });

        await().untilAsserted(() -> assertThat(messagesTo(email)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo(MessageStatus.SENT);
            assertThat(message.deliveredVia()).isEqualTo("SMTP");
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.sentAt()).isNotNull();
        }));
    }

    @Test
    void confirmationAndResetLinksArriveOverSmtpExactlyAsTheUserModuleSignedThem(Scenario scenario) throws MessagingException {
        String email = uniqueEmail();
        var link = java.net.URI.create("https://shop.example.com/account/verify?token=abc.DEF-ghi_123");
        var expires = Instant.parse("2026-11-23T14:05:00Z");
        var verification = new EmailVerificationRequested(accountIds.incrementAndGet(), email, "Ada <b>Lovelace</b>", link, expires);

        scenario.publish(verification).andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty());
        scenario.publish(verification).andWaitForStateChange(() -> unprocessedEventsFor(email), count -> count == 0);

        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mailsTo(email)).as("a redelivered request sends no second mail").hasSize(1);
        assertThat(subjectOf(mail)).isEqualTo("Confirm your email address for Shop");
        assertThat(Mails.text(mail)).contains("Hello Ada <b>Lovelace</b>,", link.toString(), "until 23 November 2026, 14:05 UTC");
        assertThat(Mails.html(mail)).contains("href=\"" + link + "\"", "Ada &lt;b&gt;Lovelace&lt;/b&gt;")
                .doesNotContain("<b>Lovelace");

        String resetTo = uniqueEmail();
        var reset = java.net.URI.create("https://shop.example.com/password/reset?token=xyz.UVW");
        scenario.publish(new PasswordResetRequested(accountIds.incrementAndGet(), resetTo, "Grace", reset, expires))
                .andWaitForStateChange(() -> mailsTo(resetTo), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(subjectOf(mails.getFirst())).isEqualTo("Choose a new password for Shop");
                    assertThat(Mails.text(mails.getFirst())).contains(reset.toString(), "works once");
                });
    }

    @Test
    void noticesOfAccountChangesGoToTheAddressThatShouldKnow(Scenario scenario) {
        String current = uniqueEmail();
        String next = uniqueEmail();
        long account = accountIds.incrementAndGet();

        scenario.publish(new CustomerEmailChangeRequested(account, current, next, "Ada", Instant.now()))
                .andWaitForStateChange(() -> mailsTo(current), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(Mails.text(mails.getFirst()))
                        .contains(next, "https://shop.example.com/password/forgot"));
        assertThat(mailsTo(next)).isEmpty();

        scenario.publish(new CustomerPasswordChanged(account, current, "Ada", true, Instant.now()))
                .andWaitForStateChange(() -> mailsTo(current), mails -> mails.size() == 2)
                .andVerify(mails -> assertThat(subjectOf(mails.getLast())).isEqualTo("Your Shop password was changed"));

        scenario.publish(new RegistrationRepeated(account, current, "Ada", Instant.now()))
                .andWaitForStateChange(() -> mailsTo(current), mails -> mails.size() == 3)
                .andVerify(mails -> assertThat(Mails.text(mails.getLast()))
                        .contains("you already have one", "https://shop.example.com/login"));
    }

    @Test
    void anEventDeliveredTwiceSendsOneMail(Scenario scenario) {
        String email = uniqueEmail();
        CustomerRegistered event = customerRegistered(email, "Grace");

        scenario.publish(event).andWaitForStateChange(() -> unprocessedEventsFor(email), count -> count == 0);
        scenario.publish(event).andWaitForStateChange(() -> unprocessedEventsFor(email), count -> count == 0);

        await().until(() -> messagesTo(email).stream().allMatch(m -> m.status() == MessageStatus.SENT));
        assertThat(messagesTo(email)).hasSize(1);
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void mailWaitsWhileTheMailServerIsDownAndGoesOutOnceWhenItIsBack(Scenario scenario) {
        List<String> emails = List.of(uniqueEmail(), uniqueEmail(), uniqueEmail());

        smtp.stop();
        try {
            emails.forEach(email -> scenario.publish(customerRegistered(email, "Patient"))
                    .andWaitForStateChange(() -> messagesTo(email), messages -> !messages.isEmpty()));
            await().untilAsserted(() -> emails.forEach(email -> assertThat(messagesTo(email)).singleElement()
                    .satisfies(message -> {
                        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
                        assertThat(message.attempts()).isGreaterThanOrEqualTo(1);
                        assertThat(message.lastError()).isNotBlank();
                    })));
        } finally {
            smtp.start();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> emails.forEach(email ->
                assertThat(messagesTo(email)).singleElement().extracting(Message::status).isEqualTo(MessageStatus.SENT)));
        emails.forEach(email -> assertThat(mailsTo(email)).as("mails to %s", email).hasSize(1));
    }

    @Test
    void aMessageThatNeverGetsThroughIsMarkedFailedAfterTheLastAttempt(Scenario scenario) {
        String email = uniqueEmail();

        smtp.stop();
        try {
            scenario.publish(customerRegistered(email, "Unlucky"))
                    .andWaitForStateChange(() -> messagesTo(email), messages -> !messages.isEmpty());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messagesTo(email)).singleElement()
                    .satisfies(message -> {
                        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
                        assertThat(message.attempts()).isEqualTo(6);
                        assertThat(message.lastError()).containsIgnoringCase("connect");
                        assertThat(message.nextAttemptAt()).isNull();
                    }));
        } finally {
            smtp.start();
        }
        assertThat(outbox.due(Instant.now().plusSeconds(3600), 1000)).noneMatch(m -> m.recipient().equals(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "ada@example.com\r\nBcc: evil@example.com", "Ada <ada@example.com>",
            "ada@@example.com", " "})
    void invalidAddressesAreRejectedWithAReasonAndTheListenerCarriesOn(String address) {
        String key = "test:invalid:" + UUID.randomUUID();

        notifications.tell(key, Template.WELCOME, new Recipient(address, "Someone"), Map.of("email", address));

        Message rejected = jdbc.sql("select id from notification.message where dedup_key = ?").param(key)
                .query(Long.class).optional().flatMap(outbox::find).orElseThrow();
        assertThat(rejected.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(rejected.lastError()).isEqualTo("Invalid email address");
        assertThat(outbox.due(Instant.now().plusSeconds(60), 1000)).noneMatch(m -> m.dedupKey().equals(key));
    }

    @Test
    void anEventWithAnInvalidAddressIsHandledAndTheNextOneStillGoesOut(Scenario scenario) {
        String email = uniqueEmail();
        scenario.publish(customerRegistered("broken\r\naddress", "Broken"))
                .andWaitForStateChange(() -> unprocessedEventsFor("broken"), count -> count == 0);

        scenario.publish(customerRegistered(email, "Next"))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty());
    }

    @Test
    void hostileNamesAreEscapedInTheBodyAndCannotAddHeaders(Scenario scenario) throws MessagingException {
        String email = uniqueEmail();
        String hostile = "<script>alert(1)</script>\r\nBcc: evil@example.com";

        scenario.publish(customerRegistered(email, hostile))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty());

        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(subjectOf(mail)).doesNotContain("\r", "\n");
        assertThat(Arrays.stream(mail.getAllRecipients()).map(address -> ((InternetAddress) address).getAddress()))
                .containsExactly(email);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(Mails.html(mail)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(copy -> messageIdOf(copy).equals(messageIdOf(mail))))
                .as("one stored copy per recipient: no hidden Bcc copy").hasSize(1);
    }

    @Test
    void marketingSkipsRecipientsWhoOptedOutWhileServiceMailStillGoes(Scenario scenario) {
        String email = uniqueEmail();
        jdbc.sql("insert into notification.preference (recipient, marketing) values (?, false)").param(email).update();
        var newsletter = new Template("newsletter", Channel.MAIL, Category.MARKETING);

        notifications.tell("test:newsletter:" + email, newsletter, new Recipient(email, "Opted Out"), Map.of());

        assertThat(messagesTo(email)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo(MessageStatus.SKIPPED);
            assertThat(message.lastError()).isEqualTo("Recipient has not opted in to marketing messages");
        });
        scenario.publish(customerRegistered(email, "Opted Out"))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).hasSize(1));
    }

    @Test
    void textMessagesGoThroughTheSmsGateway() {
        var pickupCode = new Template("pickup-code", Channel.SMS, Category.TRANSACTIONAL);
        String phone = "+49151" + (1_000_000 + accountIds.incrementAndGet());

        notifications.tell("test:sms:" + phone, pickupCode, new Recipient(phone, "Sam"), Map.of("code", "4711"));

        await().untilAsserted(() -> assertThat(messagesTo(phone)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo(MessageStatus.SENT);
            assertThat(message.bodyText()).isEqualTo("Your Shop pick-up code is 4711.");
            assertThat(message.deliveredVia()).isEqualTo(LoggingSmsGateway.NAME);
        }));
    }

    @Test
    void textMessagesToInvalidNumbersAreRejected() {
        var pickupCode = new Template("pickup-code", Channel.SMS, Category.TRANSACTIONAL);
        String key = "test:sms:invalid:" + UUID.randomUUID();

        notifications.tell(key, pickupCode, new Recipient("0151 1234; drop table", "Sam"), Map.of("code", "1"));

        assertThat(outbox.search(MessageStatus.REJECTED, "drop table", 0, 10)).anySatisfy(message ->
                assertThat(message.lastError()).startsWith("Invalid phone number"));
    }

    private static CustomerRegistered customerRegistered(String email, String name) {
        return new CustomerRegistered(accountIds.incrementAndGet(), email, name, false, Instant.now());
    }

    private static String uniqueEmail() {
        return "mail-" + UUID.randomUUID() + "@example.com";
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients())
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Message> messagesTo(String recipient) {
        return outbox.search(null, recipient, 0, 100);
    }

    /** Completed publications are deleted, so what is left mentioning the text has not been handled yet. */
    private long unprocessedEventsFor(String text) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + text + "%").query(Long.class).single();
    }
}
