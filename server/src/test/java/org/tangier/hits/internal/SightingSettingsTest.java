package org.tangier.hits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SightingSettingsTest {

    @Test
    void theRepeatWindowDefaultsToTwelveHoursAndRefusesANegativeOne() {
        assertThat(new SightingSettings(null).repeatWindow()).isEqualTo(Duration.ofHours(12));
        assertThat(new SightingSettings(Duration.ZERO).repeatWindow()).isZero();
        assertThatThrownBy(() -> new SightingSettings(Duration.ofMinutes(-1)))
                .hasMessageContaining("tangier.hits.repeat-window");
    }
}
