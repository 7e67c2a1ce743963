package org.tangier.biometrics.internal;

import java.time.Instant;
import java.util.UUID;
import org.tangier.biometrics.FingerPosition;

/** An enrolled print as stored (without its image and template bytes). */
record StoredPrint(UUID id, UUID personId, FingerPosition position, String captureSource, String imageFormat, int dpi,
        String templateFormat, Instant enrolledAt, String enrolledBy) {
}
