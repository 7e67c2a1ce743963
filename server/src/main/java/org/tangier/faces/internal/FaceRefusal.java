package org.tangier.faces.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tangier.faces.FaceQuality;
import org.tangier.platform.ProblemException;

/** A face the quality checks refuse: 422, with every reason named and what was measured. */
final class FaceRefusal {

    private FaceRefusal() {
    }

    static ProblemException of(FaceQuality quality) {
        List<Map<String, Object>> reasons = quality.refusals().stream()
                .map(r -> Map.<String, Object>of("reason", r.reason().name(), "detail", r.message())).toList();
        String detail = quality.refusals().stream().map(FaceQuality.Refusal::message)
                .collect(Collectors.joining("; "));
        return ProblemException.withProperties(422, "faces.refused",
                Map.of("reasons", reasons, "quality", QualityView.of(quality)), detail);
    }
}
