package org.tangier.indicators.internal;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MISP feeds an agency may pull into its indicators.
 *
 * @param feeds tangier.indicators.feeds[i].name and .url: the feed's base URL (its manifest.json and
 *              {@code <event uuid>.json} files beneath). Only these URLs are ever fetched: a user names a feed, never
 *              a URL, so the pull cannot be pointed at an internal address (no SSRF through the API).
 */
@ConfigurationProperties("tangier.indicators")
record FeedSettings(List<Feed> feeds) {

    FeedSettings {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        for (Feed f : feeds) {
            if (f.name() == null || f.url() == null || !List.of("http", "https").contains(f.url().getScheme())) {
                throw new IllegalArgumentException("tangier.indicators.feeds[]: each feed needs a name and an http(s) url");
            }
        }
    }

    /**
     * @param agency      when set, the feed is also pulled on a schedule ({@code tangier.indicators.feed-interval},
     *                    {@link ScheduledFeedPulls}) into this agency's indicators; without it, pulls are on demand only
     * @param restriction the restriction of the scheduled pull's indicators that carry none (default: owner)
     */
    record Feed(String name, URI url, String agency, String restriction) {
    }
}
