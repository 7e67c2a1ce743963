package org.tangier.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;

/**
 * What is encrypted and signed, and how a stored message is opened: subject, body and attachments are encrypted
 * under a context naming the message and field, the whole message is signed, and a message that fails either check
 * is shown as not intact, never silently. A viewer sees receipts as {@link #receipts} allows.
 */
@Component
class MessageSeal {

    private final MessageCrypto crypto;
    private final Clock clock;

    MessageSeal(MessageCrypto crypto, Clock clock) {
        this.crypto = crypto;
        this.clock = clock;
    }

    /** A new message, encrypted and signed, its attachments already sealed by {@link AttachmentUploads}. */
    StoredMessage seal(UUID id, UUID threadId, UUID parentId, String sender, String senderUser, Priority priority,
            HandlingCode handling, boolean notice, Set<String> recipients, String subject, String body,
            List<MessageLink> links, List<StoredMessage.StoredAttachment> attachments) {
        List<MessageView.Receipt> receipts = recipients.stream().map(a -> new MessageView.Receipt(a, null, null, null)).toList();
        StoredMessage unsigned = new StoredMessage(id, threadId == null ? id : threadId, parentId, sender, senderUser,
                now(), priority, handling, notice, crypto.encrypt(subject, messageContext(id, "subject")),
                crypto.encrypt(body, messageContext(id, "body")), "", "", receipts, links, attachments);
        MessageCrypto.Signature signature = crypto.sign(unsigned.canonical());
        return new StoredMessage(unsigned.id(), unsigned.threadId(), parentId, sender, senderUser, unsigned.sentAt(),
                priority, handling, notice, unsigned.subjectCt(), unsigned.bodyCt(), signature.keyId(), signature.value(),
                receipts, links, attachments);
    }

    /** The message as {@code viewer} sees it, with whether it passed the signature and decryption checks. */
    MessageView view(StoredMessage m, String viewer) {
        boolean signed = intact(m);
        Optional<String> subject = crypto.decryptText(m.subjectCt(), messageContext(m.id(), "subject"));
        Optional<String> body = crypto.decryptText(m.bodyCt(), messageContext(m.id(), "body"));
        List<MessageView.AttachmentInfo> attachments = new ArrayList<>();
        boolean intact = signed && subject.isPresent() && body.isPresent();
        for (StoredMessage.StoredAttachment a : m.attachments()) {
            Optional<String> name = crypto.decryptText(a.nameCt(), attachmentContext(m.id(), a.id(), "name"));
            intact &= name.isPresent();
            attachments.add(new MessageView.AttachmentInfo(a.id(), name.orElse(null), a.contentType(), a.size()));
        }
        return new MessageView(m.id(), m.threadId(), m.parentId(), m.sender(), m.senderUser(), m.sentAt(), m.priority(),
                m.handlingCode(), m.platformNotice(), receipts(m, viewer), subject.orElse(null), body.orElse(null),
                m.links(), attachments, intact);
    }

    /** A line of a list: the subject decrypted, the body left sealed. */
    MessageSummary summary(StoredMessage m, String viewer) {
        Optional<String> subject = crypto.decryptText(m.subjectCt(), messageContext(m.id(), "subject"));
        boolean unread = m.recipients().stream().anyMatch(r -> r.agency().equals(viewer) && r.readAt() == null);
        return new MessageSummary(m.id(), m.threadId(), m.sender(), receipts(m, viewer), m.sentAt(), m.priority(),
                m.handlingCode(), m.platformNotice(), subject.orElse(null), subject.isPresent(), unread,
                m.attachments().size());
    }

    /** Whether the stored message still matches its signature. */
    boolean intact(StoredMessage m) {
        return crypto.verify(m.canonical(), m.signatureKey(), m.signature());
    }

    /** An attachment's content and name, each empty when it fails decryption. */
    Optional<byte[]> content(UUID messageId, StoredMessage.StoredAttachment a) {
        return crypto.decrypt(a.contentCt(), attachmentContext(messageId, a.id(), "content"));
    }

    Optional<String> name(UUID messageId, StoredMessage.StoredAttachment a) {
        return crypto.decryptText(a.nameCt(), attachmentContext(messageId, a.id(), "name"));
    }

    /** The sender sees every recipient's receipt; a recipient sees the recipients, and only its own receipt. */
    private static List<MessageView.Receipt> receipts(StoredMessage m, String viewer) {
        if (m.sender().equals(viewer)) {
            return m.recipients();
        }
        return m.recipients().stream().map(r -> r.agency().equals(viewer) ? r
                : new MessageView.Receipt(r.agency(), null, null, null)).toList();
    }

    static String messageContext(UUID id, String field) {
        return "message:" + id + ":" + field;
    }

    static String attachmentContext(UUID messageId, UUID attachmentId, String field) {
        return "attachment:" + messageId + ":" + attachmentId + ":" + field;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
