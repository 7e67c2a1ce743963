package org.tangier.biometrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.CompactGallery;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.FingerprintSample;
import org.tangier.biometrics.ImageFormat;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.Thresholds;
import org.tangier.platform.ProblemException;

/**
 * The gallery split across two nodes, in one test: shard 0 searched here, shard 1 served over real HTTP by the same
 * answering code as the server's internal endpoint ({@link ShardAnswers}); the merged list must be exactly the
 * list one gallery holding every person gives, and a peer that cannot be asked must fail the search, not shorten it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoShardSearchTest {

    private static final Path PRINTS = Path.of("../biometrics/src/test/resources/fingerprints");
    private static final String KEY = "a-shared-key-of-at-least-32-characters";

    private final CompactGallery whole = new CompactGallery(null, 1, 50);
    private final CompactGallery shard0 = new CompactGallery(null, 1, 50);
    private final CompactGallery shard1 = new CompactGallery(null, 1, 50);
    private final List<UUID> mates = new ArrayList<>();
    private HttpServer peer;
    private Template probe;

    @BeforeAll
    void twoShards() throws Exception {
        probe = template("probe.png");
        byte[] matching = template("matching.png").toBytes();
        byte[] nonmatching = template("nonmatching.png").toBytes();
        // a mate of the probe in each shard, and persons with another finger in both
        mates.add(personOfShard(0));
        mates.add(personOfShard(1));
        for (UUID mate : mates) {
            enrol(mate, matching);
        }
        for (int i = 0; i < 6; i++) {
            enrol(UUID.randomUUID(), nonmatching);
        }
        assertThat(shard0.size()).isPositive();
        assertThat(shard1.size()).isPositive();
        assertThat(shard0.size() + shard1.size()).isEqualTo(whole.size());

        ShardAnswers answers = new ShardAnswers(shard1::identify, settings(1, URI.create("http://127.0.0.1:1")));
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext(ShardPeer.PATH, exchange -> {
            ShardAnswers.Reply reply = answers.answer(exchange.getRequestHeaders().getFirst(ShardPeer.KEY_HEADER),
                    exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
            exchange.close();
        });
        peer.start();
    }

    @AfterAll
    void stop() {
        peer.stop(0);
        whole.close();
        shard0.close();
        shard1.close();
    }

    @Test
    void theMergedListIsTheWholeGallerysList() {
        ShardedSearch search = searchFromShard0(KEY);
        Map<FingerPosition, Template> oneFinger = Map.of(FingerPosition.UNKNOWN, probe);

        List<Candidate> merged = search.identify(oneFinger, Thresholds.POSSIBLE, 20);
        List<Candidate> expected = whole.identify(oneFinger, Thresholds.POSSIBLE, 20);

        assertThat(merged).extracting(Candidate::subjectId)
                .containsExactlyInAnyOrderElementsOf(mates.stream().map(UUID::toString).toList())
                .isEqualTo(expected.stream().map(Candidate::subjectId).toList());
        assertThat(merged).extracting(Candidate::score).isEqualTo(expected.stream().map(Candidate::score).toList());
        assertThat(merged.get(0).fingers().get(0).enrolledPrintId()).as("the impression that matched, from either shard")
                .isEqualTo(expected.get(0).fingers().get(0).enrolledPrintId());
        assertThat(search.identify(oneFinger, Thresholds.POSSIBLE, 1)).extracting(Candidate::subjectId)
                .containsExactly(expected.get(0).subjectId());
    }

    @Test
    void aPeerThatRefusesTheKeyOrIsDownFailsTheSearch() {
        Map<FingerPosition, Template> oneFinger = Map.of(FingerPosition.UNKNOWN, probe);
        assertThatThrownBy(() -> searchFromShard0("another-key-of-at-least-32-characters!!").identify(oneFinger, Thresholds.POSSIBLE, 20))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("127.0.0.1"));

        ShardPeer down = new ShardPeer(URI.create("http://127.0.0.1:9"), KEY, Duration.ofSeconds(2), HttpClient.newHttpClient());
        assertThatThrownBy(() -> new ShardedSearch(shard0::identify, List.of(down)).identify(oneFinger, Thresholds.POSSIBLE, 20))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aMalformedSearchIsRefusedAndSettingsAreChecked() {
        ShardAnswers answers = new ShardAnswers(shard1::identify, settings(1, URI.create("http://127.0.0.1:1")));
        assertThat(answers.answer(KEY, new byte[] {1, 2, 3}).status()).isEqualTo(400);
        assertThat(answers.answer(null, ShardWire.search(Map.of(FingerPosition.UNKNOWN, probe), 25, 5)).status()).isEqualTo(404);
        assertThat(answers.answer(KEY, ShardWire.search(Map.of(FingerPosition.UNKNOWN, probe), 25, 5)).status()).isEqualTo(200);

        assertThatThrownBy(() -> new ShardSettings(2, 0, List.of(URI.create("http://b")), null, null))
                .hasMessageContaining("tangier.cluster.fingerprints.key");
        assertThatThrownBy(() -> new ShardSettings(3, 0, List.of(URI.create("http://b")), KEY, null))
                .hasMessageContaining("peers");
        assertThat(new ShardSettings(null, null, null, null, null).accepts(KEY)).as("one shard: no peer is answered").isFalse();
    }

    private ShardedSearch searchFromShard0(String key) {
        URI base = URI.create("http://127.0.0.1:" + peer.getAddress().getPort());
        return new ShardedSearch(shard0::identify,
                List.of(new ShardPeer(base, key, Duration.ofSeconds(20), HttpClient.newHttpClient())));
    }

    private static ShardSettings settings(int shard, URI peer) {
        return new ShardSettings(2, shard, List.of(peer), KEY, Duration.ofSeconds(20));
    }

    private void enrol(UUID person, byte[] stored) {
        String print = UUID.randomUUID().toString();
        whole.add(person.toString(), print, FingerPosition.RIGHT_INDEX, stored);
        (ShardSettings.shardOf(person, 2) == 0 ? shard0 : shard1).add(person.toString(), print, FingerPosition.RIGHT_INDEX, stored);
    }

    private static UUID personOfShard(int shard) {
        UUID id;
        do {
            id = UUID.randomUUID();
        } while (ShardSettings.shardOf(id, 2) != shard);
        return id;
    }

    private static Template template(String name) throws Exception {
        return Template.extract(new FingerprintSample(FingerPosition.UNKNOWN, ImageFormat.PNG,
                Files.readAllBytes(PRINTS.resolve(name)), 500));
    }
}
