package org.tangier.faces.internal;

import java.util.List;
import java.util.UUID;

/**
 * A face search's candidate list, best first, as the searching agency may see it: in full (record, score, notice)
 * when the owner's restriction admits it, else only the owner and the instruction to contact it. Never an identity:
 * the examiner's {@code decision} says what the list is worth.
 */
record FaceSearchAnswer(UUID searchId, String purpose, List<Candidate> candidates, Decision decision) {

    record Candidate(UUID candidateId, int rank, UUID recordId, String caption, Double score, Notice notice,
            String visibility, String ownerAgency) {
    }

    /** The notice in force on the candidate: reference and type only when the candidate is shown in full. */
    record Notice(UUID id, String reference, String type, String instruction) {
    }

    record Decision(String conclusion, UUID candidateId, UUID hitId, String decidedBy, String note) {
    }

    static final String FULL = "FULL";
    static final String OWNER_ONLY = "OWNER_ONLY";
}
