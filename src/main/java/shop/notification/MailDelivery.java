package shop.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail over SMTP when {@code spring.mail.host} is configured. Without it the shop has no mail server:
 * the message stays readable in the back office only, which is what a developer running the jar wants.
 */
@Component
class MailDelivery implements Delivery {

    static final String MAILBOX_ONLY = "Back office only (no SMTP server configured)";

    private final ObjectProvider<JavaMailSender> smtp;
    private final NotificationSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> smtp, NotificationSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public String deliver(Message message) throws Exception {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return MAILBOX_ONLY;
        }
        MimeMessage mime = sender.createMimeMessage();
        var mail = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        mail.setFrom(new InternetAddress(settings.mailFrom(), true));
        mail.setTo(new InternetAddress(message.recipient(), blankToNull(message.recipientName()),
                StandardCharsets.UTF_8.name()));
        mail.setSubject(message.subject());
        mail.setText(message.bodyText(), message.bodyHtml());
        mime.setHeader("X-Shop-Message", message.dedupKey().replaceAll("[\\r\\n]", ""));
        sender.send(mime);
        return "SMTP";
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name;
    }
}
