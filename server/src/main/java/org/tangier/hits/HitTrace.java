package org.tangier.hits;

import java.time.Instant;
import java.util.UUID;

/**
 * Where and when a hit happened and between whom, without what the checker asked or the record's caption: what the
 * link analysis needs to draw a hit, which only its owner and its checking agency see.
 */
public record HitTrace(UUID id, UUID recordId, String ownerAgency, String checkingAgency, String locationCode,
        String locationCountry, String matchedOn, Instant raisedAt) {
}
