package org.tangier.indicators.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One indicator sighting: an agency's check hit an indicator record. Named to the owner by its agency code, as the
 * owner's hit already names it; the checking officer is not named here (the owner reads that on the hit itself).
 */
record IndicatorSighting(UUID id, UUID hitId, UUID recordId, String ownerAgency, String checkingAgency,
        Instant sightedAt) {
}
