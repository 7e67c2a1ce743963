package org.tangier.faces.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A face search as it was answered, and the examiner's decision on it once made. */
record StoredSearch(UUID id, String searchingAgency, String purpose, Instant createdAt, String createdBy,
        List<Candidate> candidates, Decision decision) {

    record Candidate(UUID id, int rank, UUID personId, double score) {
    }

    /** The examiner's conclusion: POTENTIAL_CANDIDATE (with the candidate), NO_CANDIDATE or INCONCLUSIVE. */
    record Decision(String conclusion, UUID candidateId, UUID hitId, Instant decidedAt, String decidedBy, String note) {
    }
}
