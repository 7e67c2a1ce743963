package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both galleries on synthetic templates: random unit vectors, and probes made of a gallery vector plus noise. */
class FaceIndexTest {

    static final int DIM = 512;

    static FaceTemplate random(Random r) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return new FaceTemplate(v);
    }

    static FaceTemplate near(FaceTemplate t, double noise, Random r) {
        float[] v = t.vector().clone();
        for (int i = 0; i < DIM; i++) {
            v[i] += (float) (r.nextGaussian() * noise / Math.sqrt(DIM));
        }
        return new FaceTemplate(v);
    }

    @Test
    void theCompactGalleryFindsTheSameMatesAsBruteForceWithCloseScores() {
        Random r = new Random(7);
        BruteForceFaceIndex exact = new BruteForceFaceIndex(DIM);
        CompactFaceIndex compact = new CompactFaceIndex(DIM, 0.01, 50);
        FaceTemplate[] gallery = new FaceTemplate[20_000];
        for (int i = 0; i < gallery.length; i++) {
            gallery[i] = random(r);
            exact.add("s" + i, gallery[i]);
            compact.add("s" + i, gallery[i]);
        }
        assertThat(compact.size()).isEqualTo(20_000);
        int found = 0;
        for (int q = 0; q < 100; q++) {
            int mate = r.nextInt(gallery.length);
            FaceTemplate probe = near(gallery[mate], 1.0, r); // cosine about 0.7 to its mate
            List<FaceCandidate> e = exact.search(probe, 5, 0.3);
            List<FaceCandidate> c = compact.search(probe, 5, 0.3);
            assertThat(e).first().extracting(FaceCandidate::subjectId).isEqualTo("s" + mate);
            if (!c.isEmpty() && c.get(0).subjectId().equals("s" + mate)) {
                found++;
                assertThat(c.get(0).score()).isCloseTo(e.get(0).score(), within(0.01));
            }
        }
        assertThat(found).isEqualTo(100);
        assertThat(compact.bytesPerTemplate()).isLessThan(exact.bytesPerTemplate() / 3);
    }

    @Test
    void aSubjectEnrolledTwiceIsAnsweredOnceWithItsBestScoreAndRemovedWhole() {
        Random r = new Random(3);
        for (FaceIndex index : List.of(new BruteForceFaceIndex(DIM), new CompactFaceIndex(DIM))) {
            FaceTemplate a = random(r);
            index.add("alice", a);
            index.add("alice", near(a, 2.0, r));
            index.add("bob", random(r));
            List<FaceCandidate> found = index.search(a, 10, -1);
            assertThat(found).extracting(FaceCandidate::subjectId).containsExactly("alice", "bob");
            assertThat(found.get(0).score()).isGreaterThan(0.98);
            assertThat(index.remove("alice")).isTrue();
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.search(a, 10, -1)).extracting(FaceCandidate::subjectId).containsExactly("bob");
        }
    }

    @Test
    void templatesOfAnotherModelAreRefused() {
        assertThatThrownBy(() -> new CompactFaceIndex(DIM).add("x", random128()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("512");
    }

    static FaceTemplate random128() {
        float[] v = new float[128];
        Arrays.fill(v, 1f);
        return new FaceTemplate(v);
    }

    @Test
    void templatesSurviveTheirStoredForm() {
        FaceTemplate t = random(new Random(1));
        assertThat(FaceTemplate.fromBytes(t.toBytes()).vector()).containsExactly(t.vector());
    }
}
