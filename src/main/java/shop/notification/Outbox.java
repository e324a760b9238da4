package shop.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The messages the shop has to send or has sent, in the {@code notification} schema. */
@Repository
public class Outbox {

    private static final String COLUMNS = """
            id, dedup_key, channel, template, category, recipient, recipient_name, subject, body_text, body_html,
            status, attempts, last_error, next_attempt_at, delivered_via, created_at, sent_at""";
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a message unless one with its key exists; says whether it did. */
    boolean record(String dedupKey, Template template, Recipient recipient, RenderedMessage rendered,
            MessageStatus status, String reason) {
        return jdbc.sql("""
                        insert into notification.message (dedup_key, channel, template, category, recipient, recipient_name,
                            subject, body_text, body_html, status, last_error, next_attempt_at)
                        values (:dedupKey, :channel, :template, :category, :recipient, :recipientName,
                            :subject, :bodyText, :bodyHtml, :status, :reason, case when :status = 'PENDING' then now() end)
                        on conflict (dedup_key) do nothing
                        """)
                .param("dedupKey", dedupKey)
                .param("channel", template.channel().name())
                .param("template", template.name())
                .param("category", template.category().name())
                .param("recipient", recipient.address())
                .param("recipientName", recipient.name())
                .param("subject", rendered.subject())
                .param("bodyText", rendered.text())
                .param("bodyHtml", rendered.html())
                .param("status", status.name())
                .param("reason", reason)
                .update() == 1;
    }

    /** Pending messages whose next attempt is due, oldest first. */
    List<Message> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification.message
                        where status = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at, id
                        limit ?
                        """)
                .params(Timestamp.from(now), limit)
                .query(Outbox::message)
                .list();
    }

    void markSent(long id, String deliveredVia) {
        jdbc.sql("""
                        update notification.message
                           set status = 'SENT', attempts = attempts + 1, delivered_via = ?, sent_at = now(),
                               next_attempt_at = null, last_error = null
                         where id = ? and status = 'PENDING'
                        """)
                .params(deliveredVia, id).update();
    }

    void scheduleRetry(long id, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                        update notification.message
                           set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                         where id = ? and status = 'PENDING'
                        """)
                .params(truncate(error), Timestamp.from(nextAttemptAt), id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("""
                        update notification.message
                           set status = 'FAILED', attempts = attempts + 1, last_error = ?, next_attempt_at = null
                         where id = ? and status = 'PENDING'
                        """)
                .params(truncate(error), id).update();
    }

    /** Queues a copy of a message to be sent again; the original keeps its history. */
    @Transactional
    public Optional<Long> resend(long id) {
        return jdbc.sql("""
                        insert into notification.message (dedup_key, channel, template, category, recipient, recipient_name,
                            subject, body_text, body_html, status, next_attempt_at)
                        select dedup_key || '#resend:' || ?, channel, template, category, recipient, recipient_name,
                               subject, body_text, body_html, 'PENDING', now()
                          from notification.message
                         where id = ? and status <> 'REJECTED'
                        returning id
                        """)
                .params(UUID.randomUUID().toString(), id)
                .query(Long.class)
                .optional();
    }

    public Optional<Message> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification.message where id = ?")
                .param(id).query(Outbox::message).optional();
    }

    /** A page of messages, newest first, optionally of one status and with the recipient containing a text. */
    public List<Message> search(MessageStatus status, String recipientContains, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification.message" + where(status, recipientContains)
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .params(filter(status, recipientContains))
                .param("offset", offset)
                .param("limit", limit)
                .query(Outbox::message)
                .list();
    }

    public long count(MessageStatus status, String recipientContains) {
        return jdbc.sql("select count(*) from notification.message" + where(status, recipientContains))
                .params(filter(status, recipientContains))
                .query(Long.class).single();
    }

    public Map<MessageStatus, Long> countByStatus() {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from notification.message group by status")
                .query((rs, row) -> Map.entry(MessageStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    /** What anonymised messages show instead of the recipient, and why a waiting one was not sent. */
    static final String ERASED_RECIPIENT = "(deleted customer)";
    static final String ERASED_NOT_SENT = "Not sent: the recipient deleted their account";

    /**
     * Removes a recipient from every message recorded for them: the address and name, the subject and both
     * bodies (which greet them by name and may quote their data) and any error text (which may quote the
     * address). A message still waiting is not sent any more. Channel, template, status, attempts and
     * times stay, so the admins' counts remain true. Running it again changes nothing; says how many
     * messages it changed.
     */
    int anonymiseRecipient(String address) {
        return jdbc.sql("""
                        update notification.message
                           set recipient = :erased, recipient_name = null,
                               subject = case when subject is null then null else :erased end,
                               body_text = '', body_html = null,
                               last_error = case when status = 'PENDING' then :notSent
                                                 when last_error is null then null else :erased end,
                               status = case when status = 'PENDING' then 'SKIPPED' else status end,
                               next_attempt_at = null
                         where lower(recipient) = lower(:address)
                        """)
                .param("erased", ERASED_RECIPIENT)
                .param("notSent", ERASED_NOT_SENT)
                .param("address", address)
                .update();
    }

    private static String where(MessageStatus status, String recipientContains) {
        StringBuilder where = new StringBuilder(" where true");
        if (status != null) {
            where.append(" and status = :status");
        }
        if (recipientContains != null && !recipientContains.isBlank()) {
            where.append(" and strpos(lower(recipient), lower(:recipient)) > 0");
        }
        return where.toString();
    }

    private static Map<String, Object> filter(MessageStatus status, String recipientContains) {
        return Map.of("status", status == null ? "" : status.name(),
                "recipient", recipientContains == null ? "" : recipientContains.strip());
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("dedup_key"), Channel.valueOf(rs.getString("channel")),
                rs.getString("template"), Category.valueOf(rs.getString("category")), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("delivered_via"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
