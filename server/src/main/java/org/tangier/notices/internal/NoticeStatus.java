package org.tangier.notices.internal;

/**
 * Where a notice is in its lifecycle: draft → submitted → published or rejected → cancelled or expired. A diffusion
 * skips the queue: issuing it publishes it at once, with its review pending.
 */
public enum NoticeStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, CANCELLED, EXPIRED;

    public boolean inForce() {
        return this == PUBLISHED;
    }
}
