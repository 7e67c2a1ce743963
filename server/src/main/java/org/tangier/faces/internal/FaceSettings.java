package org.tangier.faces.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tangier.faces.FaceModels;
import org.tangier.faces.QualityPolicy;

/**
 * Settings of the faces part (docs/faces.md).
 *
 * @param model              an agency's own ONNX files; each unset network is the bundled default
 * @param threads            threads each network may use per image (0: all cores)
 * @param minEyeDistance     pixels between the eyes a face needs
 * @param maxYaw             degrees the head may be turned
 * @param maxRoll            degrees the head may be tilted
 * @param minSharpness       variance of the Laplacian below which a face is blurred
 * @param candidateThreshold cosine similarity a gallery face needs to be listed as a candidate
 * @param candidateLimit     candidates listed at most
 * @param gallery            compact (int8 with a sign-bit shortlist) or exact (floats, brute force)
 * @param reEnrolAtStart     re-embed, in the background after start-up, the stored faces whose templates another
 *                           model made (default true); otherwise only on command (POST /api/v1/faces/re-enrolment)
 */
@ConfigurationProperties("tangier.faces")
record FaceSettings(Model model, Integer threads, Double minEyeDistance, Double maxYaw, Double maxRoll,
        Double minSharpness, Double candidateThreshold, Integer candidateLimit, String gallery, Boolean reEnrolAtStart) {

    record Model(Path detector, Path landmarks, Path embedding) {
    }

    FaceSettings {
        model = model == null ? new Model(null, null, null) : model;
        threads = threads == null ? 0 : threads;
        QualityPolicy d = QualityPolicy.DEFAULT;
        minEyeDistance = minEyeDistance == null ? d.minEyeDistance() : minEyeDistance;
        maxYaw = maxYaw == null ? d.maxYaw() : maxYaw;
        maxRoll = maxRoll == null ? d.maxRoll() : maxRoll;
        minSharpness = minSharpness == null ? d.minSharpness() : minSharpness;
        candidateThreshold = candidateThreshold == null ? 0.35 : candidateThreshold;
        candidateLimit = candidateLimit == null ? 20 : candidateLimit;
        gallery = gallery == null ? "compact" : gallery;
        reEnrolAtStart = reEnrolAtStart == null || reEnrolAtStart;
        if (!gallery.equals("compact") && !gallery.equals("exact")) {
            throw new IllegalArgumentException("tangier.faces.gallery (TANGIER_FACES_GALLERY) must be compact or exact, not " + gallery);
        }
        if (candidateLimit < 1 || candidateLimit > 100) {
            throw new IllegalArgumentException("tangier.faces.candidate-limit (TANGIER_FACES_CANDIDATE_LIMIT) must be 1 to 100");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("tangier.faces.threads (TANGIER_FACES_THREADS) must be 0 or more");
        }
    }

    FaceModels models() {
        return new FaceModels(model.detector(), model.landmarks(), model.embedding());
    }

    QualityPolicy quality() {
        return new QualityPolicy(minEyeDistance, maxYaw, maxRoll, minSharpness);
    }
}
