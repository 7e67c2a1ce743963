/**
 * Secure messaging between agencies: messages with a priority and a handling code, threads and replies, delivery and
 * read receipts per recipient agency, links to records, notices, hits and operations, and attachments. Subjects,
 * bodies and attachments are encrypted at rest (AES-GCM) and every message carries the sending platform's signature,
 * so that tampering in storage is shown, never silent. An agency sees only the messages it sent or received.
 * Other parts send through {@link org.tangier.messaging.Messaging} and follow {@link org.tangier.messaging.MessageSent}.
 *
 * <p>Inside, one class per use case: an officer sends a message ({@code SendMessage}) or replies where the handling
 * code allows ({@code ReplyToMessage}); an officer or analyst reads a message, a thread or an attachment
 * ({@code ReadMessage}) and lists, searches and watches the inbox ({@code MessageInbox}). What a message may carry is
 * {@code MessageDraftRules}' and {@code AttachmentUploads}' to say; what is encrypted and signed, {@code MessageSeal}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.tangier.messaging;
