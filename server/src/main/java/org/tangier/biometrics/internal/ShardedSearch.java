package org.tangier.biometrics.internal;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;
import org.tangier.platform.ProblemException;

/**
 * A search of the whole gallery: this node's shard and, when the persons are split across the cluster's nodes, every
 * other shard at once through its peer, merged into one candidate list. The shards hold disjoint persons, so each
 * person's fused candidate comes whole from one shard, and the best {@code limit} of all shards' best {@code limit}
 * are the whole gallery's best {@code limit}: merging in {@link Candidate#ORDER} gives exactly the list one gallery
 * would. A peer that does not answer makes the search fail (503) rather than answer "no candidate" for persons it
 * never searched.
 */
@Component
class ShardedSearch {

    private final ShardSearch local;
    private final List<ShardPeer> peers;
    private final ExecutorService fanOut = Executors.newVirtualThreadPerTaskExecutor();

    @Autowired
    ShardedSearch(PrintGallery local, ShardSettings settings) {
        this(local, peers(settings));
    }

    ShardedSearch(ShardSearch local, List<ShardPeer> peers) {
        this.local = local;
        this.peers = List.copyOf(peers);
    }

    private static List<ShardPeer> peers(ShardSettings settings) {
        if (!settings.sharded()) {
            return List.of();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        return settings.peers().stream().map(uri -> new ShardPeer(uri, settings.key(), settings.timeout(), http)).toList();
    }

    List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        if (peers.isEmpty()) {
            return local.identify(probe, threshold, limit);
        }
        List<CompletableFuture<List<Candidate>>> remote = new ArrayList<>();
        for (ShardPeer peer : peers) {
            remote.add(CompletableFuture.supplyAsync(() -> peer.identify(probe, threshold, limit), fanOut));
        }
        List<Candidate> all = new ArrayList<>(local.identify(probe, threshold, limit));
        for (int i = 0; i < remote.size(); i++) {
            try {
                all.addAll(remote.get(i).join());
            } catch (CompletionException e) {
                throw ProblemException.of(503, "fingerprint.shard-unavailable", peers.get(i).base().toString());
            }
        }
        all.sort(Candidate.ORDER);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    @PreDestroy
    void close() {
        fanOut.shutdownNow();
    }
}
