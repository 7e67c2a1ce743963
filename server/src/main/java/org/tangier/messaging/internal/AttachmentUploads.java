package org.tangier.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.messaging.MessageDraft;
import org.tangier.platform.ProblemException;

/**
 * Attachments as they are accepted: within the count and size limits, of a type recognised from the content (PDF,
 * PNG, JPEG, GIF or plain text) that agrees with what its name claims, named without any path, and encrypted before
 * they are stored.
 */
@Component
class AttachmentUploads {

    private final MessageCrypto crypto;
    private final MessagingSettings settings;

    AttachmentUploads(MessageCrypto crypto, MessagingSettings settings) {
        this.crypto = crypto;
        this.settings = settings;
    }

    List<StoredMessage.StoredAttachment> seal(UUID messageId, List<MessageDraft.Attachment> uploads) {
        if (uploads.size() > settings.maxAttachments()) {
            throw ProblemException.invalid("attachments", "messaging.most-files", settings.maxAttachments());
        }
        List<StoredMessage.StoredAttachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            MessageDraft.Attachment upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            byte[] content = upload.content() == null ? new byte[0] : upload.content();
            if (content.length == 0) {
                throw ProblemException.invalid(field, "messaging.file-empty");
            }
            if (content.length > settings.maxAttachment().toBytes()) {
                throw ProblemException.invalid(field, "messaging.most-mb-found-kb", settings.maxAttachment().toMegabytes(), (content.length / 1024));
            }
            String detected = ContentSniffer.detect(content);
            if (!ContentSniffer.ALLOWED.contains(detected)) {
                throw ProblemException.invalid(field, "messaging.content-which-not-accepted-attach", describe(detected));
            }
            Optional<String> claimed = ContentSniffer.claimed(upload.filename(), upload.claimedType());
            if (claimed.isPresent() && !claimed.get().equals(detected)) {
                throw ProblemException.invalid(field, "messaging.content-not-name-type-claims", detected, claimed.get());
            }
            String name = filename(upload.filename(), i);
            UUID id = UUID.randomUUID();
            stored.add(new StoredMessage.StoredAttachment(id, i, detected, content.length,
                    crypto.encrypt(name, MessageSeal.attachmentContext(messageId, id, "name")),
                    crypto.encrypt(content, MessageSeal.attachmentContext(messageId, id, "content"))));
        }
        return stored;
    }

    private static String describe(String type) {
        return type.equals("application/octet-stream") ? "not a recognised type" : type;
    }

    /** The file's own name without any path, control characters or quotes, at most 200 characters. */
    static String filename(String raw, int index) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment-" + (index + 1);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
