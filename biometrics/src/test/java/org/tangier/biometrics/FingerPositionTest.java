package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerPositionTest {

    @Test
    void codesFollowAnsiNist() {
        assertThat(FingerPosition.ofCode(0)).isEqualTo(FingerPosition.UNKNOWN);
        assertThat(FingerPosition.ofCode(1)).isEqualTo(FingerPosition.RIGHT_THUMB);
        assertThat(FingerPosition.ofCode(7)).isEqualTo(FingerPosition.LEFT_INDEX);
        assertThat(FingerPosition.ofCode(10)).isEqualTo(FingerPosition.LEFT_LITTLE);
        assertThat(FingerPosition.ofCode(13)).isEqualTo(FingerPosition.PLAIN_RIGHT_FOUR_FINGERS);
        for (FingerPosition position : FingerPosition.values()) {
            assertThat(FingerPosition.ofCode(position.code())).isEqualTo(position);
        }
    }

    @Test
    void plainThumbsAreTheSameFingersAsRolledThumbs() {
        assertThat(FingerPosition.PLAIN_RIGHT_THUMB.finger()).isEqualTo(FingerPosition.RIGHT_THUMB);
        assertThat(FingerPosition.PLAIN_LEFT_THUMB.finger()).isEqualTo(FingerPosition.LEFT_THUMB);
        assertThat(FingerPosition.LEFT_RING.finger()).isEqualTo(FingerPosition.LEFT_RING);
    }

    @Test
    void slapsAndUnknownPositionsNameNoSingleFinger() {
        assertThat(FingerPosition.PLAIN_LEFT_FOUR_FINGERS.isKnownFinger()).isFalse();
        assertThat(FingerPosition.UNKNOWN.isKnownFinger()).isFalse();
        assertThat(FingerPosition.EJI_OR_TIP.isKnownFinger()).isFalse();
    }

    @Test
    void palmCodesAreRefusedWithTheRangeExpected() {
        assertThatThrownBy(() -> FingerPosition.ofCode(22)).hasMessageContaining("0 to 19 expected");
    }
}
