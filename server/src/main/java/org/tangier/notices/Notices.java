package org.tangier.notices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What screening and other parts need of notices. System-level: the caller applies the access rules with each
 * notice's owner and restriction.
 */
public interface Notices {

    /** Every notice and diffusion in force now, for building the screening indexes at start-up. */
    void forEachInForce(Consumer<NoticeInForce> consumer);

    /**
     * Every notice and diffusion changed at or after {@code since}, oldest change first: those in force now to
     * {@code inForce}, the ids of the others (cancelled, expired, not yet published) to {@code notInForce}. For a
     * node that starts from its screening snapshot and replays only what changed since it was written.
     */
    void forEachChangedSince(Instant since, Consumer<NoticeInForce> inForce, Consumer<UUID> notInForce);

    /** The notices and diffusions in force whose subjects include this record. */
    List<NoticeInForce> inForceFor(UUID recordId);

    /** The notice or diffusion as it is now, when it is in force (the link analysis places a change in place). */
    java.util.Optional<NoticeInForce> inForce(UUID noticeId);
}
