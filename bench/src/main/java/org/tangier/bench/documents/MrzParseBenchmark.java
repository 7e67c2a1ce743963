package org.tangier.bench.documents;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.mrz.Mrz;
import org.tangier.matching.mrz.MrzParser;

/**
 * MRZ parsing with every check digit verified, on the Doc 9303 specimens.
 *
 * <pre>java -jar bench/target/tangier-bench.jar MrzParseBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class MrzParseBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final String td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private final String td3OneLineLowerCase = td3.replace("\n", "").toLowerCase();
    private final String td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @Benchmark
    public Mrz td3() {
        return MrzParser.parse(td3, TODAY);
    }

    @Benchmark
    public Mrz td3TypedAsOneLowerCaseLine() {
        return MrzParser.parse(td3OneLineLowerCase, TODAY);
    }

    @Benchmark
    public Mrz td1() {
        return MrzParser.parse(td1, TODAY);
    }

    /** Parse and key: what screening does with a scanned passport before the index lookup. */
    @Benchmark
    public String td3ToLookupKey() {
        return DocumentKey.of(MrzParser.parse(td3, TODAY)).lookupKey();
    }
}
