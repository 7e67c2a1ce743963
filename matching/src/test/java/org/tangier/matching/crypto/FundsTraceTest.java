package org.tangier.matching.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tangier.matching.crypto.TransferGraph.Leg;

class FundsTraceTest {

    /** V pays a ransom to R; R and Q co-spend to M and C; M deposits at the exchange E. */
    private final TransferGraph graph = TransferGraph.builder()
            .transaction("t0", 100, List.of(new Leg("V", 10)), List.of(new Leg("R", 10)))
            .transaction("t1", 200, List.of(new Leg("R", 10), new Leg("Q", 2)), List.of(new Leg("M", 6), new Leg("C", 6)))
            .transaction("t2", 300, List.of(new Leg("M", 6)), List.of(new Leg("E", 6)))
            .transaction("t-before", 50, List.of(new Leg("C", 1)), List.of(new Leg("X", 1)))
            .build();

    @Test
    void forwardTraceDilutesTaintByHaircutAndStopsAtTheExchange() {
        int exchange = graph.id("E");
        FundsTrace.Result r = FundsTrace.trace(graph, "R", FundsTrace.Direction.FORWARD, 5, a -> a == exchange, 1000);

        assertThat(r.services()).hasSize(1);
        FundsTrace.Reached reached = r.services().get(0);
        assertThat(reached.address()).isEqualTo("E");
        assertThat(reached.amount()).isCloseTo(5.0, within(1e-9));
        assertThat(reached.path()).extracting(FundsTrace.Flow::from, FundsTrace.Flow::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R", "M"), org.assertj.core.groups.Tuple.tuple("M", "E"));
        assertThat(r.flows()).extracting(FundsTrace.Flow::to).as("C spent before it was tainted").doesNotContain("X");
        assertThat(r.flows()).filteredOn(f -> f.to().equals("C")).singleElement()
                .satisfies(f -> assertThat(f.amount()).isCloseTo(5.0, within(1e-9)));
    }

    @Test
    void backwardTraceFindsWhereTheDepositCameFrom() {
        FundsTrace.Result r = FundsTrace.trace(graph, "E", FundsTrace.Direction.BACKWARD, 3, a -> false, 1000);

        assertThat(r.flows()).filteredOn(f -> f.hop() == 2).extracting(FundsTrace.Flow::from, FundsTrace.Flow::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("R", 5.0), org.assertj.core.groups.Tuple.tuple("Q", 1.0));
        assertThat(r.flows()).filteredOn(f -> f.hop() == 3).extracting(FundsTrace.Flow::from).containsExactly("V");
    }

    @Test
    void hopsBoundTheTraceAndUnknownAddressesTraceNothing() {
        assertThat(FundsTrace.trace(graph, "R", FundsTrace.Direction.FORWARD, 1, a -> false, 1000).flows())
                .allMatch(f -> f.hop() == 1);
        assertThat(FundsTrace.trace(graph, "nobody", FundsTrace.Direction.FORWARD, 5, a -> false, 1000).flows()).isEmpty();
        assertThat(FundsTrace.trace(graph, "R", FundsTrace.Direction.FORWARD, 5, a -> false, 1).truncated()).isTrue();
    }

    @Test
    void coSpentInputsFormOneClusterWithTheTransactionAsTheirExplanation() {
        AddressClusters clusters = AddressClusters.multipleInput(graph);

        assertThat(clusters.sameCluster(graph.id("R"), graph.id("Q"))).isTrue();
        assertThat(clusters.sameCluster(graph.id("R"), graph.id("M"))).isFalse();
        AddressClusters.Cluster c = clusters.clusterOf(graph.id("Q"));
        assertThat(c.addresses()).containsExactlyInAnyOrder("R", "Q");
        assertThat(c.links()).singleElement().satisfies(l -> {
            assertThat(l.transaction()).isEqualTo("t1");
            assertThat(l.reason()).contains("multiple-input");
        });
        assertThat(clusters.clusterCount()).isEqualTo(graph.addressCount() - 1);
    }

    /** Addresses 1 -> 2 -> 3 as two agencies' copies of one transaction (key 7) and a hidden one 2 -> 4. */
    private static TransferGraph numericGraph() {
        return TransferGraph.numeric()
                .start(100, 5, 0, 10).leg(1, 4).outputs().leg(2, 4).end()
                .start(101, 7, 0, 20).leg(2, 4).outputs().leg(3, 4).end()
                .start(102, 7, 1, 20).leg(2, 4).outputs().leg(3, 4).end()
                .start(103, 8, 2, 30).leg(2, 1).outputs().leg(4, 1).end()
                .build();
    }

    @Test
    void aNumericGraphCountsCopiesOfOneTransactionOnceAndSkipsWhatTheViewerMayNotSee() {
        TransferGraph g = numericGraph();
        FundsTrace.IdResult all = FundsTrace.trace(g, 1, FundsTrace.Direction.FORWARD, 3, a -> a == 3, t -> true, 100);
        assertThat(all.services()).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo(3);
            assertThat(s.amount()).as("two copies, one transaction").isCloseTo(4.0, within(1e-9));
        });

        FundsTrace.IdResult hidden = FundsTrace.trace(g, 1, FundsTrace.Direction.FORWARD, 3, a -> a == 3,
                t -> g.visibilityClass(t) == 0, 100);
        assertThat(hidden.flows()).extracting(FundsTrace.IdFlow::to).containsExactly(2, 3).doesNotContain(4);
        assertThat(g.reference(hidden.flows().get(1).transaction())).isEqualTo(101);
    }

    @Test
    void aCopyOfANumericGraphDropsTheReplacedTransactionsAndTakesNewOnes() {
        TransferGraph g = numericGraph().copy(ref -> ref == 101 || ref == 102)
                .start(200, 9, 0, 25).leg(2, 4).outputs().leg(5, 4).end().build();
        assertThat(g.transactionCount()).isEqualTo(3);
        assertThat(g.addressCount()).isEqualTo(6);
        FundsTrace.IdResult r = FundsTrace.trace(g, 1, FundsTrace.Direction.FORWARD, 3, a -> false, t -> true, 100);
        assertThat(r.flows()).extracting(FundsTrace.IdFlow::to).contains(5).doesNotContain(3);
        assertThat(AddressClusters.multipleInput(g).clusterCount()).isEqualTo(6);
    }
}
