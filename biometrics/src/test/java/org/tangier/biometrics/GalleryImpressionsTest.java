package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several impressions per finger, all searched, and the fusion of several probe fingers. */
class GalleryImpressionsTest {

    @Test
    void aSecondImpressionAtTheSamePositionDoesNotHideTheFirst() {
        Gallery gallery = new Gallery(1, 1.0);
        gallery.add("P-1", "print-a", FingerPosition.RIGHT_INDEX, TestPrints.template("matching.png"));
        gallery.add("P-1", "print-b", FingerPosition.RIGHT_INDEX, TestPrints.template("nonmatching.png"));

        assertThat(gallery.size()).isEqualTo(2);
        List<Candidate> found = gallery.identify(TestPrints.template("probe.png"), FingerPosition.RIGHT_INDEX, Thresholds.MATCH, 5);
        assertThat(found).singleElement().satisfies(candidate -> {
            assertThat(candidate.subjectId()).isEqualTo("P-1");
            assertThat(candidate.fingers().get(0).enrolledPrintId()).isEqualTo("print-a");
        });
    }

    @Test
    void theSamePrintIdEnrolledAgainReplacesItsTemplateAndRemovalTakesOneImpression() {
        Gallery gallery = new Gallery(1, 1.0);
        gallery.add("P-1", "print-a", FingerPosition.RIGHT_INDEX, TestPrints.template("nonmatching.png"));
        gallery.add("P-1", "print-a", FingerPosition.RIGHT_INDEX, TestPrints.template("matching.png"));
        gallery.add("P-1", "print-b", FingerPosition.RIGHT_INDEX, TestPrints.template("nonmatching.png"));

        assertThat(gallery.size()).isEqualTo(2);
        assertThat(gallery.removePrint("P-1", "print-a")).isTrue();
        assertThat(gallery.identify(TestPrints.template("probe.png"), FingerPosition.RIGHT_INDEX, Thresholds.MATCH, 5)).isEmpty();
    }

    @Test
    void aSubjectWhoseTwoFingersAgreeRanksAboveOneWhoseSingleFingerDoes() {
        Gallery gallery = new Gallery(1, 1.0);
        // both hold the same rolled right thumb; only "both-thumbs" also holds the left one
        gallery.add("a-right-thumb-only", FingerPosition.RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.RIGHT_THUMB));
        gallery.add("both-thumbs", FingerPosition.RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.RIGHT_THUMB));
        gallery.add("both-thumbs", FingerPosition.LEFT_THUMB, TestPrints.tenPrint(FingerPosition.LEFT_THUMB));

        List<Candidate> found = gallery.identify(Map.of(
                FingerPosition.PLAIN_RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB),
                FingerPosition.PLAIN_LEFT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB)), Thresholds.MATCH, 5);

        assertThat(found).extracting(Candidate::subjectId).containsExactly("both-thumbs", "a-right-thumb-only");
        Candidate both = found.get(0);
        assertThat(both.fingers()).hasSize(2);
        assertThat(both.fusedScore()).isEqualTo(both.fingers().get(0).score() + both.fingers().get(1).score());
        assertThat(both.score()).as("the decision stays the best finger's").isEqualTo(both.fingers().get(0).score());
    }
}
