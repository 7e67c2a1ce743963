package org.tangier.assessments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tangier.access.Restriction;
import org.tangier.messaging.HandlingCode;

/**
 * An assessment as stored. {@code figures} (one per section, null where a section has none) are set at publication
 * and belong to document version {@code figuresVersion}; before that they are computed when the draft is read.
 */
record Assessment(UUID id, String owner, Person author, AssessmentStatus status, int version,
        AssessmentDocument document, Dissemination dissemination, Times times, Review review,
        List<FigureData> figures, Integer figuresVersion) {

    /** A user, by id and the name shown. */
    record Person(String id, String name) {
    }

    /** Who may read the published assessment (the restriction) and what they may do with it (the handling code). */
    record Dissemination(Restriction restriction, HandlingCode handlingCode) {
    }

    record Times(Instant created, Instant updated, Instant submitted, Instant published) {
    }

    /** The reviewer and the note given when returning the draft or publishing it; null until a review. */
    record Review(Person reviewer, String note) {
    }

    boolean published() {
        return status == AssessmentStatus.PUBLISHED;
    }
}
