package shop;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The event publication registry as operators see it: what is still waiting for a listener, and the
 * retry of failed deliveries. A listener that failed (its module's storage was down, the process died
 * mid-way and the staleness monitor marked it) gets the event again here, so nothing is lost.
 */
@Service
class EventPublications {

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final EventSettings settings;

    EventPublications(JdbcClient jdbc, FailedEventPublications failed, EventSettings settings) {
        this.jdbc = jdbc;
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

    long countIncomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    List<Waiting> oldestIncomplete(int limit) {
        return jdbc.sql("""
                        select event_type, listener_id, publication_date, coalesce(status, 'PUBLISHED') as status,
                               coalesce(completion_attempts, 0) as attempts
                        from event_publication
                        where completion_date is null
                        order by publication_date
                        limit ?
                        """)
                .param(limit)
                .query((rs, row) -> new Waiting(simpleName(rs.getString("event_type")),
                        listenerName(rs.getString("listener_id")), rs.getTimestamp("publication_date").toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString("status"), rs.getInt("attempts")))
                .list();
    }

    /** An event still waiting for one listener. */
    record Waiting(String event, String listener, OffsetDateTime publishedAt, String status, int attempts) {
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Listener ids look like {@code shop.notification.AccountEventsListener.on(shop.user.events.CustomerRegistered)}. */
    private static String listenerName(String id) {
        String method = id.contains("(") ? id.substring(0, id.indexOf('(')) : id;
        String[] parts = method.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 3] + " · " + parts[parts.length - 2] : method;
    }
}
