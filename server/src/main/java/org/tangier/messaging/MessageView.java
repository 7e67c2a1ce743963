package org.tangier.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as an agency that sent or received it reads it. {@code integrity} is false when its signature or a
 * ciphertext does not verify: it was changed in storage; then {@code subject} and {@code body} show what could be
 * decrypted (null when nothing could) and must be shown flagged.
 */
public record MessageView(UUID id, UUID threadId, UUID parentId, String sender, String senderUser, Instant sentAt,
        Priority priority, HandlingCode handlingCode, boolean platformNotice, List<Receipt> recipients, String subject,
        String body, List<MessageLink> links, List<AttachmentInfo> attachments, boolean integrity) {

    /** Delivery and read receipt of one recipient agency. */
    public record Receipt(String agency, Instant deliveredAt, Instant readAt, String readBy) {
    }

    public record AttachmentInfo(UUID id, String filename, String contentType, long size) {
    }
}
