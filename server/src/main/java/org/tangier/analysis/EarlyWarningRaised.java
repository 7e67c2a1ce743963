package org.tangier.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * The scheduled evaluation found hits rising beyond their own history, for what {@code agency} may see: a checkpoint,
 * country, route or crime area (the {@code dimension}) and its {@code key}, with why (observed, expected, test and
 * p-value). Published once per agency, dimension, key and day; no personal data. Cluster-wide, so that the boards
 * open on every node hear of it (the sweep runs on one node only).
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.agency()}")
public record EarlyWarningRaised(UUID id, String agency, String dimension, String key, LocalDate day, long observed,
        double expected, double pValue, String test, Instant raisedAt) {
}
