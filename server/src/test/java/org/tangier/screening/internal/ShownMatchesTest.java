package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tangier.hits.CheckContext;
import org.tangier.testing.TangierTest;

@TangierTest
class ShownMatchesTest {

    @Autowired
    ShownMatches shown;

    @Test
    void aShownMatchIsFoundByItsAgencyOnlyAndForgottenOnceOld() {
        UUID check = UUID.randomUUID();
        UUID record = UUID.randomUUID();
        Instant answered = Instant.now().minus(Duration.ofDays(3));
        shown.keep(new ShownMatches.Shown(check, record, "POSSIBLE", "SMA", "officer", answered, 0.8, "name",
                new CheckContext("border control", "name=Someone", "TNG", "MA"), null));
        assertThat(shown.find(check, record, "SMA")).isPresent();
        assertThat(shown.find(check, record, "SMB")).isEmpty();

        shown.forgetBefore(Instant.now().minus(Duration.ofDays(2)));
        assertThat(shown.find(check, record, "SMA")).isEmpty();
    }
}
