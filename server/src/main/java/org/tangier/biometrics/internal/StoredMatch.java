package org.tangier.biometrics.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate found by a search (probe from a border post or bureau) or a cross-search (a new enrolment against open
 * black and yellow notices, or a black notice's subject against everyone), waiting for or past the examiner.
 */
record StoredMatch(UUID id, String probeKind, UUID probePersonId, int probePosition, UUID candidatePersonId,
        UUID candidatePrintId, double score, String outcome, String status, String searchingAgency, String purpose,
        Instant createdAt, String createdBy, Instant decidedAt, String decidedBy, String decisionNote) {

    static final String SEARCH = "SEARCH";
    static final String ENROLMENT = "ENROLMENT";
    static final String BLACK_NOTICE = "BLACK_NOTICE";
    /** A latent print (type 13) searched against ten-prints; every candidate waits for the examiner. */
    static final String LATENT = "LATENT";
}
