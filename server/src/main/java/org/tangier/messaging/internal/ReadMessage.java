package org.tangier.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.MessageView;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * An officer or analyst reads a message, a thread or an attachment the agency holds (sent or received): reading
 * receipts it for a recipient, every read is audited, a message that fails its integrity check is shown as such and
 * audited as a failure, and a changed attachment is never served.
 */
@Service
class ReadMessage {

    private final MessageStore store;
    private final MessageSeal seal;
    private final AuditLog audit;

    ReadMessage(MessageStore store, MessageSeal seal, AuditLog audit) {
        this.store = store;
        this.seal = seal;
        this.audit = audit;
    }

    @Transactional
    public Optional<MessageView> read(Caller caller, UUID id) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        Optional<StoredMessage> found = store.find(id, caller.agencyCode());
        if (found.isEmpty()) {
            audit.record(new AuditEvent("message.read", "message", id.toString(), null, AuditEvent.Outcome.DENIED,
                    "not held by the caller's agency or does not exist"));
            return Optional.empty();
        }
        StoredMessage message = found.get();
        if (message.recipientCodes().contains(caller.agencyCode())) {
            if (store.markRead(id, caller.agencyCode(), seal.now(), caller.name())) {
                message = store.find(id, caller.agencyCode()).orElseThrow();
            }
        }
        MessageView view = seal.view(message, caller.agencyCode());
        audit.record(view.integrity()
                ? AuditEvent.success("message.read", "message", id.toString())
                : new AuditEvent("message.read", "message", id.toString(), null, AuditEvent.Outcome.FAILURE,
                        "integrity check failed: the stored message does not match its signature"));
        return Optional.of(view);
    }

    /** The messages of a thread the caller's agency holds, oldest first; each is read (and receipted) in turn. */
    @Transactional
    public List<MessageView> thread(Caller caller, UUID threadId) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        List<UUID> ids = store.thread(threadId, caller.agencyCode());
        if (ids.isEmpty()) {
            throw ProblemException.of(404, "messaging.not-found.thread", threadId);
        }
        List<MessageView> views = new ArrayList<>();
        for (UUID id : ids) {
            read(caller, id).ifPresent(views::add);
        }
        return views;
    }

    /** The thread of a message the caller's agency holds. */
    @Transactional
    public UUID threadOf(Caller caller, UUID id) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        return store.find(id, caller.agencyCode()).map(StoredMessage::threadId)
                .orElseThrow(() -> ProblemException.notFound("Message " + id));
    }

    /** An attachment of a message the caller's agency holds; refused content is never served. */
    @Transactional
    public MessageService.Download attachment(Caller caller, UUID messageId, UUID attachmentId) {
        MessagingRoles.require(caller, MessagingRoles.READERS);
        StoredMessage message = store.find(messageId, caller.agencyCode())
                .orElseThrow(() -> ProblemException.notFound("Message " + messageId));
        StoredMessage.StoredAttachment a = message.attachments().stream().filter(x -> x.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId));
        boolean signed = seal.intact(message);
        Optional<byte[]> content = seal.content(messageId, a);
        String name = seal.name(messageId, a).orElse("attachment");
        if (!signed || content.isEmpty()) {
            audit.record(new AuditEvent("message.attachment.read", "message", messageId.toString(), null,
                    AuditEvent.Outcome.FAILURE, "integrity check failed on attachment " + attachmentId));
            throw ProblemException.of(409, "messaging.attachment-message-was-changed-storage");
        }
        audit.record(AuditEvent.success("message.attachment.read", "message", messageId.toString())
                .withDetail("attachment " + attachmentId));
        return new MessageService.Download(name, a.contentType(), content.get());
    }
}
