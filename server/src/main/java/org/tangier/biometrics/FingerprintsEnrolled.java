package org.tangier.biometrics;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * Prints were enrolled on a person. Externalised to the cluster: every node whose fingerprint gallery holds the
 * person's shard reads the prints from the shared database and adds them, so a print enrolled on one node is
 * searchable on all.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.personId()}")
public record FingerprintsEnrolled(UUID personId, int prints) {
}
