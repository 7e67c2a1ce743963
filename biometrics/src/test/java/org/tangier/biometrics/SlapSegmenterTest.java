package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NIST's ten-print card: its slaps cut into fingertips that match the card's rolled prints of the same fingers. */
class SlapSegmenterTest {

    private static List<SlapSegmenter.Segment> segments(FingerPosition slap) {
        FingerprintSample sample = TestPrints.transaction("type-4-tpcard.an2").fingerprints().stream()
                .filter(s -> s.position() == slap).findFirst().orElseThrow();
        return SlapSegmenter.segment(FingerprintDecoder.decode(sample), slap);
    }

    private static double scoreAgainstRolled(SlapSegmenter.Segment segment) {
        return Template.extract(segment.image()).compare(TestPrints.tenPrint(segment.position()));
    }

    @Test
    void aLeftFourFingerSlapIsCutIntoLittleRingMiddleAndIndexFromLeftToRight() {
        List<SlapSegmenter.Segment> left = segments(FingerPosition.PLAIN_LEFT_FOUR_FINGERS);

        assertThat(left).extracting(SlapSegmenter.Segment::position).containsExactly(FingerPosition.LEFT_LITTLE,
                FingerPosition.LEFT_RING, FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_INDEX);
        assertThat(left).extracting(SlapSegmenter.Segment::x).isSorted();
        // ring, middle and index match the rolled prints of the same fingers (the little finger's plain print is faint)
        assertThat(left.subList(1, 4)).allSatisfy(segment -> assertThat(scoreAgainstRolled(segment)).isGreaterThan(Thresholds.MATCH));
    }

    @Test
    void aRightFourFingerSlapIsCutIntoIndexMiddleRingAndLittleFromLeftToRight() {
        List<SlapSegmenter.Segment> right = segments(FingerPosition.PLAIN_RIGHT_FOUR_FINGERS);

        assertThat(right).extracting(SlapSegmenter.Segment::position).containsExactly(FingerPosition.RIGHT_INDEX,
                FingerPosition.RIGHT_MIDDLE, FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE);
        assertThat(scoreAgainstRolled(right.get(1))).isGreaterThan(Thresholds.MATCH);
        assertThat(scoreAgainstRolled(right.get(2))).isGreaterThanOrEqualTo(Thresholds.POSSIBLE);
        // a segment is a fingertip, not the whole slap
        assertThat(right).allSatisfy(segment -> assertThat(segment.image().width()).isLessThan(600));
    }

    @Test
    void onlySlapPositionsAreSegmented() {
        assertThat(SlapSegmenter.isSlap(FingerPosition.PLAIN_THUMBS)).isTrue();
        assertThat(SlapSegmenter.isSlap(FingerPosition.RIGHT_INDEX)).isFalse();
        DecodedImage rolled = FingerprintDecoder.decode(TestPrints.bytes("matching.png"));
        assertThatThrownBy(() -> SlapSegmenter.segment(rolled, FingerPosition.RIGHT_INDEX))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
