package org.tangier.notices.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.platform.WaitingWork;

/**
 * For the home page: the notices waiting for a reviewer (the queue, without the reviewer's own work) and the caller's
 * agency's notices due for review. Counts only, nothing of a notice is read, so nothing is audited.
 */
@Component
class NoticesWaiting implements WaitingWork {

    private final NoticeStore store;
    private final CoordinationCentre centre;
    private final Clock clock;
    private final int reviewWindowDays;

    NoticesWaiting(NoticeStore store, CoordinationCentre centre, Clock clock,
            @Value("${tangier.notices.review-window-days:60}") int reviewWindowDays) {
        this.store = store;
        this.centre = centre;
        this.clock = clock;
        this.reviewWindowDays = reviewWindowDays;
    }

    @Override
    public List<Waiting> waitingFor(Caller caller) {
        List<Waiting> waiting = new ArrayList<>();
        if (caller.has(Role.REVIEWER)) {
            long queued = store.queue(caller.agencyCode(), centre.is(caller.agencyCode())).stream()
                    .filter(n -> !caller.name().equals(n.createdBy()) && !caller.name().equals(n.submittedBy())).count();
            waiting.add(new Waiting("home.waiting.reviews", queued, "/notices/review", 20, false));
        }
        if (caller.has(Role.BUREAU_OFFICER)) {
            LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(reviewWindowDays);
            waiting.add(new Waiting("home.waiting.noticesDue", store.dueForReview(caller.agencyCode(), until).size(),
                    "/notices/review-due", 30, false));
        }
        return waiting;
    }
}
