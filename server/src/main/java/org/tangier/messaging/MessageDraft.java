package org.tangier.messaging;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A message as its sender writes it. {@code replyTo} names the message answered (null for a new thread).
 * Validation (recipients exist, handling code allows them, attachment types and sizes) happens on sending.
 */
public record MessageDraft(Set<String> recipients, String subject, String body, Priority priority,
        HandlingCode handlingCode, List<MessageLink> links, List<Attachment> attachments, UUID replyTo) {

    public MessageDraft {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        links = links == null ? List.of() : List.copyOf(links);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file as uploaded: its name and the type the client claims; the real type is read from the content. */
    public record Attachment(String filename, String claimedType, byte[] content) {
    }
}
