package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The compact gallery as the server fills it: prints loaded from their stored bytes under UUID print ids. Several
 * impressions per finger, the impression that matched named, ten-print fusion as in the heap gallery.
 */
class CompactGalleryImpressionsTest {

    @Test
    void everyImpressionIsSearchedAndTheMatchingOneIsNamedByItsPrintId() {
        String matching = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        try (CompactGallery gallery = new CompactGallery(null, 1, 10)) {
            gallery.add("P-1", other, FingerPosition.RIGHT_INDEX, TestPrints.template("nonmatching.png").toBytes());
            gallery.add("P-1", matching, FingerPosition.RIGHT_INDEX, TestPrints.template("matching.png").toBytes());
            gallery.add("P-2", "not-a-uuid", FingerPosition.RIGHT_INDEX, TestPrints.template("nonmatching.png").toBytes());

            assertThat(gallery.size()).isEqualTo(3);
            List<Candidate> found = gallery.identify(TestPrints.template("probe.png"), FingerPosition.RIGHT_INDEX, Thresholds.MATCH, 5);
            assertThat(found).singleElement().satisfies(candidate -> {
                assertThat(candidate.subjectId()).isEqualTo("P-1");
                assertThat(candidate.fingers().get(0).enrolledPrintId()).isEqualTo(matching);
            });
            assertThat(gallery.hasPrint("P-1", matching)).isTrue();
            assertThat(gallery.hasPrint("P-2", "not-a-uuid")).isTrue();
            assertThat(gallery.hasPrint("P-2", matching)).isFalse();
        }
    }

    @Test
    void fusionOrdersAsTheHeapGalleryDoes() {
        Map<FingerPosition, Template> probe = Map.of(
                FingerPosition.PLAIN_RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB),
                FingerPosition.PLAIN_LEFT_THUMB, TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB));
        Gallery heap = new Gallery(1, 1.0);
        try (CompactGallery compact = new CompactGallery(null, 1, 10)) {
            for (String subject : List.of("a-right-thumb-only", "both-thumbs")) {
                heap.add(subject, FingerPosition.RIGHT_THUMB, TestPrints.tenPrint(FingerPosition.RIGHT_THUMB));
                compact.add(subject, UUID.randomUUID().toString(), FingerPosition.RIGHT_THUMB,
                        TestPrints.tenPrint(FingerPosition.RIGHT_THUMB).toBytes());
            }
            heap.add("both-thumbs", FingerPosition.LEFT_THUMB, TestPrints.tenPrint(FingerPosition.LEFT_THUMB));
            compact.add("both-thumbs", UUID.randomUUID().toString(), FingerPosition.LEFT_THUMB,
                    TestPrints.tenPrint(FingerPosition.LEFT_THUMB).toBytes());

            List<Candidate> fromCompact = compact.identify(probe, Thresholds.MATCH, 5);
            assertThat(fromCompact).extracting(Candidate::subjectId).containsExactly("both-thumbs", "a-right-thumb-only");
            assertThat(fromCompact.get(0).fingers()).hasSize(2);
            assertThat(fromCompact).extracting(Candidate::subjectId)
                    .isEqualTo(heap.identify(probe, Thresholds.MATCH, 5).stream().map(Candidate::subjectId).toList());
        }
    }

    @Test
    void aTemplateOfAnotherExtractorIsToldFromItsHeader() {
        byte[] stored = TestPrints.template("probe.png").toBytes();
        assertThat(Template.isCurrent(stored)).isTrue();
        byte[] older = stored.clone();
        older[6 + "sourceafis/".length()] = '0'; // another major version in the extractor name
        assertThat(Template.isCurrent(older)).isFalse();
        assertThat(Template.isCurrent(new byte[] {1, 2, 3})).isFalse();
    }
}
