package org.tangier.biometrics;

import java.util.UUID;

/**
 * A fingerprint search or cross-search found a candidate: {@code outcome} HIT (above the match threshold) or
 * POSSIBLE (for an examiner); published again with {@code confirmed} when an examiner confirms a possible match.
 */
public record FingerprintMatchFound(UUID matchId, String probeKind, UUID probePersonId, UUID candidatePersonId,
        double score, String outcome, boolean confirmed, String searchingAgency) {
}
