package org.tangier.bench.biometrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tangier.biometrics.AnsiNistReader;
import org.tangier.biometrics.AnsiNistTransaction;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.FingerprintSample;

/**
 * Assembles a small FVC-layout folder from the shared test data, to prove {@link FingerprintEvaluation} while no
 * public FVC set is reachable. Genuine pairs: SourceAFIS's two impressions of one finger; the rolled and plain
 * thumbs of NIST's ten-print card; the fingertip and the entire-joint image NIST labels as the same left index
 * finger. Every other print is a single impression and serves only in impostor pairs. The type-14 card is left out:
 * it holds the same images as the type-4 card (same sizes, and each pair scores over 1,000).
 *
 * <p>Evaluate the folder with {@code --dpi 500}: the NISTCOM comments of some of NIST's WSQ images state "PPI 255",
 * while their ANSI/NIST records state 19.69 pixels per millimetre (500 ppi).
 *
 * <pre>java -cp bench/target/tangier-bench.jar org.tangier.bench.biometrics.AssembleFvcFolder SHARED_DATA_DIR TARGET_DIR</pre>
 */
public final class AssembleFvcFolder {

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data/fingerprints");
        Path target = Path.of(args.length > 1 ? args[1] : "bench/target/fvc-assembled");
        Files.createDirectories(target);
        Path sourceafis = data.resolve("sourceafis");
        copy(sourceafis.resolve("probe.png"), target.resolve("1_1.png"));
        copy(sourceafis.resolve("matching.png"), target.resolve("1_2.png"));
        copy(sourceafis.resolve("nonmatching.png"), target.resolve("2_1.png"));
        copy(sourceafis.resolve("wsq-original.wsq"), target.resolve("3_1.wsq"));

        AnsiNistTransaction card = AnsiNistReader.read(Files.readAllBytes(data.resolve("ansi-nist/type-4-tpcard.an2")));
        int finger = 4;
        for (FingerPosition rolled : List.of(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB)) {
            write(card, rolled, target.resolve(finger + "_1.wsq"));
            write(card, rolled == FingerPosition.RIGHT_THUMB ? FingerPosition.PLAIN_RIGHT_THUMB : FingerPosition.PLAIN_LEFT_THUMB,
                    target.resolve(finger + "_2.wsq"));
            finger++;
        }
        for (FingerPosition rolled : List.of(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE, FingerPosition.RIGHT_RING,
                FingerPosition.RIGHT_LITTLE, FingerPosition.LEFT_INDEX, FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_RING,
                FingerPosition.LEFT_LITTLE)) {
            write(card, rolled, target.resolve(finger++ + "_1.wsq"));
        }
        // position 19 records: the first is the left index tip (PPD "7TIP"), the second its entire joint image ("7EJI")
        List<FingerprintSample> tips = AnsiNistReader.read(
                Files.readAllBytes(data.resolve("ansi-nist/type-14-tip-eji-wsq.an2"))).fingerprints();
        Files.write(target.resolve(finger + "_1.wsq"), tips.get(0).image());
        Files.write(target.resolve(finger + "_2.wsq"), tips.get(1).image());
        System.out.println("assembled " + target.toAbsolutePath() + " with fingers 1 to " + finger);
    }

    private static void write(AnsiNistTransaction card, FingerPosition position, Path file) throws IOException {
        FingerprintSample sample = card.fingerprints().stream().filter(s -> s.position() == position).findFirst().orElseThrow();
        Files.write(file, sample.image());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
