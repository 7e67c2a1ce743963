package org.tangier.assessments.internal;

/** Where an assessment stands: written, waiting for its review, or published (final, frozen). */
enum AssessmentStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
