package org.tangier.faces;

import java.util.List;

/**
 * How good a face is for recognition, and why it is refused when it is.
 *
 * @param faces       how many faces the detector found (the largest is used)
 * @param box         the face used, or null when none was found
 * @param eyeDistance pixels between the eye centres
 * @param yaw         estimated left-right turn of the head in degrees (0 frontal)
 * @param roll        tilt of the eye line in degrees
 * @param sharpness   variance of the Laplacian of the aligned grey face
 * @param refusals    why the face is refused; empty when it is accepted
 */
public record FaceQuality(int faces, FaceBox box, double eyeDistance, double yaw, double roll, double sharpness,
        List<Refusal> refusals) {

    /** A reason to refuse a face, with what was measured and what is needed. */
    public record Refusal(Reason reason, String message) {
    }

    public enum Reason {
        NO_FACE, TOO_SMALL, POSE, BLUR
    }

    public FaceQuality {
        refusals = List.copyOf(refusals);
    }

    static FaceQuality noFace() {
        return new FaceQuality(0, null, 0, 0, 0, 0,
                List.of(new Refusal(Reason.NO_FACE, "no face was found in the image")));
    }

    public boolean accepted() {
        return refusals.isEmpty();
    }
}
