package shop.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;

/**
 * For full-application tests of other modules: sends what the notification module has recorded, over the
 * shared context's test SMTP server ({@code testsupport.TestMailServer}), and reads what that server received.
 */
public final class MailRoom {

    private final Dispatcher dispatcher;
    private final GreenMail smtp;

    private MailRoom(ApplicationContext context) {
        this.dispatcher = context.getBean(Dispatcher.class);
        this.smtp = context.getBean(GreenMail.class);
    }

    public static MailRoom of(ApplicationContext context) {
        return new MailRoom(context);
    }

    /** The mails the SMTP server received for {@code recipient}, waiting until at least one has arrived. */
    public List<MimeMessage> receivedBy(String recipient) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.dispatchDue();
            return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> isFor(mail, recipient)).toList();
        }, mails -> !mails.isEmpty());
    }

    private static boolean isFor(MimeMessage mail, String recipient) {
        try {
            return mail.getRecipients(RecipientType.TO) != null && Arrays.stream(mail.getRecipients(RecipientType.TO))
                    .anyMatch(address -> address.toString().toLowerCase().contains(recipient.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }
}
