package org.tangier.messaging.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageView;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * Where a reply may go: it keeps the parent's handling code or a stricter one, and goes only to the agencies that
 * code allows (H1: the holders, and others the originating agency adds). A refused reply is audited as denied.
 */
@Service
class ReplyToMessage {

    private final MessageStore store;
    private final ReadMessage reading;
    private final AuditLog audit;

    ReplyToMessage(MessageStore store, ReadMessage reading, AuditLog audit) {
        this.store = store;
        this.reading = reading;
        this.audit = audit;
    }

    /** The message replied to, once the reply's handling code and recipients are allowed. */
    StoredMessage parent(Caller caller, UUID replyTo, HandlingCode handling, Set<String> recipients) {
        StoredMessage parent = store.find(replyTo, caller.agencyCode())
                .orElseThrow(() -> ProblemException.notFound("Message " + replyTo));
        if (!handling.atLeastAsStrictAs(parent.handlingCode())) {
            throw ProblemException.invalid("handlingCode", "messaging.reply-message-keeps-stricter-code", parent.handlingCode());
        }
        String originator = store.findAny(parent.threadId()).map(StoredMessage::sender).orElse(parent.sender());
        Set<String> holders = parent.holders();
        List<String> refused = recipients.stream()
                .filter(to -> !parent.handlingCode().allowsReply(caller.agencyCode(), originator, holders, to)).toList();
        if (!refused.isEmpty()) {
            audit.record(new AuditEvent("message.send", "message", parent.id().toString(), null, AuditEvent.Outcome.DENIED,
                    "reply to " + String.join(",", refused) + " refused by handling code " + parent.handlingCode()));
            throw ProblemException.of(403, parent.handlingCode() == HandlingCode.H1 ? "messaging.reply-refused-h1"
                    : "messaging.reply-refused", parent.handlingCode(), String.join(", ", holders), String.join(", ", refused));
        }
        return parent;
    }

    /** What a reply to {@code parentId} starts with: the other holders, the same handling code, "Re: subject". */
    @Transactional
    public MessageService.ReplyDefaults defaults(Caller caller, UUID parentId) {
        MessageView parent = reading.read(caller, parentId).orElseThrow(() -> ProblemException.notFound("Message " + parentId));
        Set<String> to = new TreeSet<>();
        to.add(parent.sender());
        parent.recipients().forEach(r -> to.add(r.agency()));
        to.remove(caller.agencyCode());
        String subject = parent.subject() == null ? "" : parent.subject().startsWith("Re: ") ? parent.subject()
                : "Re: " + parent.subject();
        return new MessageService.ReplyDefaults(parent.id(), to, subject, parent.handlingCode(), parent.priority());
    }
}
