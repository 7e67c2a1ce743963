package org.tangier.biometrics.internal;

import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.CompactGallery;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/**
 * This node's gallery: the prints of the persons of its shard (every person when the gallery is not sharded), in
 * the compact form of {@link CompactGallery} (about 1.5 KB a print off the heap instead of 21 KB of SourceAFIS
 * objects on it), filled from the database at start-up without building SourceAFIS's structure, and kept current by
 * enrolments here and on the other nodes ({@link EnrolmentFeed}). Access rules are applied to candidates
 * afterwards, by the service; searches across shards are {@link ShardedSearch}'s.
 */
@Component
@EnableConfigurationProperties({GallerySettings.class, ShardSettings.class})
class PrintGallery implements ShardSearch {

    private static final Logger log = LoggerFactory.getLogger(PrintGallery.class);

    private final CompactGallery gallery;
    private final FingerprintStore store;
    private final ShardSettings shards;

    PrintGallery(FingerprintStore store, GallerySettings settings, ShardSettings shards) {
        this.store = store;
        this.shards = shards;
        this.gallery = new CompactGallery(settings.directory(), settings.parallelism(), settings.shortlist());
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long start = System.nanoTime();
        int[] count = new int[3];
        store.forEachTemplate((print, person, position, bytes) -> {
            if (!shards.owns(person)) {
                count[2]++;
            } else if (Template.isCurrent(bytes)) {
                gallery.add(person.toString(), print.toString(), position, bytes);
                count[0]++;
            } else {
                count[1]++;
            }
        });
        if (count[0] + count[1] > 0) {
            log.info("Fingerprint gallery, shard {} of {}: {} templates loaded in {} ms, {} bytes of compact prints"
                            + " ({} need re-extraction from their images; {} belong to other shards)",
                    shards.shard(), shards.shards(), count[0], (System.nanoTime() - start) / 1_000_000,
                    gallery.storedBytes(), count[1], count[2]);
        }
    }

    /** Whether the person's prints belong in this node's gallery. */
    boolean owns(UUID person) {
        return shards.owns(person);
    }

    /** Adds one impression of a person of this shard: every enrolled print stays searchable, several per finger included. */
    void add(UUID person, UUID print, FingerPosition position, Template template) {
        if (shards.owns(person)) {
            gallery.add(person.toString(), print.toString(), position, template);
        }
    }

    /** Adds stored prints enrolled on another node, unless already here (a replayed event, or the start-up load). */
    void addStored(UUID person, Collection<FingerprintStore.StoredTemplate> prints) {
        if (!shards.owns(person)) {
            return;
        }
        for (FingerprintStore.StoredTemplate print : prints) {
            if (Template.isCurrent(print.template()) && !gallery.hasPrint(person.toString(), print.id().toString())) {
                gallery.add(person.toString(), print.id().toString(), print.position(), print.template());
            }
        }
    }

    /** This shard's candidates. */
    @Override
    public List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        return gallery.identify(probe, threshold, limit);
    }

    int size() {
        return gallery.size();
    }

    long storedBytes() {
        return gallery.storedBytes();
    }

    @PreDestroy
    void close() {
        gallery.close();
    }
}
