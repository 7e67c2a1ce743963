package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactGalleryTest {

    private static CompactGallery filled(Path directory) {
        CompactGallery gallery = new CompactGallery(directory, 2, 4);
        for (FingerPosition position : List.of(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
                FingerPosition.LEFT_INDEX, FingerPosition.LEFT_MIDDLE, FingerPosition.RIGHT_RING)) {
            gallery.add("card", position, TestPrints.tenPrint(position));
        }
        gallery.add("other-finger", FingerPosition.UNKNOWN, TestPrints.template("nonmatching.png"));
        gallery.add("sourceafis-finger", FingerPosition.UNKNOWN, TestPrints.template("matching.png"));
        return gallery;
    }

    @Test
    void theMateIsFoundThroughTheQuantisedFormWithNearlyItsOwnScore() {
        try (CompactGallery gallery = filled(null)) {
            Template probe = TestPrints.template("probe.png");
            List<Candidate> found = gallery.identify(probe, FingerPosition.UNKNOWN, Thresholds.MATCH, 5);

            assertThat(found).extracting(Candidate::subjectId).containsExactly("sourceafis-finger");
            double original = probe.compare(TestPrints.template("matching.png"));
            assertThat(found.get(0).score()).isBetween(original * 0.8, original * 1.2);
        }
    }

    @Test
    void thePrefilterRanksTheMateFirstAndTheShortlistIsAllSourceAfisCompares() {
        try (CompactGallery gallery = filled(null)) {
            assertThat(gallery.prefilterRank(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, "sourceafis-finger"))
                    .isZero();
        }
    }

    @Test
    void aPrintTakesAboutTwoKilobytesInsteadOfTwenty() {
        try (CompactGallery gallery = filled(null)) {
            long perPrint = gallery.storedBytes() / gallery.size();
            // rolled prints of 100 minutiae: 400 bytes of minutiae, up to 600 edges of 3 bytes
            assertThat(perPrint).isLessThan(2_300);
            assertThat(perPrint * 8).isLessThan(TestPrints.tenPrint(FingerPosition.RIGHT_INDEX).memoryBytes());
        }
    }

    @Test
    void mappedStorageKeepsPrintsInFilesAndSearchesThem(@TempDir Path directory) throws Exception {
        try (CompactGallery gallery = filled(directory)) {
            assertThat(Files.list(directory)).isNotEmpty();
            assertThat(gallery.identify(Map.of(FingerPosition.UNKNOWN, TestPrints.template("probe.png")), Thresholds.MATCH, 5))
                    .extracting(Candidate::subjectId).containsExactly("sourceafis-finger");
        }
    }

    @Test
    void aRemovedSubjectIsNoLongerFound() {
        try (CompactGallery gallery = filled(null)) {
            assertThat(gallery.removeSubject("sourceafis-finger")).isTrue();
            assertThat(gallery.identify(TestPrints.template("probe.png"), FingerPosition.UNKNOWN, Thresholds.POSSIBLE, 5))
                    .extracting(Candidate::subjectId).doesNotContain("sourceafis-finger");
        }
    }
}
