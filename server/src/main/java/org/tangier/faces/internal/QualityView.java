package org.tangier.faces.internal;

import java.util.List;
import org.tangier.faces.FaceQuality;

/** A face's quality as the API shows it, rounded to what means something. */
record QualityView(boolean accepted, int faces, Long eyeDistance, Long yaw, Long roll, Long sharpness, List<String> refusals) {

    static QualityView of(FaceQuality q) {
        boolean found = q.box() != null;
        return new QualityView(q.accepted(), q.faces(), found ? Math.round(q.eyeDistance()) : null,
                found ? Math.round(q.yaw()) : null, found ? Math.round(q.roll()) : null,
                found ? Math.round(q.sharpness()) : null, q.refusals().stream().map(r -> r.reason().name()).toList());
    }

    static QualityView of(StoredFace f) {
        return new QualityView(true, 1, Math.round(f.eyeDistance()), Math.round(f.yaw()), Math.round(f.roll()),
                Math.round(f.sharpness()), List.of());
    }
}
