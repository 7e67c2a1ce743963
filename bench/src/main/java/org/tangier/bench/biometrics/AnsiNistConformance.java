package org.tangier.bench.biometrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tangier.biometrics.AnsiNistReader;
import org.tangier.biometrics.AnsiNistTransaction;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.UnusableFingerprintException;

/**
 * Reads every ANSI/NIST-ITL file of a folder (NIST's reference transactions) as Tangier would: the transaction, then
 * every fingerprint and latent image to a template. Prints one line per file: read with its prints and latents, or
 * the refusal, naming the record; and any image refused at decoding, naming its record.
 *
 * <pre>java -cp bench/target/tangier-bench.jar org.tangier.bench.biometrics.AnsiNistConformance FOLDER</pre>
 */
public final class AnsiNistConformance {

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(f -> f.toString().endsWith(".an2")).sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            StringBuilder line = new StringBuilder(file.getFileName().toString()).append(": ");
            try {
                AnsiNistTransaction transaction = AnsiNistReader.read(Files.readAllBytes(file));
                read++;
                line.append("read, record types ").append(transaction.recordTypes().stream().distinct().toList());
                if (!transaction.hasFingerprints()) {
                    line.append("; for fingerprints: ").append(transaction.noFingerprintMessage());
                }
                line.append("; ").append(transaction.fingerprints().size()).append(" prints, ")
                        .append(transaction.latents().size()).append(" latents");
                for (int i = 0; i < transaction.fingerprints().size(); i++) {
                    int index = i;
                    line.append(image(transaction.fingerprintRecords().get(i), () -> Template.extract(transaction.fingerprints().get(index))));
                }
                for (int i = 0; i < transaction.latents().size(); i++) {
                    int index = i;
                    line.append(image(transaction.latentRecords().get(i), () -> Template.extract(transaction.latents().get(index))));
                }
            } catch (UnusableFingerprintException e) {
                line.append("REFUSED: ").append(e.getMessage());
            }
            System.out.println(line);
        }
        System.out.printf("%d of %d files read%n", read, files.size());
    }

    private interface Extraction {
        Template run();
    }

    private static String image(String record, Extraction extraction) {
        try {
            extraction.run();
            return "";
        } catch (UnusableFingerprintException e) {
            return "; " + record + " refused: " + e.getMessage();
        }
    }
}
