package org.tangier.notices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tangier.notices.NoticeType;

/**
 * A notice as an agency allowed to see it sees it. Subjects the viewer may not see are left out and counted in
 * {@code hiddenSubjects} (listings carry only {@code subjectCount}); {@code checks} are filled for the owner and the reviewers while the notice awaits review.
 */
public record NoticeView(UUID id, String reference, NoticeType type, boolean diffusion, NoticeStatus status,
        boolean reviewPending, String owner, String restriction, String instruction, String summary,
        Map<String, String> fields, LocalDate expiresOn, int subjectCount, List<Subject> subjects, int hiddenSubjects,
        int version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, String submittedBy,
        Instant reviewedAt, String reviewedBy, String reviewReasons, List<Check> checks, List<Transition> history) {

    /** A subject record, as the viewer may see it. */
    public record Subject(UUID id, String type, String caption, String details, boolean hasPhoto) {
    }

    /**
     * What the automatic checks found. {@code code} names the finding (missing-field, no-subject, weak-identification,
     * subject-under-notice, sensitive-term); {@code args} fill its message; {@code message} says it in English.
     */
    public record Check(String code, List<String> args, String message) {
    }

    /** One step of the lifecycle, with its actor. */
    /**
     * One step of the notice's history. A detail the platform writes is {@code detailCode} (a bundle key) with its
     * {@code detailArgs}, shown in the reader's language; {@code detail} is what a person wrote (a reason, a remark),
     * or the English text of entries stored before codes.
     */
    public record Transition(Instant at, String actor, String agency, String action, String detail, String detailCode,
            java.util.List<String> detailArgs) {
    }
}
