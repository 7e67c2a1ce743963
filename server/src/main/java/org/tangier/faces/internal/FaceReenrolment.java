package org.tangier.faces.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.faces.FaceAnalysis;
import org.tangier.faces.FaceEngine;
import org.tangier.platform.ProblemException;

/**
 * After a model change, the stored faces whose templates another model made (their {@code template_model} is not
 * this model's {@link org.tangier.faces.FaceModels#identity()}) are embedded again from their stored images and join
 * the gallery: in the background after start-up ({@code tangier.faces.re-enrol-at-start}, default on), or on a
 * platform administrator's command. A face the new model's quality checks refuse keeps its old template, is not
 * searchable, and is counted: its owner enrols a better image. Each re-embedded face is audited.
 */
@Component
class FaceReenrolment {

    private static final Logger log = LoggerFactory.getLogger(FaceReenrolment.class);
    private static final int PAGE = 200;

    /** What a run did: re-embedded, refused by the quality checks (kept with their old template), still of other models. */
    record Result(String model, int reembedded, int refused, int remaining) {
    }

    private final FaceEngine engine;
    private final FaceSettings settings;
    private final FaceStore store;
    private final FaceGallery gallery;
    private final AuditLog audit;
    private final AtomicBoolean running = new AtomicBoolean();

    FaceReenrolment(FaceEngine engine, FaceSettings settings, FaceStore store, FaceGallery gallery, AuditLog audit) {
        this.engine = engine;
        this.settings = settings;
        this.store = store;
        this.gallery = gallery;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void atStart() {
        if (settings.reEnrolAtStart() && store.countOtherModels(gallery.model()) > 0) {
            Thread.ofVirtual().name("face-re-enrolment").start(() -> {
                try {
                    run();
                } catch (RuntimeException e) {
                    log.warn("Face re-enrolment stopped: {}", e.toString());
                }
            });
        }
    }

    /** Re-embeds every face of another model; 409 when a run is under way already. */
    Result run() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.of(409, "faces.re-enrolment-running");
        }
        try {
            String model = gallery.model();
            long start = System.nanoTime();
            int reembedded = 0;
            int refused = 0;
            UUID after = null;
            for (List<UUID> page = store.otherModelFaces(model, null, PAGE); !page.isEmpty();
                    page = store.otherModelFaces(model, after, PAGE)) {
                for (UUID id : page) {
                    after = id;
                    switch (reembed(id, model)) {
                        case DONE -> reembedded++;
                        case REFUSED -> refused++;
                        case SKIPPED -> { }
                    }
                }
            }
            Result result = new Result(model, reembedded, refused, store.countOtherModels(model));
            audit.record(AuditActor.system(), AuditEvent.success("face.re-enrolment", "face", null)
                    .withDetail(reembedded + " re-embedded, " + refused + " refused by the quality checks, model " + model));
            log.info("Face re-enrolment: {} faces re-embedded with {} in {} ms, {} refused by the quality checks ({} remain"
                    + " of other models)", reembedded, model, (System.nanoTime() - start) / 1_000_000, refused, result.remaining());
            return result;
        } finally {
            running.set(false);
        }
    }

    private enum Outcome { DONE, REFUSED, SKIPPED }

    private Outcome reembed(UUID id, String model) {
        FaceStore.FaceData face = store.face(id).orElse(null);
        if (face == null || face.model().equals(model)) {
            return Outcome.SKIPPED;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(face.image()));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            log.warn("Face {} cannot be re-embedded: its stored image is not readable", id);
            return Outcome.REFUSED;
        }
        FaceAnalysis analysis = engine.analyse(image, settings.quality());
        if (!analysis.accepted()) {
            return Outcome.REFUSED;
        }
        var q = analysis.quality();
        if (!store.reembed(id, model, analysis.template().toBytes(), q.eyeDistance(), q.yaw(), q.roll(), q.sharpness())) {
            // another node re-embedded it meanwhile: this node's gallery still needs it (it was of another model at load)
            store.face(id).filter(now -> now.model().equals(model))
                    .ifPresent(now -> gallery.add(now.personId(), org.tangier.faces.FaceTemplate.fromBytes(now.template())));
            return Outcome.SKIPPED;
        }
        gallery.add(face.personId(), analysis.template());
        audit.record(AuditActor.system(), AuditEvent.success("face.re-enrol", "person", face.personId().toString())
                .withDetail("face " + id + " re-embedded from its stored image, model " + model));
        return Outcome.DONE;
    }
}
