package shop.operations;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The event publication registry as operators see it: what is still waiting for a listener, and the
 * retry of failed deliveries. A listener that failed (its module's storage was down, the process died
 * mid-way and the staleness monitor marked it) gets the event again here, so nothing is lost.
 * <p>
 * Everything goes through Spring Modulith's own API, never its table: the registry's layout stays Modulith's
 * business. Its one read of waiting publications loads every one of them (their rows, not their events: an
 * event is only deserialised for the few shown); with completed publications deleted, that is the backlog of
 * listeners that are behind or failing, small unless a module has been down for a long while.
 */
@Service
class EventPublications {

    private final EventPublicationRegistry registry;
    private final FailedEventPublications failed;
    private final EventSettings settings;

    EventPublications(EventPublicationRegistry registry, FailedEventPublications failed, EventSettings settings) {
        this.registry = registry;
        this.failed = failed;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${shop.events.resubmit-every:1m}", initialDelayString = "${shop.events.resubmit-every:1m}")
    @SchedulerLock(name = "resubmit-failed-event-publications")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(settings.resubmitMinAge()));
    }

    /** Retries every failed delivery now, whatever its age (an admin asked for it). */
    void resubmitAllFailedNow() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));
    }

    /** How many deliveries are waiting for a listener, and the {@code shown} oldest of them. */
    Backlog backlog(int shown) {
        Collection<TargetEventPublication> incomplete = registry.findIncompletePublications();
        return new Backlog(incomplete.size(), incomplete.stream()
                .sorted(Comparator.comparing(EventPublication::getPublicationDate))
                .limit(shown)
                .map(Waiting::of)
                .toList());
    }

    /** What waits in the registry: the count, and the oldest deliveries. */
    record Backlog(long count, List<Waiting> oldest) {
    }

    /** An event still waiting for one listener. */
    record Waiting(String event, String listener, OffsetDateTime publishedAt, String status, int attempts) {

        static Waiting of(TargetEventPublication publication) {
            return new Waiting(publication.getEvent().getClass().getSimpleName(),
                    listenerName(publication.getTargetIdentifier().getValue()),
                    publication.getPublicationDate().atOffset(ZoneOffset.UTC),
                    publication.getStatus().name(), publication.getCompletionAttempts());
        }
    }

    /** Listener ids look like {@code shop.notification.AccountEventsListener.on(shop.user.events.CustomerRegistered)}. */
    private static String listenerName(String id) {
        String method = id.contains("(") ? id.substring(0, id.indexOf('(')) : id;
        String[] parts = method.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 3] + " · " + parts[parts.length - 2] : method;
    }
}
