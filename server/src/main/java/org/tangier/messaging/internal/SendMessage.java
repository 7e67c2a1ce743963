package org.tangier.messaging.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageSent;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * An officer sends a message to other agencies, or replies within a thread as its handling code allows
 * ({@link ReplyToMessage}); the platform sends a notice on behalf of an agency. Every send is sealed, audited and
 * announced as {@link MessageSent}.
 */
@Service
class SendMessage {

    private final MessageStore store;
    private final MessageSeal seal;
    private final MessageDraftRules rules;
    private final AttachmentUploads uploads;
    private final ReplyToMessage replies;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SendMessage(MessageStore store, MessageSeal seal, MessageDraftRules rules, AttachmentUploads uploads,
            ReplyToMessage replies, AgencyDirectory agencies, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.seal = seal;
        this.rules = rules;
        this.uploads = uploads;
        this.replies = replies;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public MessageView send(Caller caller, MessageDraft draft) {
        MessagingRoles.require(caller, MessagingRoles.SENDERS);
        if (draft.priority() == null) {
            throw ProblemException.invalid("priority", "messaging.required-routine-urgent-flash");
        }
        if (draft.handlingCode() == null) {
            throw ProblemException.invalid("handlingCode", "messaging.required-h1-h2-h3-see");
        }
        Set<String> recipients = rules.recipients(draft.recipients(), caller.agencyCode(), false);
        UUID parentId = null;
        UUID threadId = null;
        if (draft.replyTo() != null) {
            StoredMessage parent = replies.parent(caller, draft.replyTo(), draft.handlingCode(), recipients);
            parentId = parent.id();
            threadId = parent.threadId();
        }
        String subject = MessageDraftRules.subject(draft.subject());
        String body = MessageDraftRules.body(draft.body());
        List<MessageLink> links = MessageDraftRules.links(draft.links());
        UUID id = UUID.randomUUID();
        StoredMessage stored = seal.seal(id, threadId, parentId, caller.agencyCode(), caller.name(), draft.priority(),
                draft.handlingCode(), false, recipients, subject, body, links, uploads.seal(id, draft.attachments()));
        store.insert(stored);
        audit.record(AuditEvent.success("message.send", "message", stored.id().toString())
                .withDetail(stored.priority() + " " + stored.handlingCode() + " to " + String.join(",", recipients)
                        + (parentId == null ? "" : " in reply to " + parentId)));
        publish(stored);
        return seal.view(stored, caller.agencyCode());
    }

    @Transactional
    public UUID sendPlatformNotice(String onBehalfOf, String origin, Set<String> recipients, Priority priority,
            String subject, String body, List<MessageLink> links) {
        // a platform notice never fails its cause (a flagged hit): agencies no longer active are left out
        Set<String> active = recipients.stream().filter(agencies::isActive).collect(Collectors.toSet());
        if (active.isEmpty() || !agencies.isActive(onBehalfOf)) {
            return null;
        }
        Set<String> to = rules.recipients(active, onBehalfOf, true);
        StoredMessage stored = seal.seal(UUID.randomUUID(), null, null, onBehalfOf, "tangier: " + origin, priority,
                HandlingCode.H3, true, to, MessageDraftRules.subject(subject), MessageDraftRules.body(body),
                MessageDraftRules.links(links), List.of());
        store.insert(stored);
        audit.record(AuditActor.system(), AuditEvent.success("message.send", "message",
                stored.id().toString()).withDetail("platform notice (" + origin + ") to " + String.join(",", to)));
        publish(stored);
        return stored.id();
    }

    private void publish(StoredMessage m) {
        events.publishEvent(new MessageSent(m.id(), m.threadId(), m.sender(), m.recipientCodes(), m.priority(),
                m.handlingCode(), m.links(), m.sentAt()));
    }
}
