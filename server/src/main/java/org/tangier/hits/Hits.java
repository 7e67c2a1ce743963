package org.tangier.hits;

import java.util.UUID;
import java.util.function.Consumer;
import org.tangier.platform.Caller;

/** What screening needs of hits: to raise one. The workflow itself is driven through the hits API and pages. */
public interface Hits {

    /**
     * Stores a hit found by {@code checker}'s check and publishes {@link HitRaised} in the same transaction, so the
     * owner's notification is as durable as the hit. Returns the hit's id, which the checker quotes to the owner.
     */
    UUID raise(Caller checker, NewHit hit);

    /** Hits not acknowledged yet, the most urgent deadline first; system-level, for the coordination-centre board. */
    java.util.List<WaitingHit> waiting(int limit);

    /**
     * The same, with the subject as {@code viewer}'s agency may see it: the owner sees its record's caption, the
     * checking agency what the owner disclosed to it, the coordination centre the caption if the record's restriction
     * admits it; otherwise none.
     */
    java.util.List<WaitingHit> waitingFor(Caller viewer, int limit);

    /**
     * A coordination-centre duty officer's action on a hit (taken over, owner called, escalated...), kept as a note
     * on the hit where owner and checker read it. The caller need be neither owner nor checker.
     */
    void logCoordinationAction(org.tangier.platform.Caller dutyOfficer, UUID hitId, String action);

    /** A note on a hit by an agency that may see it (the checker's verification of a possible match). */
    void note(Caller author, UUID hitId, String note);

    /** Every hit as a trace (who checked, where, when, on which record); system-level, for the link analysis. */
    void forEachTrace(Consumer<HitTrace> consumer);

    /** One hit as a trace, system-level: the link analysis places a hit just raised without reading them all. */
    java.util.Optional<HitTrace> trace(UUID hitId);
}
