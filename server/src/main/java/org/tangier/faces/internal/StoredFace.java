package org.tangier.faces.internal;

import java.time.Instant;
import java.util.UUID;

/** A face enrolled on a person, with the quality it was accepted with. */
record StoredFace(UUID id, UUID personId, String captureSource, String templateModel, double eyeDistance, double yaw,
        double roll, double sharpness, Instant enrolledAt, String enrolledBy) {
}
