package org.tangier.notices;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/** A notice or diffusion was cancelled or expired: its subjects are no longer wanted under it. */
@Externalized(ClusterSettings.TOPIC + "::#{#this.noticeId()}")
public record NoticeWithdrawn(UUID noticeId, List<UUID> subjectIds, String reason) {
}
