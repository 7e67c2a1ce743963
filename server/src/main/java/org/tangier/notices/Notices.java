package org.tangier.notices;

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

    /** The notices and diffusions in force whose subjects include this record. */
    List<NoticeInForce> inForceFor(UUID recordId);

    /** The notice or diffusion as it is now, when it is in force (the link analysis places a change in place). */
    java.util.Optional<NoticeInForce> inForce(UUID noticeId);
}
