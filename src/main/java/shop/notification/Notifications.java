package shop.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's use case: given a fact worth telling someone, record the message to send, or why it will
 * not be sent. Sending is the {@link Dispatcher}'s job, after this transaction commits.
 */
@Service
class Notifications {

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Preferences preferences;

    Notifications(Outbox outbox, MessageTemplates templates, Preferences preferences) {
        this.outbox = outbox;
        this.templates = templates;
        this.preferences = preferences;
    }

    /**
     * Records {@code template} for {@code recipient} once per {@code dedupKey}, the identity of the event
     * being reported: a redelivered event records nothing new.
     */
    @Transactional
    boolean tell(String dedupKey, Template template, Recipient recipient, Map<String, Object> values) {
        if (!preferences.allows(recipient.address(), template.category())) {
            return outbox.record(dedupKey, template, recipient, new RenderedMessage(null, "", null),
                    MessageStatus.SKIPPED, "Recipient has not opted in to " + template.category().name().toLowerCase(Locale.ROOT) + " messages");
        }
        RenderedMessage rendered = templates.render(template, recipient, values, Locale.ENGLISH);
        var problem = recipient.problemFor(template.channel());
        return problem.isPresent()
                ? outbox.record(dedupKey, template, recipient, rendered, MessageStatus.REJECTED, problem.get())
                : outbox.record(dedupKey, template, recipient, rendered, MessageStatus.PENDING, null);
    }
}
