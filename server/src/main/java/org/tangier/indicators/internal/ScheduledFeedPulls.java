package org.tangier.indicators.internal;

import java.util.EnumSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/**
 * Pulls the MISP feeds that name an agency ({@code tangier.indicators.feeds[i].agency}) every
 * {@code tangier.indicators.feed-interval} (default six hours; the first pull one interval after start), so that a MISP
 * community's indicators reach screening without anyone asking. Once per cluster: a ShedLock lock in the shared
 * database ({@code platform.cluster.RunOnceJobs}), since two nodes pulling at once would import the same events twice
 * (harmless upserts, but twice the traffic to the feed). Each pull is the on-demand pull's code, audited the same way,
 * as a system caller of the feed's agency; one feed failing does not stop the others.
 */
@Component
class ScheduledFeedPulls {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFeedPulls.class);

    private final FeedSettings settings;
    private final MispFeeds feeds;

    ScheduledFeedPulls(FeedSettings settings, MispFeeds feeds) {
        this.settings = settings;
        this.feeds = feeds;
    }

    @SchedulerLock(name = "misp-feed-pull")
    @Scheduled(fixedDelayString = "${tangier.indicators.feed-interval:PT6H}",
            initialDelayString = "${tangier.indicators.feed-interval:PT6H}")
    void pullAll() {
        for (FeedSettings.Feed feed : settings.feeds()) {
            if (feed.agency() == null || feed.agency().isBlank()) {
                continue; // on demand only
            }
            Caller system = new Caller(Caller.Kind.CLIENT, "scheduler:misp-feed:" + feed.name(), "MISP feed schedule",
                    feed.agency(), EnumSet.of(Role.BUREAU_OFFICER));
            try {
                MispFeeds.PullAnswer answer = feeds.pull(system, feed.name(), feed.restriction());
                log.info("Scheduled pull of MISP feed {} into {}: {} events, {} imported, {} updated, {} failed", feed.name(),
                        feed.agency(), answer.events(), answer.imported(), answer.updated(), answer.failed().size());
            } catch (RuntimeException e) {
                log.warn("Scheduled pull of MISP feed {} failed; next attempt in one interval: {}", feed.name(), e.toString());
            }
        }
    }
}
