package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchBuffersTest {

    @Test
    void aKeyReachedTwiceCountsOnceAtItsBestWeightAndAsTheQuerysOwn() {
        SearchBuffers b = new SearchBuffers();
        b.addKey(5, 1f, true);
        b.addKey(9, 2f, false);
        b.addKey(5, 3f, false);
        assertThat(b.keyCount).isEqualTo(2);
        assertThat(b.keyWeights[0]).isEqualTo(3f);
        assertThat(b.keyClass[0]).isEqualTo(SearchBuffers.OWN);
    }

    @Test
    void keysAreOrderedOwnThenNeighboursThenCommonRarestFirst() {
        SearchBuffers b = new SearchBuffers();
        int[] df = new int[2000];
        // many neighbour keys grow the table past its first size
        for (int k = 0; k < 1000; k++) {
            df[k] = 1000 - k;
            b.addKey(k, 1f, true);
        }
        b.addKey(1500, 2f, false);
        df[1500] = 50;
        b.addKey(1501, 2f, false);
        df[1501] = 10;
        b.addKey(1502, 2f, false);
        df[1502] = 100_000;
        b.sortKeys(df, 20_000);
        assertThat(b.keyCount).isEqualTo(1003);
        assertThat(b.keys[0]).isEqualTo(1501);
        assertThat(b.keys[1]).isEqualTo(1500);
        assertThat(b.keys[2]).isEqualTo(999); // the rarest neighbour
        assertThat(b.keys[1001]).isEqualTo(0);
        assertThat(b.keys[1002]).isEqualTo(1502);
        assertThat(b.keyClass[1002]).isEqualTo(SearchBuffers.COMMON);
        // the next query starts afresh
        b.clearAccumulators();
        b.addKey(999, 1f, false);
        assertThat(b.keyCount).isEqualTo(1);
    }
}
