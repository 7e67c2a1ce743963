package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.analysis.RaisedWarnings;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.platform.WaitingWork;

/**
 * The early warnings of the last seven days on the home page of analysts and duty officers (urgent when there is
 * one), linked to the dashboard that explains them; and the same list for the coordination board.
 */
@Component
class WarningsWaiting implements WaitingWork, RaisedWarnings {

    static final int DAYS = 7;

    private final WarningStore store;
    private final Clock clock;

    WarningsWaiting(WarningStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waitingFor(Caller caller) {
        if (!caller.has(Role.ANALYST) && !caller.has(Role.DUTY_OFFICER)) {
            return List.of();
        }
        long count = store.count(caller.agencyCode(), since(DAYS));
        return List.of(new Waiting("home.waiting.warnings", count, "/analysis/dashboard", 30, true));
    }

    @Override
    public List<EarlyWarningRaised> recentFor(String agency, int days) {
        return store.recent(agency, since(days)).stream()
                .map(w -> new EarlyWarningRaised(w.id(), agency, w.dimension(), w.key(), w.day(), w.observed(),
                        w.expected(), w.pValue(), w.test(), w.raisedAt()))
                .toList();
    }

    private LocalDate since(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days - 1L);
    }
}
