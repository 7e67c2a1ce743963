package org.tangier.bench.faces;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.tangier.faces.FaceAnalysis;
import org.tangier.faces.FaceEngine;
import org.tangier.faces.FaceModels;
import org.tangier.faces.FaceTemplate;
import org.tangier.faces.QualityPolicy;

/**
 * Accuracy and speed of the face pipeline on a set of two photographs per person: a folder {@code enrol} and a folder
 * {@code probe} whose files start with the person's number ({@code 001_03.jpg}, {@code 001_08.jpg}). Made for the
 * Face Research Lab London Set (CC BY 4.0; neutral_front and smiling_front, docs/faces.md).
 *
 * <p>Verification: every enrol image against every probe image; FNMR at the threshold where FMR is 0.1 %.
 * Identification (open set): every probe searched in the gallery of all enrol images (mated searches) and in the
 * gallery without its mate (non-mated searches); FNIR at the threshold where FPIR is 1 %, mate at rank 1.
 *
 * <pre>java -cp bench/target/tangier-bench.jar org.tangier.bench.faces.FaceEvaluation ENROL_DIR PROBE_DIR [THREADS]</pre>
 */
public final class FaceEvaluation {

    public static void main(String[] args) throws IOException {
        Path enrolDir = Path.of(args[0]);
        Path probeDir = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        // the set is of portraits: no quality refusal, so that every image counts (a refusal would hide an error)
        QualityPolicy lenient = new QualityPolicy(0, 90, 90, 0);
        try (FaceEngine engine = FaceEngine.open(FaceModels.bundled(), threads)) {
            List<long[]> times = new ArrayList<>();
            Map<String, FaceTemplate> enrol = templates(engine, enrolDir, lenient, times);
            Map<String, FaceTemplate> probe = templates(engine, probeDir, lenient, times);
            timing(times);

            List<Double> genuine = new ArrayList<>();
            List<Double> impostor = new ArrayList<>();
            for (var e : enrol.entrySet()) {
                for (var p : probe.entrySet()) {
                    double s = e.getValue().similarity(p.getValue());
                    (e.getKey().equals(p.getKey()) ? genuine : impostor).add(s);
                }
            }
            double[] g = sorted(genuine);
            double[] i = sorted(impostor);
            double t = thresholdAt(i, 0.001);
            System.out.printf(Locale.ROOT, "verification: %d genuine, %d impostor pairs; FNMR %.2f%% at FMR 0.1%% (threshold %.3f); genuine median %.3f, impostor median %.3f%n",
                    g.length, i.length, 100 * below(g, t), t, g[g.length / 2], i[i.length / 2]);
            for (double fixed : new double[] {0.3, 0.35, 0.4, 0.5}) {
                System.out.printf(Locale.ROOT, "  at %.2f: FMR %.3f%%, FNMR %.2f%%%n", fixed, 100 * (1 - below(i, fixed)), 100 * below(g, fixed));
            }

            // open-set identification
            List<Double> nonMatedTop = new ArrayList<>();
            List<double[]> mated = new ArrayList<>(); // {mate's score, best other score}
            for (var p : probe.entrySet()) {
                double mate = Double.NEGATIVE_INFINITY;
                double other = Double.NEGATIVE_INFINITY;
                for (var e : enrol.entrySet()) {
                    double s = e.getValue().similarity(p.getValue());
                    if (e.getKey().equals(p.getKey())) {
                        mate = s;
                    } else {
                        other = Math.max(other, s);
                    }
                }
                nonMatedTop.add(other);
                if (mate > Double.NEGATIVE_INFINITY) {
                    mated.add(new double[] {mate, other});
                }
            }
            double[] nm = sorted(nonMatedTop);
            double ti = thresholdAt(nm, 0.01);
            int missed = 0;
            int rank1 = 0;
            for (double[] m : mated) {
                boolean first = m[0] > m[1];
                rank1 += first ? 1 : 0;
                missed += first && m[0] >= ti ? 0 : 1;
            }
            System.out.printf(Locale.ROOT, "identification: gallery %d, %d mated and %d non-mated searches; rank-1 %.1f%%; FNIR %.1f%% at FPIR 1%% (threshold %.3f)%n",
                    enrol.size(), mated.size(), nm.length, 100.0 * rank1 / mated.size(), 100.0 * missed / mated.size(), ti);
        }
    }

    private static Map<String, FaceTemplate> templates(FaceEngine engine, Path dir, QualityPolicy policy, List<long[]> times)
            throws IOException {
        Map<String, FaceTemplate> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().matches("\\d+_.*\\.(jpg|jpeg|png)")).sorted().toList();
        }
        int failed = 0;
        for (Path f : files) {
            BufferedImage image = ImageIO.read(f.toFile());
            String person = f.getFileName().toString().split("_")[0];
            times.add(engine.time(image));
            FaceAnalysis a = engine.analyse(image, policy);
            if (a.template() == null) {
                failed++;
                continue;
            }
            out.put(person, a.template());
        }
        System.out.printf(Locale.ROOT, "%s: %d images, %d without a face found%n", dir, files.size(), failed);
        return out;
    }

    private static void timing(List<long[]> times) {
        String[] steps = {"detection", "landmarks + alignment", "embedding"};
        for (int s = 0; s < 3; s++) {
            int step = s;
            long[] t = times.stream().skip(3).mapToLong(x -> x[step]).filter(x -> x >= 0).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-22s mean %6.1f ms  p50 %6.1f ms  p99 %6.1f ms  (%d images, first 3 left out as warm-up)%n",
                    steps[s], Arrays.stream(t).average().orElse(0) / 1e6, t[t.length / 2] / 1e6,
                    t[Math.min(t.length - 1, (int) Math.ceil(0.99 * t.length) - 1)] / 1e6, t.length);
        }
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The lowest threshold at which at most {@code rate} of the (ascending) non-mated scores reach it. */
    private static double thresholdAt(double[] nonMated, double rate) {
        int allowed = (int) Math.floor(rate * nonMated.length);
        return Math.nextUp(nonMated[nonMated.length - 1 - allowed]);
    }

    /** Share of the (ascending) scores below the threshold. */
    private static double below(double[] ascending, double threshold) {
        int k = Arrays.binarySearch(ascending, threshold);
        int idx = k >= 0 ? k : -k - 1;
        while (k >= 0 && idx > 0 && ascending[idx - 1] == threshold) {
            idx--;
        }
        return (double) idx / ascending.length;
    }
}
