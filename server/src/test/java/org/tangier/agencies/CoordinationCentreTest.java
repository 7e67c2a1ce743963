package org.tangier.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** One setting names the coordination centre; the two keys it replaces still work, the new one wins. */
class CoordinationCentreTest {

    @Test
    void theCentreIsOpsUnlessSet() {
        CoordinationCentre centre = new CoordinationCentre(new MockEnvironment());

        assertThat(centre.agency()).isEqualTo("OPS");
        assertThat(centre.is("OPS")).isTrue();
        assertThat(centre.is("MA")).isFalse();
    }

    @Test
    void theOneSettingNamesTheCentre() {
        CoordinationCentre centre = new CoordinationCentre(new MockEnvironment()
                .withProperty("tangier.coordination.agency", " CC ")
                .withProperty("tangier.notices.coordination-agency", "OLDN")
                .withProperty("tangier.board.coordination-agency", "OLDB"));

        assertThat(centre.agency()).as("the new key wins over the deprecated ones").isEqualTo("CC");
    }

    @Test
    void theDeprecatedKeysStillNameTheCentre() {
        assertThat(new CoordinationCentre(new MockEnvironment()
                .withProperty("tangier.notices.coordination-agency", "OLDN")).agency()).isEqualTo("OLDN");
        assertThat(new CoordinationCentre(new MockEnvironment()
                .withProperty("tangier.board.coordination-agency", "OLDB")).agency()).isEqualTo("OLDB");
        assertThat(new CoordinationCentre(new MockEnvironment()
                .withProperty("tangier.coordination.agency", "  ")).agency()).as("blank is unset").isEqualTo("OPS");
    }
}
