package org.tangier.messaging.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.LiveMessage;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;

/**
 * An agency's lists of messages: the inbox (listing it receipts delivery), what it sent, the urgent ones for the live
 * board, and search over its own messages. Every list is audited with how many it showed.
 */
@Service
class MessageInbox {

    /** Search decrypts subjects in memory: over the agency's most recent messages that pass the SQL filters. */
    static final int SEARCH_WINDOW = 2000;

    private final MessageStore store;
    private final MessageSeal seal;
    private final AuditLog audit;

    MessageInbox(MessageStore store, MessageSeal seal, AuditLog audit) {
        this.store = store;
        this.seal = seal;
        this.audit = audit;
    }

    @Transactional
    public List<MessageSummary> inbox(Caller caller, int limit, int offset) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        List<StoredMessage> found = store.inbox(caller.agencyCode(), clamp(limit), Math.max(0, offset));
        store.markDelivered(found.stream().map(StoredMessage::id).toList(), caller.agencyCode(), seal.now());
        audit.record(AuditEvent.success("message.list", "message", null).withDetail("inbox, " + found.size() + " shown"));
        return found.stream().map(m -> seal.summary(m, caller.agencyCode())).toList();
    }

    @Transactional
    public List<LiveMessage> recentUrgent(Caller caller, int limit) {
        return inbox(caller, 200, 0).stream().filter(m -> m.priority() != Priority.ROUTINE && m.integrity())
                .limit(Math.max(1, limit))
                .map(m -> new LiveMessage(m.id(), m.threadId(), m.sender(), m.priority(), m.subject(), m.sentAt()))
                .toList();
    }

    public List<MessageSummary> sent(Caller caller, int limit, int offset) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        List<StoredMessage> found = store.sent(caller.agencyCode(), clamp(limit), Math.max(0, offset));
        audit.record(AuditEvent.success("message.list", "message", null).withDetail("sent, " + found.size() + " shown"));
        return found.stream().map(m -> seal.summary(m, caller.agencyCode())).toList();
    }

    /**
     * Search over the agency's own messages: sender, priority and sent date filter in SQL; the text matches the
     * decrypted subject, in memory, over the {@value #SEARCH_WINDOW} most recent messages that pass the filters.
     * Bodies are not searched (docs/messaging.md, "Search").
     */
    @Transactional
    public List<MessageSummary> search(Caller caller, String text, String sender, Priority priority, Instant from,
            Instant to, org.tangier.crimeareas.CrimeArea crimeArea, int limit) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        String needle = text == null || text.isBlank() ? null : fold(text);
        String senderCode = sender == null || sender.isBlank() ? null : sender.trim().toUpperCase(Locale.ROOT);
        List<MessageSummary> hits = new ArrayList<>();
        for (StoredMessage m : store.held(caller.agencyCode(), senderCode, priority, from, to, crimeArea, SEARCH_WINDOW)) {
            MessageSummary s = seal.summary(m, caller.agencyCode());
            if (needle == null || (s.subject() != null && fold(s.subject()).contains(needle))) {
                hits.add(s);
                if (hits.size() >= clamp(limit)) {
                    break;
                }
            }
        }
        audit.record(AuditEvent.success("message.search", "message", null).withDetail(hits.size() + " found"));
        return hits;
    }

    int unread(Caller caller) {
        return store.unread(caller.agencyCode());
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
