package shop.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code users.audit_entry}: who did what to which account, when. Entries are written only inside the
 * transaction of the change they describe, so there is never a change without its entry or the reverse.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the log; {@code actorId} and {@code targetId} may name accounts that no longer exist. */
    public record Entry(long id, Instant occurredAt, Long actorId, String actorEmail, String action, Long targetId,
            String targetEmail, String details) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Account actor, AuditAction action, Long targetId, String targetEmail, String details) {
        jdbc.sql("""
                        insert into users.audit_entry (actor_id, actor_email, action, target_id, target_email, details)
                        values (:actorId, :actorEmail, :action, :targetId, :targetEmail, :details)""")
                .param("actorId", actor.id())
                .param("actorEmail", actor.email())
                .param("action", action.code())
                .param("targetId", targetId)
                .param("targetEmail", targetEmail)
                .param("details", details == null ? "" : details)
                .update();
    }

    /** Newest first; only entries about {@code targetId} when it is not null. */
    public List<Entry> newest(Long targetId, long offset, int limit) {
        var query = jdbc.sql("""
                        select id, occurred_at, actor_id, actor_email, action, target_id, target_email, details
                        from users.audit_entry
                        where %s
                        order by occurred_at desc, id desc
                        limit :limit offset :offset""".formatted(targetId == null ? "true" : "target_id = :target"));
        if (targetId != null) {
            query = query.param("target", targetId);
        }
        return query
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditLog::entry)
                .list();
    }

    public long count(Long targetId) {
        return targetId == null
                ? jdbc.sql("select count(*) from users.audit_entry").query(Long.class).single()
                : jdbc.sql("select count(*) from users.audit_entry where target_id = ?").param(targetId).query(Long.class).single();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_email"), rs.getString("action"), rs.getObject("target_id", Long.class),
                rs.getString("target_email"), rs.getString("details"));
    }
}
