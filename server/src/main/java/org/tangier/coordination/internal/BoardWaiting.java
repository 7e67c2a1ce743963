package org.tangier.coordination.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.hits.Hits;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.platform.WaitingWork;

/** For the home page of the coordination centre's duty officers: the hits of every agency still unacknowledged. */
@Component
class BoardWaiting implements WaitingWork {

    private final Hits hits;
    private final CoordinationCentre centre;

    BoardWaiting(Hits hits, CoordinationCentre centre) {
        this.hits = hits;
        this.centre = centre;
    }

    @Override
    public List<Waiting> waitingFor(Caller caller) {
        if (!caller.has(Role.DUTY_OFFICER) || !centre.is(caller.agencyCode())) {
            return List.of();
        }
        return List.of(new Waiting("home.waiting.board", hits.waiting(1000).size(), "/board", 5, true));
    }
}
