package org.tangier.audit.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditVerification;

/** Walks the chain from the first entry and names the first one whose content or link does not hold. */
@Component
class AuditChainVerifier {

    private final AuditStore store;

    AuditChainVerifier(AuditStore store) {
        this.store = store;
    }

    AuditVerification verify() {
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
            if (entry.seq() != expectedSeq.get()) {
                problem = "entry " + expectedSeq.get() + " is missing: the chain jumps to " + entry.seq();
            } else if (!entry.previousHash().equals(previous.get())) {
                problem = "its previous-hash does not match the hash of entry " + (entry.seq() - 1);
            } else if (!AuditHash.of(entry).equals(entry.hash())) {
                problem = "its content does not match its hash: the entry was changed after it was written";
            }
            if (problem != null) {
                broken.set(new AuditVerification(false, checked.get(), entry.seq(), problem));
                return;
            }
            previous.set(entry.hash());
            expectedSeq.incrementAndGet();
        });
        return broken.get() != null ? broken.get() : new AuditVerification(true, checked.get(), null, null);
    }
}
