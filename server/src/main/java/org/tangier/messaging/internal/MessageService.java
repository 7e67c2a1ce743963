package org.tangier.messaging.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.LiveMessage;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/**
 * Messaging as the other parts and the web layer use it: one entry that hands each request to its use case —
 * {@link SendMessage}, {@link ReplyToMessage}, {@link ReadMessage}, {@link MessageInbox}. The rules live there.
 */
@Service
class MessageService implements Messaging {

    static final Set<Role> READERS = MessagingRoles.READERS;

    private final SendMessage sending;
    private final ReplyToMessage replies;
    private final ReadMessage reading;
    private final MessageInbox inbox;

    MessageService(SendMessage sending, ReplyToMessage replies, ReadMessage reading, MessageInbox inbox) {
        this.sending = sending;
        this.replies = replies;
        this.reading = reading;
        this.inbox = inbox;
    }

    @Override
    public MessageView send(Caller caller, MessageDraft draft) {
        return sending.send(caller, draft);
    }

    @Override
    public UUID sendPlatformNotice(String onBehalfOf, String origin, Set<String> recipients, Priority priority,
            String subject, String body, List<MessageLink> links) {
        return sending.sendPlatformNotice(onBehalfOf, origin, recipients, priority, subject, body, links);
    }

    @Override
    public Optional<MessageView> read(Caller caller, UUID id) {
        return reading.read(caller, id);
    }

    public List<MessageView> thread(Caller caller, UUID threadId) {
        return reading.thread(caller, threadId);
    }

    public UUID threadOf(Caller caller, UUID id) {
        return reading.threadOf(caller, id);
    }

    public Download attachment(Caller caller, UUID messageId, UUID attachmentId) {
        return reading.attachment(caller, messageId, attachmentId);
    }

    public ReplyDefaults replyDefaults(Caller caller, UUID parentId) {
        return replies.defaults(caller, parentId);
    }

    public List<MessageSummary> inbox(Caller caller, int limit, int offset) {
        return inbox.inbox(caller, limit, offset);
    }

    @Override
    public List<LiveMessage> recentUrgent(Caller caller, int limit) {
        return inbox.recentUrgent(caller, limit);
    }

    public List<MessageSummary> sent(Caller caller, int limit, int offset) {
        return inbox.sent(caller, limit, offset);
    }

    public List<MessageSummary> search(Caller caller, String text, String sender, Priority priority, Instant from,
            Instant to, int limit) {
        return search(caller, text, sender, priority, from, to, null, limit);
    }

    /** The search, also by crime area (null: any). */
    public List<MessageSummary> search(Caller caller, String text, String sender, Priority priority, Instant from,
            Instant to, org.tangier.crimeareas.CrimeArea crimeArea, int limit) {
        return inbox.search(caller, text, sender, priority, from, to, crimeArea, limit);
    }

    int unread(Caller caller) {
        return inbox.unread(caller);
    }

    /** An attachment as served: its cleaned name, its detected type and its decrypted content. */
    record Download(String filename, String contentType, byte[] content) {
    }

    /** What a reply form starts with. */
    record ReplyDefaults(UUID replyTo, Set<String> recipients, String subject, HandlingCode handlingCode, Priority priority) {
    }
}
