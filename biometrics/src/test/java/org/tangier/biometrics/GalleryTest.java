package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GalleryTest {

    private static final List<FingerPosition> ROLLED = List.of(
            FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
            FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE, FingerPosition.LEFT_THUMB,
            FingerPosition.LEFT_INDEX, FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_RING, FingerPosition.LEFT_LITTLE);

    /** A ten-print subject (the card's rolled fingers) among single-finger subjects. */
    private static Gallery enrolled(Gallery gallery) {
        for (FingerPosition position : ROLLED) {
            gallery.add("card", position, TestPrints.tenPrint(position));
        }
        gallery.add("sourceafis-finger", FingerPosition.UNKNOWN, TestPrints.template("matching.png"));
        gallery.add("other-finger", FingerPosition.UNKNOWN, TestPrints.template("nonmatching.png"));
        gallery.add("wsq-finger", FingerPosition.RIGHT_INDEX, TestPrints.template("wsq-original.wsq"));
        return gallery;
    }

    @Test
    void singleFingerSearchFindsTheRightSubjectAndNoOther() {
        Gallery gallery = enrolled(new Gallery());

        List<Candidate> candidates = gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN,
                Thresholds.MATCH, 10);

        assertThat(candidates).extracting(Candidate::subjectId).containsExactly("sourceafis-finger");
        assertThat(candidates.get(0).isMatch()).isTrue();
        assertThat(candidates.get(0).fingers()).singleElement()
                .satisfies(finger -> assertThat(finger.enrolledPosition()).isEqualTo(FingerPosition.UNKNOWN));
    }

    @Test
    void tenPrintProbeMatchesFingerToFingerAndExplainsWhich() {
        Gallery gallery = enrolled(new Gallery());
        Map<FingerPosition, Template> plainThumbs = Map.of(
                FingerPosition.PLAIN_RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB),
                FingerPosition.PLAIN_LEFT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB));

        List<Candidate> candidates = gallery.identify(plainThumbs, Thresholds.MATCH, 10);

        assertThat(candidates).extracting(Candidate::subjectId).containsExactly("card");
        assertThat(candidates.get(0).fingers())
                .extracting(Candidate.FingerMatch::probePosition, Candidate.FingerMatch::enrolledPosition)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FingerPosition.PLAIN_RIGHT_THUMB, FingerPosition.RIGHT_THUMB),
                        org.assertj.core.groups.Tuple.tuple(FingerPosition.PLAIN_LEFT_THUMB, FingerPosition.LEFT_THUMB));
        assertThat(candidates.get(0).score()).isEqualTo(candidates.get(0).fingers().get(0).score());
    }

    @Test
    void aKnownPositionSearchesOnlyThatFingerWhileAnUnknownOneSearchesAll() {
        Gallery gallery = enrolled(new Gallery());
        Template plainRightThumb = TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB);

        assertThat(gallery.identify(plainRightThumb, FingerPosition.LEFT_INDEX, Thresholds.MATCH, 10)).isEmpty();
        assertThat(gallery.identify(plainRightThumb, FingerPosition.UNKNOWN, Thresholds.MATCH, 10))
                .extracting(Candidate::subjectId).containsExactly("card");
    }

    @Test
    void preFilteredSearchKeepsTheMateInItsShortlist() {
        // a shortlist of a quarter of the gallery, with the pre-filter's size limits opened for a small gallery
        Gallery gallery = enrolled(new Gallery(2, 0.25, 0, 1));

        assertThat(gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, Thresholds.MATCH, 5))
                .extracting(Candidate::subjectId).containsExactly("sourceafis-finger");
        assertThat(gallery.identify(TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB), FingerPosition.UNKNOWN,
                Thresholds.MATCH, 5)).extracting(Candidate::subjectId).containsExactly("card");
    }

    @Test
    void limitKeepsTheBestCandidates() {
        Gallery gallery = enrolled(new Gallery());

        List<Candidate> all = gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, 0, 100);
        List<Candidate> top = gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, 0, 2);

        assertThat(all).hasSize(4).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(top).containsExactlyElementsOf(all.subList(0, 2));
    }

    @Test
    void removedSubjectsAreNoLongerFoundAndReEnrolmentReplaces() {
        Gallery gallery = enrolled(new Gallery());
        int enrolled = gallery.size();

        gallery.add("sourceafis-finger", FingerPosition.UNKNOWN, TestPrints.template("matching.png"));
        assertThat(gallery.size()).isEqualTo(enrolled);

        assertThat(gallery.removeSubject("sourceafis-finger")).isEqualTo(1);
        assertThat(gallery.remove("card", FingerPosition.RIGHT_THUMB)).isTrue();
        assertThat(gallery.remove("card", FingerPosition.RIGHT_THUMB)).isFalse();

        assertThat(gallery.size()).isEqualTo(enrolled - 2);
        assertThat(gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, Thresholds.MATCH, 10)).isEmpty();
        assertThat(gallery.identify(TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB), FingerPosition.PLAIN_LEFT_THUMB,
                Thresholds.MATCH, 10)).extracting(Candidate::subjectId).containsExactly("card");
    }

    @Test
    void verificationScoresTheSubjectsPrintOfTheSameFinger() {
        Gallery gallery = enrolled(new Gallery());
        Template plainRightThumb = TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB);

        assertThat(gallery.verify("card", FingerPosition.PLAIN_RIGHT_THUMB, plainRightThumb).orElseThrow())
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
        assertThat(gallery.verify("card", FingerPosition.LEFT_RING, plainRightThumb).orElseThrow())
                .isLessThan(Thresholds.POSSIBLE);
        assertThat(gallery.verify("nobody", FingerPosition.RIGHT_THUMB, plainRightThumb)).isEmpty();
    }

    @Test
    void reportsMemoryOfItsTemplates() {
        Gallery gallery = enrolled(new Gallery());

        assertThat(gallery.memoryBytes()).isGreaterThan(gallery.size() * 1_000L);
    }

    @Test
    void searchesRunSafelyWhileSubjectsAreEnrolledAndRemoved() throws Exception {
        Gallery gallery = enrolled(new Gallery());
        Template probe = TestPrints.template("probe.png");
        Template filler = TestPrints.template("nonmatching.png");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(threads.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    gallery.add("filler-" + i, FingerPosition.UNKNOWN, filler);
                    if (i % 3 == 0) {
                        gallery.removeSubject("filler-" + (i / 2));
                    }
                }
            }));
            for (int t = 0; t < 2; t++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        assertThat(gallery.identify(probe, FingerPosition.UNKNOWN, Thresholds.MATCH, 3))
                                .extracting(Candidate::subjectId).containsExactly("sourceafis-finger");
                    }
                }));
            }
            for (Future<?> future : work) {
                assertThatCode(future::get).doesNotThrowAnyException();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
