package org.tangier.messaging.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;

/** A message as stored: ciphertexts, receipts, links, attachments and the platform's signature. */
record StoredMessage(UUID id, UUID threadId, UUID parentId, String sender, String senderUser, Instant sentAt,
        Priority priority, HandlingCode handlingCode, boolean platformNotice, byte[] subjectCt, byte[] bodyCt,
        String signatureKey, String signature, List<MessageView.Receipt> recipients, List<MessageLink> links,
        List<StoredAttachment> attachments) {

    record StoredAttachment(UUID id, int position, String contentType, long size, byte[] nameCt, byte[] contentCt) {
    }

    Set<String> recipientCodes() {
        return recipients.stream().map(MessageView.Receipt::agency).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The sender and the recipients: the agencies that hold this message. */
    Set<String> holders() {
        Set<String> holders = new TreeSet<>(recipientCodes());
        holders.add(sender);
        return holders;
    }

    /**
     * What the platform signs: every stored field but the receipts (which change after sending), in a fixed order,
     * free text and ciphertexts in base64, attachments by id with a SHA-256 of their ciphertexts.
     */
    String canonical() {
        StringBuilder s = new StringBuilder("tangier-message-v1\n");
        s.append(id).append('\n').append(threadId).append('\n').append(parentId == null ? "-" : parentId).append('\n');
        s.append(sender).append('\n').append(b64(senderUser.getBytes(java.nio.charset.StandardCharsets.UTF_8))).append('\n');
        s.append(sentAt.toEpochMilli()).append('\n').append(priority).append('\n').append(handlingCode).append('\n');
        s.append(platformNotice).append('\n').append(String.join(",", recipientCodes())).append('\n');
        links.stream().map(l -> l.kind() + ":" + l.id()).sorted().forEach(l -> s.append(l).append(','));
        s.append('\n').append(b64(subjectCt)).append('\n').append(b64(bodyCt)).append('\n');
        attachments.stream().sorted(Comparator.comparingInt(StoredAttachment::position)).forEach(a -> s.append(a.id())
                .append(':').append(a.position()).append(':').append(a.contentType()).append(':').append(a.size())
                .append(':').append(MessageCrypto.sha256(a.nameCt())).append(':').append(MessageCrypto.sha256(a.contentCt()))
                .append('\n'));
        return s.toString();
    }

    private static String b64(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
