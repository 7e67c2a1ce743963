package org.tangier.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessRulesTest {

    /** owner MA; viewers: the owner, a listed agency (FR), an unlisted one (EG). */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("all", true, true, true),
                Arguments.of("only:FR,ES", true, true, false),
                Arguments.of("except:FR", true, false, true),
                Arguments.of("owner", true, false, false));
    }

    @ParameterizedTest(name = "{0}: owner {1}, FR {2}, EG {3}")
    @MethodSource("matrix")
    void eachRestrictionKindAdmitsExactlyTheAgenciesItNames(String written, boolean owner, boolean listed, boolean other) {
        Restriction restriction = Restriction.parse(written);
        assertThat(AccessRules.maySee("MA", "MA", restriction)).isEqualTo(owner);
        assertThat(AccessRules.maySee("FR", "MA", restriction)).isEqualTo(listed);
        assertThat(AccessRules.maySee("EG", "MA", restriction)).isEqualTo(other);
    }

    @Test
    void writtenFormRoundTripsWithAgenciesInOrder() {
        assertThat(Restriction.parse(" only: es , fr ").toString()).isEqualTo("only:ES,FR");
        assertThat(Restriction.parse("EXCEPT:XX").toString()).isEqualTo("except:XX");
        assertThat(Restriction.parse("owner")).isEqualTo(Restriction.OWNER_ONLY);
    }

    @Test
    void storedFormFindsOneCodeWithoutMatchingAPrefix() {
        Restriction restriction = Restriction.only("AFRIPOL", "FR");
        assertThat(restriction.storedAgencies()).isEqualTo(",AFRIPOL,FR,");
        assertThat(Restriction.fromStored("ONLY", ",AFRIPOL,FR,")).isEqualTo(restriction);
        // "AF" must not be taken for a listed agency because "AFRIPOL" is
        assertThat(AccessRules.maySee("AF", "MA", restriction)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "everyone", "only:", "only", "except:", "all:FR", "owner:MA", "only:F R", "only:f"})
    void malformedRestrictionsAreRefusedWithAReason(String written) {
        assertThatThrownBy(() -> Restriction.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void sqlConditionRefusesAnAliasThatCouldInjectSql() {
        assertThatThrownBy(() -> AccessRules.sqlCondition("r; drop table x", "MA"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
