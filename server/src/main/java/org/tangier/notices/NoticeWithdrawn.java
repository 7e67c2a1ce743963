package org.tangier.notices;

import java.util.List;
import java.util.UUID;

/** A notice or diffusion was cancelled or expired: its subjects are no longer wanted under it. */
public record NoticeWithdrawn(UUID noticeId, List<UUID> subjectIds, String reason) {
}
