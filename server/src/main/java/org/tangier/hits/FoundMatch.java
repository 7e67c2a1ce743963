package org.tangier.hits;

import java.util.List;
import java.util.Objects;
import org.tangier.notices.NoticeInForce;
import org.tangier.records.RecordSnapshot;

/**
 * A match as a check found it, before the access rules decide what the checking agency sees of it.
 *
 * @param record    the matched record, whoever owns it
 * @param notices   the notices in force on it (the first one's instruction is the one an officer follows)
 * @param hit       true for a HIT (it raises a hit for the owner), false for a POSSIBLE match
 * @param score     the engine's score, 0 to 1
 * @param matchedOn what matched: name, document, mrz, vin, plate, firearm, indicator, fingerprint, face
 * @param check     why, what and where the checker asked
 */
public record FoundMatch(RecordSnapshot record, List<NoticeInForce> notices, boolean hit, double score,
        String matchedOn, CheckContext check) {

    public FoundMatch {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(matchedOn, "matchedOn");
        Objects.requireNonNull(check, "check");
        notices = List.copyOf(notices);
    }

    /** The notice whose instruction an officer follows, or null for an object screened by itself. */
    public NoticeInForce notice() {
        return notices.isEmpty() ? null : notices.get(0);
    }
}
