package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyWarningsTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void poissonTailMatchesTheDefinition() {
        // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertThat(PoissonTail.atLeast(3, 1.0)).isCloseTo(1 - Math.exp(-1) * 2.5, within(1e-12));
        assertThat(PoissonTail.atLeast(0, 4.0)).isEqualTo(1.0);
        // far tails stay positive and ordered instead of rounding to zero
        assertThat(PoissonTail.atLeast(60, 2.0)).isPositive().isLessThan(PoissonTail.atLeast(40, 2.0));
        // a large mean: P(X >= mean) is near one half
        assertThat(PoissonTail.atLeast(5_000, 5_000.0)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void aCheckpointAboveItsOwnHistoryWarnsAndOneAtItsUsualLevelDoesNot() {
        List<EarlyWarnings.Event> events = new ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            for (int i = 0; i < 4; i++) { // both checkpoints: 4 hits a week in the past
                Instant at = NOW.minus(Duration.ofDays(7L * week + 1)).plus(Duration.ofHours(i));
                events.add(new EarlyWarnings.Event("checkpoint", "TNG-PORT", at));
                events.add(new EarlyWarnings.Event("checkpoint", "CMN-AIR", at));
            }
        }
        for (int i = 0; i < 16; i++) { // this week: TNG-PORT 16, CMN-AIR 5 (usual variation)
            events.add(new EarlyWarnings.Event("checkpoint", "TNG-PORT", NOW.minus(Duration.ofHours(i + 1))));
        }
        for (int i = 0; i < 5; i++) {
            events.add(new EarlyWarnings.Event("checkpoint", "CMN-AIR", NOW.minus(Duration.ofHours(i + 1))));
        }
        List<EarlyWarnings.Warning> warnings = EarlyWarnings.of(events, NOW);
        assertThat(warnings).extracting(EarlyWarnings.Warning::key).containsExactly("TNG-PORT");
        EarlyWarnings.Warning w = warnings.getFirst();
        assertThat(w.observed()).isEqualTo(16);
        assertThat(w.expected()).isCloseTo(32.5 / 8, within(1e-9));
        assertThat(w.pValue()).isLessThan(EarlyWarnings.P_THRESHOLD).isEqualTo(PoissonTail.atLeast(16, 32.5 / 8));
    }

    @Test
    void aFirstHitWithoutHistoryIsNotAWarningButABurstIs() {
        List<EarlyWarnings.Event> one = List.of(new EarlyWarnings.Event("country", "MA", NOW.minusSeconds(60)));
        assertThat(EarlyWarnings.of(one, NOW)).isEmpty();
        List<EarlyWarnings.Event> burst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            burst.add(new EarlyWarnings.Event("country", "MA", NOW.minusSeconds(60 + i)));
        }
        assertThat(EarlyWarnings.of(burst, NOW)).hasSize(1);
    }
}
