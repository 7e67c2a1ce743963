package org.tangier.bench.biometrics;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tangier.biometrics.DecodedImage;
import org.tangier.biometrics.FingerprintDecoder;
import org.tangier.biometrics.Template;

/**
 * Template extraction per image and comparisons per second, each beside its baseline: extraction through Tangier
 * (decode, checks, SourceAFIS, pre-filter keys) against SourceAFIS alone on the same pixels; comparison with a
 * matcher built once per probe (as the gallery does) against building it for every comparison (the naive 1:1 loop).
 *
 * <pre>java -jar bench/target/tangier-bench.jar FingerprintBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 * The prints are read from {@code -Dtangier.fingerprints=DIR} (default /work/shared/data/fingerprints).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FingerprintBenchmark {

    private byte[] png;
    private DecodedImage decoded;
    private FingerprintTemplate probe;
    private FingerprintTemplate[] candidates;
    private FingerprintMatcher matcher;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("tangier.fingerprints", "/work/shared/data/fingerprints"));
        png = Files.readAllBytes(data.resolve("sourceafis/probe.png"));
        decoded = FingerprintDecoder.decode(png);
        probe = new FingerprintTemplate(SyntheticTemplates.sourceAfisBytes(Template.extract(decoded)));
        candidates = RealPrints.load(data).values().stream()
                .map(t -> new FingerprintTemplate(SyntheticTemplates.sourceAfisBytes(t))).toArray(FingerprintTemplate[]::new);
        matcher = new FingerprintMatcher(probe);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Template extractTangier() {
        return Template.extract(FingerprintDecoder.decode(png));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FingerprintTemplate extractSourceAfisBaseline() {
        return new FingerprintTemplate(new FingerprintImage(decoded.width(), decoded.height(), decoded.pixels(),
                new FingerprintImageOptions().dpi(decoded.dpi())));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double compareWithPreparedMatcher() {
        return matcher.match(candidates[next++ % candidates.length]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double compareNaiveBaseline() {
        return new FingerprintMatcher(probe).match(candidates[next++ % candidates.length]);
    }
}
