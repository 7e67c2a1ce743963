package org.tangier.faces.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tangier.faces.BruteForceFaceIndex;
import org.tangier.faces.CompactFaceIndex;
import org.tangier.faces.FaceCandidate;
import org.tangier.faces.FaceEngine;
import org.tangier.faces.FaceIndex;
import org.tangier.faces.FaceTemplate;

/**
 * This node's in-memory gallery of every enrolled face made by the configured model, keyed by person record id,
 * filled from the database at start-up and kept current by enrolments. Access rules and the notice filter are applied
 * to candidates afterwards, by the service. Faces made by another model are not searchable until re-enrolled
 * ({@link FaceReenrolment}).
 */
@Component
class FaceGallery {

    private static final Logger log = LoggerFactory.getLogger(FaceGallery.class);

    private final FaceIndex index;
    private final FaceStore store;
    private final String model;

    FaceGallery(FaceStore store, FaceEngine engine, FaceSettings settings) {
        this.store = store;
        this.model = settings.models().identity();
        this.index = settings.gallery().equals("exact") ? new BruteForceFaceIndex(engine.dimension())
                : new CompactFaceIndex(engine.dimension());
    }

    String model() {
        return model;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before the re-enrolment of other models' faces, which adds what it re-embeds
    void load() {
        long start = System.nanoTime();
        int[] count = new int[1];
        store.forEachTemplate(model, (person, bytes) -> {
            index.add(person.toString(), FaceTemplate.fromBytes(bytes));
            count[0]++;
        });
        int others = store.countOtherModels(model);
        if (count[0] + others > 0) {
            log.info("Face gallery: {} templates loaded in {} ms ({} made by another model are not searchable)",
                    count[0], (System.nanoTime() - start) / 1_000_000, others);
        }
    }

    void add(UUID person, FaceTemplate template) {
        index.add(person.toString(), template);
    }

    List<FaceCandidate> search(FaceTemplate probe, int limit, double minScore) {
        return index.search(probe, limit, minScore);
    }
}
