package org.tangier.hits;

import java.util.UUID;
import org.tangier.platform.Caller;

/**
 * The one place that decides what a checking agency sees of a match, which instruction it gets, and the hit it
 * raises. Screening checks, the yente {@code /match} endpoint and fingerprint (and face) searches all ask here.
 *
 * <p>The checker sees the match in full only when the record's restriction and the restriction of every notice in
 * force on it admit the checker's agency; otherwise it learns only that a record of the owner matched and is told to
 * contact the owner. A HIT raises a hit for the owner either way. A POSSIBLE shown in full carries the instruction
 * {@link Disclosure#VERIFY} ("verify, then ask the owner"), never the owner's own. Refused matches are counted per checking agency
 * and record per day: past the budget the answers stop distinguishing HIT from POSSIBLE and the owner gets one
 * probing alert in its hit inbox.
 */
public interface MatchDisclosure {

    /** Decides what {@code checker} sees of {@code match} and raises the owner's hit for a HIT. */
    Disclosure disclose(Caller checker, FoundMatch match);

    /** Whether {@code checker} would see {@code match} in full; counts nothing and raises nothing. */
    boolean discloses(Caller checker, FoundMatch match);

    /**
     * Raises the owner's hit for a match decided later (an examiner confirmed a possible fingerprint match), with the
     * same rule for what the checker's copy of the hit shows. Not counted against the probing budget.
     */
    UUID raise(Caller checker, FoundMatch match);

    /**
     * A checker verified a POSSIBLE it saw in full (photo, birth date, document agree) and makes it a hit: the hit is
     * raised with the owner's instruction, the verification is kept as the hit's first note and audited. Refused when
     * the checker would not see the match in full.
     */
    UUID raiseVerified(Caller checker, FoundMatch match, String verification);
}
