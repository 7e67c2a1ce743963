package org.tangier.bench.biometrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tangier.biometrics.AnsiNistReader;
import org.tangier.biometrics.FingerprintDecoder;
import org.tangier.biometrics.FingerprintSample;
import org.tangier.biometrics.Template;

/** Templates of the real prints in the shared data folder, by name ("probe.png", "card-1" for card position 1, "tip-0"). */
final class RealPrints {

    private RealPrints() {
    }

    static Map<String, Template> load(Path data) throws IOException {
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String name : new String[] {"probe.png", "matching.png", "nonmatching.png", "wsq-original.wsq"}) {
            templates.put(name, Template.extract(FingerprintDecoder.decode(Files.readAllBytes(data.resolve("sourceafis").resolve(name)))));
        }
        for (FingerprintSample sample : AnsiNistReader.read(Files.readAllBytes(data.resolve("ansi-nist/type-4-tpcard.an2"))).fingerprints()) {
            templates.put("card-" + sample.position().code(), Template.extract(sample));
        }
        int i = 0;
        for (FingerprintSample sample : AnsiNistReader.read(Files.readAllBytes(data.resolve("ansi-nist/type-14-tip-eji-wsq.an2"))).fingerprints()) {
            templates.put("tip-" + i++, Template.extract(sample));
        }
        return templates;
    }
}
