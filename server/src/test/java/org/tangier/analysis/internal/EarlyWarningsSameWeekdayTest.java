package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scheduled evaluation's statistic: a day's hits against the same weekday of the previous eight weeks. */
class EarlyWarningsSameWeekdayTest {

    @Test
    void threeHitsWhereThereWereNoneIsAWarningWithItsFigures() {
        EarlyWarnings.Warning w = EarlyWarnings.sameWeekday("route", "SN-ES", 3, 0);
        assertThat(w).isNotNull();
        assertThat(w.expected()).isEqualTo(0.0625);
        // P(X >= 3 | 0.0625) = 1 - e^-l (1 + l + l^2/2)
        double l = 0.0625;
        double exact = 1 - Math.exp(-l) * (1 + l + l * l / 2);
        assertThat(w.pValue()).isCloseTo(exact, within(exact * 1e-6));
        assertThat(w.test()).contains("same weekday").contains("0.01");
    }

    @Test
    void aDayLikeItsWeekdaysIsNoWarning() {
        // ten hits every Friday for eight weeks, eleven this Friday
        assertThat(EarlyWarnings.sameWeekday("checkpoint", "TNG", 11, 80)).isNull();
    }

    @Test
    void aBusyWeekdayRaisesOnlyWhenItsOwnHistoryIsExceeded() {
        // 20 a Saturday on average: 40 is far beyond it, 25 is not
        assertThat(EarlyWarnings.sameWeekday("checkpoint", "ALG", 40, 160)).isNotNull();
        assertThat(EarlyWarnings.sameWeekday("checkpoint", "ALG", 25, 160)).isNull();
    }

    @Test
    void twoHitsAreNeverEnough() {
        assertThat(EarlyWarnings.sameWeekday("crime-area", "terrorism", 2, 0)).isNull();
    }
}
