package org.tangier.bench.biometrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tangier.biometrics.FingerprintDecoder;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.Thresholds;
import org.tangier.biometrics.UnusableFingerprintException;

/**
 * Accuracy of Tangier's fingerprint comparison on a folder in FVC layout ({@code <finger>_<impression>.<ext>}, any
 * format the decoder reads): FMR and FNMR at a threshold and the equal error rate, over all genuine pairs (two
 * impressions of one finger) and all impostor pairs (impressions of two different fingers).
 *
 * <pre>java -cp bench/target/tangier-bench.jar org.tangier.bench.biometrics.FingerprintEvaluation FOLDER [THRESHOLD] [--dpi N]</pre>
 */
public final class FingerprintEvaluation {

    private static final Pattern FVC_NAME = Pattern.compile("(\\d+)_(\\d+)\\.[A-Za-z0-9]+");

    record Impression(String file, int finger, Template template) {
    }

    record Result(double[] genuine, double[] impostor, int failedToEnrol) {
        double fmr(double threshold) {
            return rate(impostor, threshold, true);
        }

        double fnmr(double threshold) {
            return rate(genuine, threshold, false);
        }

        /** The threshold where FMR and FNMR are closest, and their mean there. */
        double[] equalErrorRate() {
            double[] candidates = Stream.of(genuine, impostor).flatMapToDouble(Arrays::stream).sorted().distinct().toArray();
            double bestGap = Double.MAX_VALUE, eer = Double.NaN, at = Double.NaN;
            for (double threshold : candidates) {
                for (double t : new double[] {threshold, Math.nextUp(threshold)}) {
                    double gap = Math.abs(fmr(t) - fnmr(t));
                    if (gap < bestGap) {
                        bestGap = gap;
                        eer = (fmr(t) + fnmr(t)) / 2;
                        at = t;
                    }
                }
            }
            return new double[] {eer, at};
        }

        private static double rate(double[] scores, double threshold, boolean atOrAbove) {
            if (scores.length == 0) {
                return Double.NaN;
            }
            long count = Arrays.stream(scores).filter(s -> atOrAbove == (s >= threshold)).count();
            return (double) count / scores.length;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FingerprintEvaluation FOLDER [THRESHOLD] [--dpi N]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        double threshold = Thresholds.MATCH, dpi = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dpi")) {
                dpi = Double.parseDouble(args[++i]);
            } else {
                threshold = Double.parseDouble(args[i]);
            }
        }
        Result result = evaluate(folder, dpi, System.out);
        print(result, threshold, System.out);
    }

    static Result evaluate(Path folder, double dpi, java.io.PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> FVC_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no files named <finger>_<impression>.<ext>");
        }
        int[] failed = {0};
        List<Impression> impressions = files.parallelStream().map(file -> {
            Matcher name = FVC_NAME.matcher(file.getFileName().toString());
            name.matches();
            try {
                Template template = Template.extract(FingerprintDecoder.decode(Files.readAllBytes(file), dpi));
                return new Impression(file.getFileName().toString(), Integer.parseInt(name.group(1)), template);
            } catch (UnusableFingerprintException e) {
                synchronized (failed) {
                    failed[0]++;
                    out.println("failed to enrol " + file.getFileName() + ": " + e.getMessage());
                }
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(java.util.Objects::nonNull).toList();
        List<double[]> genuine = new ArrayList<>(), impostor = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < impressions.size(); i++) {
            for (int j = i + 1; j < impressions.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        double[] scores = pairs.parallelStream()
                .mapToDouble(p -> impressions.get(p[0]).template().compare(impressions.get(p[1]).template())).toArray();
        List<Double> g = new ArrayList<>(), im = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            int[] p = pairs.get(k);
            (impressions.get(p[0]).finger() == impressions.get(p[1]).finger() ? g : im).add(scores[k]);
        }
        out.printf(Locale.ROOT, "%d impressions of %d fingers in %s%n", impressions.size(),
                impressions.stream().mapToInt(Impression::finger).distinct().count(), folder);
        return new Result(g.stream().mapToDouble(Double::doubleValue).toArray(),
                im.stream().mapToDouble(Double::doubleValue).toArray(), failed[0]);
    }

    static void print(Result result, double threshold, java.io.PrintStream out) {
        double[] eer = result.equalErrorRate();
        out.printf(Locale.ROOT, "genuine pairs    %d (scores %s)%n", result.genuine().length, range(result.genuine()));
        out.printf(Locale.ROOT, "impostor pairs   %d (scores %s)%n", result.impostor().length, range(result.impostor()));
        out.printf(Locale.ROOT, "failed to enrol  %d%n", result.failedToEnrol());
        out.printf(Locale.ROOT, "threshold        %.1f%n", threshold);
        out.printf(Locale.ROOT, "FMR              %.4f%%%n", 100 * result.fmr(threshold));
        out.printf(Locale.ROOT, "FNMR             %.4f%%%n", 100 * result.fnmr(threshold));
        out.printf(Locale.ROOT, "EER              %.4f%% (at threshold %.1f)%n", 100 * eer[0], eer[1]);
    }

    private static String range(double[] scores) {
        if (scores.length == 0) {
            return "none";
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "min %.1f, median %.1f, max %.1f", sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1]);
    }
}
