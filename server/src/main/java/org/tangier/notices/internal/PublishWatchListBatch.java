package org.tangier.notices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * One approval for a watch list: the owner's reviewer publishes every notice a watch-list import submitted, each in
 * its own transaction through the single-notice review (same checks, history and audit entry), so a notice whose
 * required data is missing is held back with its reason and the rest go into force. The review rule is the single
 * notice's: a reviewer of the owning agency who did not import the list.
 */
@Component
class PublishWatchListBatch {

    /** A batch with notices awaiting the reviewer, as the review queue lists it. */
    record Pending(UUID batch, String type, int waiting, String importedBy, Instant importedAt) {
    }

    /** A notice left in the review queue, with the refusal's code and detail. */
    record Held(UUID notice, String code, String detail) {
    }

    /**
     * @param published the notices now in force, in the list's order
     * @param alreadyDone notices of the batch no longer awaiting review (published or rejected before)
     */
    record Result(UUID batch, int publishedCount, List<UUID> published, List<Held> held, int alreadyDone) {
    }

    private final NoticeStore store;
    private final NoticeService notices;
    private final AuditLog audit;

    PublishWatchListBatch(NoticeStore store, NoticeService notices, AuditLog audit) {
        this.store = store;
        this.notices = notices;
        this.audit = audit;
    }

    /** The caller's agency's batches with notices awaiting review; none for a caller who reviews nothing. */
    List<Pending> pending(Caller caller) {
        return caller.has(Role.REVIEWER) ? store.pendingWatchListBatches(caller.agencyCode()) : List.of();
    }

    Result publish(Caller caller, UUID batch, String note) {
        NoticeRules.requireReviewer(caller);
        List<Map.Entry<UUID, NoticeStatus>> members = store.watchListBatch(batch, caller.agencyCode());
        if (members.isEmpty()) {
            // another agency's batch is answered as one that does not exist
            throw ProblemException.of(404, "notices.watch-list-batch-not-found", batch);
        }
        List<UUID> published = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        int alreadyDone = 0;
        for (Map.Entry<UUID, NoticeStatus> member : members) {
            if (member.getValue() != NoticeStatus.SUBMITTED) {
                alreadyDone++;
                continue;
            }
            try {
                notices.publish(caller, member.getKey(), note);
                published.add(member.getKey());
            } catch (ProblemException e) {
                if (e.status() == 403 && published.isEmpty() && held.isEmpty()) {
                    throw e; // the caller may review none of it (its own import): refuse the call, not each notice
                }
                held.add(new Held(member.getKey(), e.code(), e.getMessage()));
            }
        }
        audit.record(AuditActor.of(caller), new AuditEvent("notice.batch.publish", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, "batch=" + batch + " published=" + published.size() + " held="
                        + held.size() + " alreadyDone=" + alreadyDone));
        return new Result(batch, published.size(), published, held, alreadyDone);
    }
}
