package org.tangier.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;

/**
 * Messages in the database. Every query that lists messages is bound to one agency and returns only those it sent
 * or received: that is the access rule of messaging.
 */
@Repository
class MessageStore {

    /** The messages an agency holds: sent by it or addressed to it. */
    private static final String HELD_BY = "(m.sender_agency = :agency or exists (select 1 from message_recipient h"
            + " where h.message_id = m.id and h.agency = :agency))";

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredMessage m) {
        jdbc.sql("""
                insert into message (id, thread_id, parent_id, sender_agency, sender_user, sent_at, priority, handling_code,
                  platform_notice, subject_ct, body_ct, signature_key, signature)
                values (:id, :thread, :parent, :sender, :user, :at, :priority, :handling, :notice, :subject, :body, :sigKey, :sig)""")
                .param("id", m.id()).param("thread", m.threadId()).param("parent", m.parentId())
                .param("sender", m.sender()).param("user", m.senderUser()).param("at", Timestamp.from(m.sentAt()))
                .param("priority", m.priority().name()).param("handling", m.handlingCode().name())
                .param("notice", m.platformNotice()).param("subject", m.subjectCt()).param("body", m.bodyCt())
                .param("sigKey", m.signatureKey()).param("sig", m.signature()).update();
        for (MessageView.Receipt r : m.recipients()) {
            jdbc.sql("insert into message_recipient (message_id, agency) values (:id, :agency)")
                    .param("id", m.id()).param("agency", r.agency()).update();
        }
        for (MessageLink l : m.links()) {
            jdbc.sql("insert into message_link (message_id, kind, target_id) values (:id, :kind, :target)")
                    .param("id", m.id()).param("kind", l.kind().name()).param("target", l.id()).update();
        }
        for (StoredMessage.StoredAttachment a : m.attachments()) {
            jdbc.sql("""
                    insert into message_attachment (id, message_id, position, content_type, size_bytes, name_ct, content_ct)
                    values (:id, :message, :pos, :type, :size, :name, :content)""")
                    .param("id", a.id()).param("message", m.id()).param("pos", a.position()).param("type", a.contentType())
                    .param("size", a.size()).param("name", a.nameCt()).param("content", a.contentCt()).update();
        }
    }

    /** The whole message if {@code agency} holds it. */
    Optional<StoredMessage> find(UUID id, String agency) {
        Optional<StoredMessage> head = jdbc.sql("select m.* from message m where m.id = :id and " + HELD_BY)
                .param("id", id).param("agency", agency).query(this::head).optional();
        return head.map(this::complete);
    }

    /** The message, whoever holds it: for the platform's own checks. */
    Optional<StoredMessage> findAny(UUID id) {
        return jdbc.sql("select m.* from message m where m.id = :id").param("id", id).query(this::head).optional()
                .map(this::complete);
    }

    private StoredMessage complete(StoredMessage m) {
        List<MessageView.Receipt> recipients = receipts(List.of(m.id())).getOrDefault(m.id(), List.of());
        List<MessageLink> links = jdbc.sql("select kind, target_id from message_link where message_id = :id order by kind, target_id")
                .param("id", m.id())
                .query((rs, n) -> new MessageLink(MessageLink.Kind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
                .list();
        List<StoredMessage.StoredAttachment> attachments = jdbc.sql("""
                select id, position, content_type, size_bytes, name_ct, content_ct from message_attachment
                where message_id = :id order by position""").param("id", m.id())
                .query((rs, n) -> new StoredMessage.StoredAttachment(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getString(3), rs.getLong(4), rs.getBytes(5), rs.getBytes(6)))
                .list();
        return new StoredMessage(m.id(), m.threadId(), m.parentId(), m.sender(), m.senderUser(), m.sentAt(), m.priority(),
                m.handlingCode(), m.platformNotice(), m.subjectCt(), m.bodyCt(), m.signatureKey(), m.signature(),
                recipients, links, attachments);
    }

    /** Headers (no attachments, no links) of the messages addressed to the agency, newest first. */
    List<StoredMessage> inbox(String agency, int limit, int offset) {
        return withReceipts(jdbc.sql("""
                select m.* from message m join message_recipient r on r.message_id = m.id and r.agency = :agency
                order by m.sent_at desc, m.id limit :limit offset :offset""")
                .param("agency", agency).param("limit", limit).param("offset", offset).query(this::head).list());
    }

    List<StoredMessage> sent(String agency, int limit, int offset) {
        return withReceipts(jdbc.sql("""
                select m.* from message m where m.sender_agency = :agency
                order by m.sent_at desc, m.id limit :limit offset :offset""")
                .param("agency", agency).param("limit", limit).param("offset", offset).query(this::head).list());
    }

    /** Headers of the agency's messages (sent or received) matching the SQL-side filters, newest first. */
    List<StoredMessage> held(String agency, String sender, Priority priority, Instant from, Instant to,
            org.tangier.crimeareas.CrimeArea crimeArea, int limit) {
        StringBuilder sql = new StringBuilder("select m.* from message m where " + HELD_BY);
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        if (sender != null) {
            sql.append(" and m.sender_agency = :sender");
            params.put("sender", sender);
        }
        if (priority != null) {
            sql.append(" and m.priority = :priority");
            params.put("priority", priority.name());
        }
        if (from != null) {
            sql.append(" and m.sent_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and m.sent_at < :to");
            params.put("to", Timestamp.from(to));
        }
        if (crimeArea != null) {
            sql.append(" and ").append(org.tangier.crimeareas.CrimeAreas.sqlBearing(
                    org.tangier.crimeareas.Carrier.MESSAGE, "m.id"));
            params.put("crimeArea", crimeArea.id());
        }
        sql.append(" order by m.sent_at desc, m.id limit :limit");
        params.put("limit", limit);
        return withReceipts(jdbc.sql(sql.toString()).params(params).query(this::head).list());
    }

    /** The ids of the thread's messages the agency holds, oldest first. */
    List<UUID> thread(UUID threadId, String agency) {
        return jdbc.sql("select m.id from message m where m.thread_id = :thread and " + HELD_BY + " order by m.sent_at, m.id")
                .param("thread", threadId).param("agency", agency).query(UUID.class).list();
    }

    int markDelivered(Collection<UUID> ids, String agency, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update message_recipient set delivered_at = :at where agency = :agency and delivered_at is null"
                        + " and message_id in (:ids)")
                .param("at", Timestamp.from(at)).param("agency", agency).param("ids", ids).update();
    }

    /** Records the first read by a user of a recipient agency (and delivery, if not yet); false when already read. */
    boolean markRead(UUID id, String agency, Instant at, String user) {
        jdbc.sql("update message_recipient set delivered_at = :at where message_id = :id and agency = :agency and delivered_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("agency", agency).update();
        return jdbc.sql("update message_recipient set read_at = :at, read_by = :user where message_id = :id and agency = :agency"
                        + " and read_at is null")
                .param("at", Timestamp.from(at)).param("user", user).param("id", id).param("agency", agency).update() > 0;
    }

    int unread(String agency) {
        return jdbc.sql("select count(*) from message_recipient where agency = :agency and read_at is null")
                .param("agency", agency).query(Integer.class).single();
    }

    private List<StoredMessage> withReceipts(List<StoredMessage> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<UUID, List<MessageView.Receipt>> receipts = receipts(heads.stream().map(StoredMessage::id).toList());
        Map<UUID, Integer> attachments = new HashMap<>();
        jdbc.sql("select message_id, count(*) from message_attachment where message_id in (:ids) group by message_id")
                .param("ids", heads.stream().map(StoredMessage::id).toList())
                .query(rs -> {
                    attachments.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return heads.stream().map(m -> new StoredMessage(m.id(), m.threadId(), m.parentId(), m.sender(), m.senderUser(),
                m.sentAt(), m.priority(), m.handlingCode(), m.platformNotice(), m.subjectCt(), m.bodyCt(), m.signatureKey(),
                m.signature(), receipts.getOrDefault(m.id(), List.of()), List.of(),
                placeholders(attachments.getOrDefault(m.id(), 0)))).toList();
    }

    /** Stand-ins that carry only the count, for lists. */
    private static List<StoredMessage.StoredAttachment> placeholders(int count) {
        List<StoredMessage.StoredAttachment> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new StoredMessage.StoredAttachment(null, i, "", 0, new byte[0], new byte[0]));
        }
        return list;
    }

    private Map<UUID, List<MessageView.Receipt>> receipts(List<UUID> ids) {
        Map<UUID, List<MessageView.Receipt>> receipts = new HashMap<>();
        jdbc.sql("select message_id, agency, delivered_at, read_at, read_by from message_recipient where message_id in (:ids)"
                        + " order by agency")
                .param("ids", ids)
                .query(rs -> {
                    receipts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new MessageView.Receipt(rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getString(5)));
                });
        return receipts;
    }

    private StoredMessage head(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class),
                rs.getObject("parent_id", UUID.class), rs.getString("sender_agency"), rs.getString("sender_user"),
                rs.getTimestamp("sent_at").toInstant(), Priority.valueOf(rs.getString("priority")),
                HandlingCode.valueOf(rs.getString("handling_code")), rs.getBoolean("platform_notice"),
                rs.getBytes("subject_ct"), rs.getBytes("body_ct"), rs.getString("signature_key"), rs.getString("signature"),
                List.of(), List.of(), List.of());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
