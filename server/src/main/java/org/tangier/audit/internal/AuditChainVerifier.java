package org.tangier.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditVerification;

/**
 * Walks the chain from the first entry and names the first one whose content or link does not hold, then holds the
 * chain against the latest signed checkpoints ({@link AuditCheckpoints}): a chain cut short of a checkpoint was
 * truncated, and an entry whose hash differs from its checkpoint's was rewritten, however consistently.
 */
@Component
class AuditChainVerifier {

    private final AuditStore store;
    private final AuditCheckpoints checkpoints;

    AuditChainVerifier(AuditStore store, AuditCheckpoints checkpoints) {
        this.store = store;
        this.checkpoints = checkpoints;
    }

    AuditVerification verify() {
        List<AuditCheckpoints.Checkpoint> signed;
        try {
            signed = checkpoints.latest();
        } catch (AuditCheckpoints.ForgedCheckpoint e) {
            return new AuditVerification(false, 0, null, e.getMessage());
        }
        Map<Long, AuditCheckpoints.Checkpoint> bySeq = new HashMap<>();
        signed.forEach(c -> bySeq.put(c.seq(), c));
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<AuditVerification> broken = new AtomicReference<>();
        store.forEachInOrder(entry -> {
            if (broken.get() != null) {
                return;
            }
            checked.incrementAndGet();
            String problem = null;
            AuditCheckpoints.Checkpoint checkpoint = bySeq.get(entry.seq());
            if (entry.seq() != expectedSeq.get()) {
                problem = "entry " + expectedSeq.get() + " is missing: the chain jumps to " + entry.seq();
            } else if (!entry.previousHash().equals(previous.get())) {
                problem = "its previous-hash does not match the hash of entry " + (entry.seq() - 1);
            } else if (!AuditHash.of(entry).equals(entry.hash())) {
                problem = "its content does not match its hash: the entry was changed after it was written";
            } else if (checkpoint != null && !checkpoint.hash().equals(entry.hash())) {
                problem = "its hash differs from the signed checkpoint of " + checkpoint.at()
                        + ": the chain was rewritten up to this entry after it was written";
            }
            if (problem != null) {
                broken.set(new AuditVerification(false, checked.get(), entry.seq(), problem));
                return;
            }
            previous.set(entry.hash());
            expectedSeq.incrementAndGet();
        });
        if (broken.get() != null) {
            return broken.get();
        }
        long last = expectedSeq.get() - 1;
        AuditCheckpoints.Checkpoint furthest = signed.stream()
                .max(java.util.Comparator.comparingLong(AuditCheckpoints.Checkpoint::seq)).orElse(null);
        if (furthest != null && furthest.seq() > last) {
            return new AuditVerification(false, checked.get(), last + 1, "the chain ends at entry " + last
                    + " but the signed checkpoint of " + furthest.at() + " records entry " + furthest.seq()
                    + ": the tail was truncated");
        }
        return new AuditVerification(true, checked.get(), null, null);
    }
}
