package org.tangier.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Size and pose from the five points, and the quality verdict. Yaw is estimated from how far the nose tip sits from
 * the middle of the eyes, measured along the eye line: the tip stands about 0.6 eye distances in front of the eyes, so
 * a turn of θ moves it by 0.6·sin θ while the eye distance shrinks by cos θ.
 */
final class FacePose {

    static final double NOSE_DEPTH = 0.6;

    private FacePose() {
    }

    static FaceQuality judge(int faces, FaceBox box, List<Point> five, double sharpness, QualityPolicy policy) {
        Point left = five.get(0);
        Point right = five.get(1);
        Point nose = five.get(2);
        double dx = right.x() - left.x();
        double dy = right.y() - left.y();
        double eyes = Math.hypot(dx, dy);
        double roll = Math.toDegrees(Math.atan2(dy, dx));
        double along = eyes == 0 ? 0
                : ((nose.x() - (left.x() + right.x()) / 2) * dx + (nose.y() - (left.y() + right.y()) / 2) * dy) / eyes;
        double yaw = eyes == 0 ? 90 : Math.toDegrees(Math.atan2(along, NOSE_DEPTH * eyes));
        List<FaceQuality.Refusal> refusals = new ArrayList<>();
        if (eyes < policy.minEyeDistance()) {
            refusals.add(new FaceQuality.Refusal(FaceQuality.Reason.TOO_SMALL, String.format(Locale.ROOT,
                    "the face is too small: %.0f pixels between the eyes, at least %.0f needed", eyes, policy.minEyeDistance())));
        }
        if (Math.abs(yaw) > policy.maxYaw() || Math.abs(roll) > policy.maxRoll()) {
            refusals.add(new FaceQuality.Refusal(FaceQuality.Reason.POSE, String.format(Locale.ROOT,
                    "the head is turned %.0f° and tilted %.0f°; at most %.0f° and %.0f° are accepted: a frontal face is needed",
                    Math.abs(yaw), Math.abs(roll), policy.maxYaw(), policy.maxRoll())));
        }
        if (sharpness < policy.minSharpness()) {
            refusals.add(new FaceQuality.Refusal(FaceQuality.Reason.BLUR, String.format(Locale.ROOT,
                    "the face is blurred: sharpness %.0f, at least %.0f needed", sharpness, policy.minSharpness())));
        }
        return new FaceQuality(faces, box, eyes, yaw, roll, sharpness, refusals);
    }
}
