package org.tangier.notices;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.access.Restriction;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * A notice was published, or a diffusion issued: its subjects (record ids) are now wanted, and screening must check
 * them. Also published again when a notice in force changes its subjects, restriction or instruction.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.noticeId()}")
public record NoticeInForce(UUID noticeId, String reference, NoticeType type, boolean diffusion, String ownerAgency,
        Restriction restriction, Instruction instruction, List<UUID> subjectIds) {
}
