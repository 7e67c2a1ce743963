package org.tangier.records.internal.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.internal.RecordBatches;

/** What the import fuzz tests share: a bureau officer, and a record store that accepts every item it is given. */
final class ImportFuzzing {

    static final Caller OFFICER = new Caller(Caller.Kind.USER, "fuzz", "fuzz", "XA", Set.of(Role.BUREAU_OFFICER));

    private ImportFuzzing() {
    }

    /** Keeps the parser under test apart from storage: every item is "created", so the parsing alone is fuzzed. */
    static final class AcceptingBatches implements RecordBatches {
        final List<BatchItem> items = new ArrayList<>();

        @Override
        public BatchResult upsertBatch(Caller caller, List<BatchItem> batch, String source) {
            items.addAll(batch);
            return new BatchResult(batch.size(), 0, List.of());
        }

        @Override
        public boolean hasExternalId(String agency, String externalId) {
            return false;
        }

        @Override
        public java.util.Map<String, java.util.UUID> personIds(String agency, java.util.Collection<String> externalIds) {
            return java.util.Map.of();
        }
    }
}
