package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FacePoseTest {

    static final FaceBox BOX = new FaceBox(0, 0, 200, 200, 1);

    @Test
    void aFrontalFaceOnTheReferencePointsIsAccepted() {
        FaceQuality q = FacePose.judge(1, BOX, scaled(FaceAligner.REFERENCE, 2), 100, QualityPolicy.DEFAULT);
        assertThat(q.accepted()).isTrue();
        assertThat(q.yaw()).isCloseTo(0, within(5.0));
        assertThat(q.roll()).isCloseTo(0, within(1.0));
    }

    @Test
    void aNoseFarToOneSideMeansATurnedHeadAndIsRefusedForPose() {
        List<Point> ref = scaled(FaceAligner.REFERENCE, 2);
        // eyes 70 px apart, the nose tip 45 px right of their middle: a head turned about 47°
        List<Point> turned = List.of(ref.get(0), ref.get(1), new Point(ref.get(2).x() + 45, ref.get(2).y()), ref.get(3), ref.get(4));
        FaceQuality q = FacePose.judge(1, BOX, turned, 100, QualityPolicy.DEFAULT);
        assertThat(q.yaw()).isGreaterThan(35);
        assertThat(q.refusals()).extracting(FaceQuality.Refusal::reason).containsExactly(FaceQuality.Reason.POSE);
        assertThat(q.refusals().get(0).message()).contains("turned").contains("frontal");
    }

    @Test
    void theTransformFittedToFivePointsMapsThemOntoTheReference() {
        List<Point> tilted = FaceAligner.REFERENCE.stream()
                .map(p -> new SimilarityTransform(Math.cos(0.3) * 3, Math.sin(0.3) * 3, 40, 10).apply(p)).toList();
        SimilarityTransform fitted = SimilarityTransform.fit(tilted, FaceAligner.REFERENCE);
        for (int i = 0; i < 5; i++) {
            Point p = fitted.apply(tilted.get(i));
            assertThat(p.x()).isCloseTo(FaceAligner.REFERENCE.get(i).x(), within(1e-6));
            assertThat(p.y()).isCloseTo(FaceAligner.REFERENCE.get(i).y(), within(1e-6));
        }
        assertThat(fitted.scale()).isCloseTo(1 / 3.0, within(1e-9));
        Point back = fitted.inverse().apply(fitted.apply(new Point(5, 7)));
        assertThat(back.x()).isCloseTo(5, within(1e-9));
    }

    private static List<Point> scaled(List<Point> points, double s) {
        return points.stream().map(p -> new Point(p.x() * s, p.y() * s)).toList();
    }
}
