package org.tangier.operations.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.hits.HitRaised;
import org.tangier.operations.Operations;
import org.tangier.operations.Webhooks;

/**
 * What follows a hit outside the hits part: the owner's national system hears of it through its webhooks, and every
 * operation watching the record flags it to all participants. Runs from the event publication registry, so a crash
 * between the hit and this step only delays it.
 */
@Component
class HitFollowUp {

    private final Operations operations;
    private final Webhooks webhooks;

    HitFollowUp(Operations operations, Webhooks webhooks) {
        this.operations = operations;
        this.webhooks = webhooks;
    }

    @ApplicationModuleListener
    void on(HitRaised hit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hitId", hit.hitId().toString());
        data.put("recordId", hit.recordId().toString());
        data.put("ownerAgency", hit.ownerAgency());
        data.put("checkingAgency", hit.checkingAgency());
        data.put("noticeType", hit.noticeType());
        data.put("priority", hit.priority().name());
        data.put("raisedAt", hit.raisedAt().toString());
        data.put("acknowledgeBy", hit.acknowledgeBy().toString());
        webhooks.publish(Set.of(hit.ownerAgency()), "hit.created", data);
        for (Operations.WatchingOperation operation : operations.watchersOf(hit.recordId())) {
            operations.flagHit(operation.id(), hit.hitId(), hit.recordId(), "Hit on a watched record"
                    + (hit.noticeType() == null ? "" : " under a " + hit.noticeType() + " notice")
                    + ", raised by " + hit.checkingAgency());
        }
    }
}
