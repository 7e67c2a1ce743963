package org.tangier.biometrics.internal;

import java.util.List;
import java.util.Map;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/** One shard of the fingerprint gallery, searched here ({@link PrintGallery}) or on a peer node ({@link ShardPeer}). */
interface ShardSearch {

    /** The shard's candidates at or above the threshold, in {@link Candidate#ORDER}, at most {@code limit}. */
    List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit);
}
