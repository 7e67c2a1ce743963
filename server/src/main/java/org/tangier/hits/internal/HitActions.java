package org.tangier.hits.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tangier.hits.HitStatus;
import org.tangier.notices.Instruction;
import org.tangier.platform.Caller;

/**
 * Who may do what on a hit: the one rule the service enforces and the hit page follows, so that the page offers each
 * role only the buttons that work. The owning agency's bureau and duty officers acknowledge and decide; the owner or
 * the checking agency records the action taken once the hit is confirmed; and the checking agency may report the
 * action taken as soon as the instruction it was given says to act (arrest, locate, report discreetly), without
 * waiting for the owner, whose acknowledgement and decision still follow.
 */
final class HitActions {

    /** Instructions that tell the checking officer to act at once rather than to ask the owner first. */
    static final Set<String> ACT_NOW = Set.of(Instruction.ARREST.id(), Instruction.LOCATE.id(),
            Instruction.DO_NOT_ALERT.id());

    private HitActions() {
    }

    /** Whether the caller may move the hit's status to {@code to} (the workflow's order is checked apart). */
    static boolean mayMove(Caller caller, StoredHit hit, HitStatus to) {
        boolean owner = hit.ownerAgency().equals(caller.agencyCode());
        boolean checker = hit.checkingAgency().equals(caller.agencyCode());
        return to == HitStatus.ACTION_TAKEN ? owner || checker : owner && caller.hasAny(HitService.OWNER_ROLES);
    }

    /** The checking agency reports an action taken on an instruction to act, before the owner confirmed the hit. */
    static boolean reportsEarly(Caller caller, StoredHit hit) {
        return hit.checkingAgency().equals(caller.agencyCode()) && !hit.ownerAgency().equals(caller.agencyCode())
                && ACT_NOW.contains(hit.finding().instruction())
                && (hit.status() == HitStatus.NEW || hit.status() == HitStatus.ACKNOWLEDGED)
                && hit.workflow().milestones().actionTakenAt() == null;
    }

    /** The status changes (by id: acknowledged, confirmed, false-positive, action-taken) the caller may make now. */
    static List<String> allowed(Caller caller, StoredHit hit) {
        List<String> actions = new ArrayList<>();
        for (HitStatus to : HitStatus.values()) {
            if (to == HitStatus.ACTION_TAKEN && reportsEarly(caller, hit)) {
                actions.add(to.id());
            } else if (to != HitStatus.NEW && hit.status().mayBecome(to) && mayMove(caller, hit, to)) {
                actions.add(to.id());
            }
        }
        return List.copyOf(actions);
    }
}
