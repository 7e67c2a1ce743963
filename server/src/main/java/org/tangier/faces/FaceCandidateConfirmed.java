package org.tangier.faces;

import java.util.UUID;

/**
 * An examiner of the searching agency recorded a potential candidate on a face search: the owner of the candidate's
 * record now has a hit ({@code hitId}) to follow up.
 */
public record FaceCandidateConfirmed(UUID searchId, UUID candidatePersonId, double score, String searchingAgency,
        UUID hitId) {
}
