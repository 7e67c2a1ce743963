package org.tangier.biometrics.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tangier.biometrics.CompactGallery;

/**
 * Settings of this node's fingerprint gallery (docs/biometrics.md, "The server's gallery").
 *
 * @param shortlist SourceAFIS comparisons per probe finger after the edge-vote pre-filter (default 500)
 * @param threads   threads a search may use (0: every core)
 * @param directory where to keep the compact prints in memory-mapped files; unset: off-heap memory
 */
@ConfigurationProperties("tangier.biometrics.gallery")
record GallerySettings(Integer shortlist, Integer threads, Path directory) {

    GallerySettings {
        shortlist = shortlist == null ? CompactGallery.DEFAULT_SHORTLIST : shortlist;
        threads = threads == null ? 0 : threads;
        if (shortlist < 1 || threads < 0) {
            throw new IllegalArgumentException("tangier.biometrics.gallery.shortlist must be at least 1 and threads 0 or more");
        }
    }

    int parallelism() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
