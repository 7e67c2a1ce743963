package org.tangier.notices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tangier.access.Restriction;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;

/** A notice as stored: one row of notice with its subjects in order. */
record StoredNotice(UUID id, String reference, NoticeType type, boolean diffusion, String owner, Restriction restriction,
        NoticeStatus status, boolean reviewPending, Instruction instruction, String summary, Map<String, String> fields,
        LocalDate expiresOn, String externalId, int version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, String submittedBy, Instant reviewedAt, String reviewedBy, String reviewReasons,
        List<UUID> subjects) {

    NoticeInForce inForce() {
        return new NoticeInForce(id, reference, type, diffusion, owner, restriction, instruction, subjects);
    }

    StoredNotice with(NoticeStatus next) {
        return new StoredNotice(id, reference, type, diffusion, owner, restriction, next, reviewPending, instruction,
                summary, fields, expiresOn, externalId, version, createdAt, createdBy, updatedAt, updatedBy, submittedBy,
                reviewedAt, reviewedBy, reviewReasons, subjects);
    }
}
