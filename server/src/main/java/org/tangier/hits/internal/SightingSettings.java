package org.tangier.hits.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a hit stays open to repeated sightings.
 *
 * @param repeatWindow tangier.hits.repeat-window (TANGIER_HITS_REPEAT_WINDOW), default 12 hours: a check of the same
 *                     record by the same checking agency within this time after a hit was raised is a new sighting
 *                     of that hit (time, checkpoint, place), not a new urgent hit and a new escalation. A traveller
 *                     checked at boarding, at the gate and on arrival on one trip draws one hit; a trip on another
 *                     day draws a new one. PT0S turns merging off.
 */
@ConfigurationProperties("tangier.hits")
record SightingSettings(Duration repeatWindow) {

    SightingSettings {
        repeatWindow = repeatWindow == null ? Duration.ofHours(12) : repeatWindow;
        if (repeatWindow.isNegative()) {
            throw new IllegalArgumentException("tangier.hits.repeat-window (TANGIER_HITS_REPEAT_WINDOW) must not be negative, e.g. PT12H");
        }
    }
}
