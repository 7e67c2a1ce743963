package org.tangier.hits.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.WaitingWork;

/** For the home page: the hits on the caller's agency's records that wait to be acknowledged, first of all. */
@Component
class HitsWaiting implements WaitingWork {

    private final HitStore store;

    HitsWaiting(HitStore store) {
        this.store = store;
    }

    @Override
    public List<Waiting> waitingFor(Caller caller) {
        if (HitService.OWNER_ROLES.stream().noneMatch(caller::has)) {
            return List.of();
        }
        return List.of(new Waiting("home.waiting.hits", store.countToAcknowledge(caller.agencyCode()), "/hits", 10, true));
    }
}
