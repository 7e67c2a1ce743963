package org.tangier.messaging.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;

/**
 * A line of the inbox, sent box or search results. {@code subject} is null and {@code integrity} false when the
 * stored subject no longer decrypts. {@code unread}: addressed to the viewer's agency and not yet read by it.
 */
record MessageSummary(UUID id, UUID threadId, String sender, List<MessageView.Receipt> recipients, Instant sentAt,
        Priority priority, HandlingCode handlingCode, boolean platformNotice, String subject, boolean integrity,
        boolean unread, int attachments) {
}
