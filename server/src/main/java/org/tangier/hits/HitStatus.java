package org.tangier.hits;

/** Where a hit stands: new → acknowledged by the owner → confirmed or false positive → action taken. */
public enum HitStatus {
    NEW, ACKNOWLEDGED, CONFIRMED, FALSE_POSITIVE, ACTION_TAKEN;

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Whether the workflow allows going from this status to {@code next}. */
    public boolean mayBecome(HitStatus next) {
        return switch (this) {
            case NEW -> next == ACKNOWLEDGED;
            case ACKNOWLEDGED -> next == CONFIRMED || next == FALSE_POSITIVE;
            case CONFIRMED -> next == ACTION_TAKEN;
            case FALSE_POSITIVE, ACTION_TAKEN -> false;
        };
    }
}
