package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    final Caller border = new Caller(Caller.Kind.USER, "u1", "guard", "MA", Set.of(Role.BORDER_OFFICER));

    @Test
    void aCallerWithOneOfTheRolesPasses() {
        assertThat(border.requireAny(Set.of(Role.BUREAU_OFFICER, Role.BORDER_OFFICER), "screening.role.check"))
                .isSameAs(border);
        assertThat(border.hasAny(Set.of(Role.ANALYST))).isFalse();
    }

    @Test
    void aCallerWithNoneOfTheRolesIsForbiddenWithTheProblemThatNamesThem() {
        assertThatThrownBy(() -> border.requireAny(Set.of(Role.ANALYST, Role.REVIEWER), "records.role.export"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("records.role.export");
                })
                .hasMessageContaining("analyst");
    }
}
