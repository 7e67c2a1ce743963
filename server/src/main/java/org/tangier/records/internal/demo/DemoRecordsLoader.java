package org.tangier.records.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;

/**
 * Demo mode only: loads {@link DemoRecords} for each demo agency (made at order 20), as that agency's bureau officer,
 * through the batch path. Skips an agency whose demo records are already there, so restarts are quick and change
 * nothing.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tangier.demo.enabled", havingValue = "true")
public class DemoRecordsLoader implements ApplicationRunner {

    /** 7 agencies x 450 persons: a few thousand persons, with documents, vehicles, firearms and indicators. */
    static final int PERSONS_PER_AGENCY = 450;

    private static final Logger log = LoggerFactory.getLogger(DemoRecordsLoader.class);

    private final RecordBatches batches;
    private final int personsPerAgency;

    public DemoRecordsLoader(RecordBatches batches,
            @Value("${tangier.demo.persons-per-agency:" + PERSONS_PER_AGENCY + "}") int personsPerAgency) {
        this.batches = batches;
        this.personsPerAgency = personsPerAgency;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** What a load wrote, and the demo records the rules refused (none, unless the generator has a bug). */
    public record Loaded(int written, List<String> rejected) {
    }

    public Loaded load() {
        return load(personsPerAgency, code -> code);
    }

    /** Loads the demo records of each demo agency into the agency {@code codeOf} names (tests use their own). */
    public Loaded load(int personsPerAgency, java.util.function.UnaryOperator<String> codeOf) {
        long start = System.nanoTime();
        int written = 0;
        List<String> rejected = new ArrayList<>();
        Map<String, List<BatchItem>> all = DemoRecords.generate(DemoRecords.SEED, personsPerAgency, codeOf);
        for (Map.Entry<String, List<BatchItem>> agency : all.entrySet()) {
            List<BatchItem> items = agency.getValue();
            // written in order, so the last record there means the agency's load finished; an interrupted one resumes
            // (upserts rewrite what was written before)
            if (items.isEmpty() || batches.hasExternalId(agency.getKey(), items.get(items.size() - 1).draft().externalId())) {
                continue;
            }
            Caller loader = new Caller(Caller.Kind.USER, "demo-loader-" + agency.getKey(), "demo-loader", agency.getKey(),
                    Set.of(Role.BUREAU_OFFICER));
            for (int from = 0; from < items.size(); from += RecordBatches.MAX_BATCH) {
                RecordBatches.BatchResult result = batches.upsertBatch(loader,
                        items.subList(from, Math.min(items.size(), from + RecordBatches.MAX_BATCH)), "demo");
                written += result.created() + result.updated();
                result.rejected().forEach(r -> rejected.add(agency.getKey() + " " + r.id() + ": " + r.error()));
            }
        }
        if (written > 0) {
            log.info("Demo mode: loaded {} synthetic records in {} ms", written, (System.nanoTime() - start) / 1_000_000);
        }
        if (!rejected.isEmpty()) {
            log.warn("Demo mode: {} demo records were refused, first: {}", rejected.size(), rejected.get(0));
        }
        return new Loaded(written, rejected);
    }
}
