package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortlistTest {

    @Test
    void keepsTheHighestScoresAndBreaksTiesAtTheCutByIndex() {
        int[] scores = {5, 9, -2, 9, 7, 7, 7, 0};

        assertThat(Shortlist.select(scores, 4)).containsExactly(1, 3, 4, 5);
        assertThat(Shortlist.select(scores, 1)).containsExactly(1);
        assertThat(Shortlist.select(scores, 8)).hasSize(8);
    }
}
