package org.tangier.hits.internal;

import java.time.Instant;

/** A note on a hit, or a change of its status with the note that went with it. */
record HitNote(Instant writtenAt, String writtenBy, String agency, String statusFrom, String statusTo, String note) {
}
