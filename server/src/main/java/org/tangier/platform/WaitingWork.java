package org.tangier.platform;

import java.util.List;

/**
 * What waits for a caller in one part: hits to acknowledge, notices to review, unread messages. Each part declares
 * one as a bean, the home page shows the caller every count its roles are concerned with (a zero too: "nothing
 * waits" is worth knowing), each linked to the page where the work is done.
 */
public interface WaitingWork {

    /** The counts this part keeps for the caller; empty when none of the caller's roles is concerned. */
    List<Waiting> waitingFor(Caller caller);

    /**
     * @param messageKey the i18n key of the label, shown after the count
     * @param path where the work is done
     * @param urgent shown first and marked when the count is not zero
     */
    record Waiting(String messageKey, long count, String path, int order, boolean urgent) {
    }
}
