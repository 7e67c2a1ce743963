package org.tangier.hits.internal;

import java.time.Instant;

/** One time the traveller of a hit was checked: when, at which checkpoint, by whom, with what query and why. */
record HitSighting(Instant seenAt, String locationCode, String locationCountry, String checkingUser, String query,
        String purpose) {
}
