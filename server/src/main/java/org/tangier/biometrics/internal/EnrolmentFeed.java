package org.tangier.biometrics.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tangier.biometrics.FingerprintsEnrolled;
import org.tangier.platform.cluster.FromOtherNode;

/**
 * Prints enrolled on another node of the cluster join this node's gallery when their person is of its shard. The
 * node that enrolled them added them already; an event replayed after this node's start-up load is skipped print
 * by print ({@link PrintGallery#addStored}).
 */
@Component
class EnrolmentFeed {

    private final PrintGallery gallery;
    private final FingerprintStore store;

    EnrolmentFeed(PrintGallery gallery, FingerprintStore store) {
        this.gallery = gallery;
        this.store = store;
    }

    @EventListener
    void on(FromOtherNode received) {
        FingerprintsEnrolled enrolled = received.as(FingerprintsEnrolled.class);
        if (enrolled != null && gallery.owns(enrolled.personId())) {
            gallery.addStored(enrolled.personId(), store.storedTemplatesOf(enrolled.personId()));
        }
    }
}
