package org.tangier.biometrics.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Gallery;
import org.tangier.biometrics.Template;

/**
 * This node's in-memory gallery of every enrolled template, keyed by person record id, filled from the database at
 * start-up and kept current by enrolments. Access rules are applied to candidates afterwards, by the service.
 */
@Component
class PrintGallery {

    private static final Logger log = LoggerFactory.getLogger(PrintGallery.class);

    private final Gallery gallery = new Gallery();
    private final FingerprintStore store;

    PrintGallery(FingerprintStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long start = System.nanoTime();
        int[] count = new int[2];
        store.forEachTemplate((print, person, position, bytes) -> {
            Template template = Template.fromBytes(bytes);
            if (template.isCurrent()) {
                gallery.add(person.toString(), print.toString(), position, template);
                count[0]++;
            } else {
                count[1]++;
            }
        });
        if (count[0] + count[1] > 0) {
            log.info("Fingerprint gallery: {} templates loaded in {} ms ({} need re-extraction from their images)",
                    count[0], (System.nanoTime() - start) / 1_000_000, count[1]);
        }
    }

    /** Adds one impression: every enrolled print of a person stays searchable, several per finger included. */
    void add(UUID person, UUID print, FingerPosition position, Template template) {
        gallery.add(person.toString(), print.toString(), position, template);
    }

    List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        return gallery.identify(probe, threshold, limit);
    }

    int size() {
        return gallery.size();
    }
}
