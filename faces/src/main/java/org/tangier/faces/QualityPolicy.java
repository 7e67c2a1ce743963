package org.tangier.faces;

/**
 * What a face must meet to be enrolled or searched.
 *
 * @param minEyeDistance pixels between the eye centres in the submitted image; ISO/IEC 19794-5 asks 90 for a
 *                       token portrait, we ask less so that a border camera's capture still counts
 * @param maxYaw         degrees the head may turn left or right, estimated from the landmarks
 * @param maxRoll        degrees the head may tilt; alignment undoes the tilt, but far tilts mislead the landmarks
 * @param minSharpness   variance of the Laplacian of the aligned grey face: below it the face is too blurred
 */
public record QualityPolicy(double minEyeDistance, double maxYaw, double maxRoll, double minSharpness) {

    public static final QualityPolicy DEFAULT = new QualityPolicy(24, 35, 40, 25);

    public QualityPolicy {
        if (minEyeDistance < 0 || maxYaw <= 0 || maxRoll <= 0 || minSharpness < 0) {
            throw new IllegalArgumentException("face quality limits must be positive");
        }
    }
}
