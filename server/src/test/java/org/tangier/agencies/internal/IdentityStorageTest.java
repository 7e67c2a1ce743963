package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.testing.TestCallers;

/** Agencies, users, clients and tokens on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class IdentityStorageTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AgencyAdministration administration;
    @Autowired
    Credentials credentials;

    @Test
    void agencyUsersAndClientsAreStoredAndListed() {
        String code = agency();
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, TestCallers.unique("u"), PASSWORD,
                List.of("bureau-officer", "reviewer"));
        assertThat(administration.users(TestCallers.agencyAdmin(code), code))
                .singleElement().satisfies(u -> {
                    assertThat(u.username()).isEqualTo(user.username());
                    assertThat(u.roles()).containsExactlyInAnyOrder(Role.BUREAU_OFFICER, Role.REVIEWER);
                    assertThat(u.passwordHash()).doesNotContain(PASSWORD).startsWith("$2");
                });
        AgencyAdministration.CreatedClient client = administration.createClient(TestCallers.agencyAdmin(code), code,
                "border terminal", List.of("border-officer"));
        assertThat(credentials.bearer(client.secret())).get().extracting(Caller::agencyCode).isEqualTo(code);
        administration.revokeClient(TestCallers.agencyAdmin(code), code, client.client().id());
        assertThat(credentials.bearer(client.secret())).isEmpty();
    }

    @Test
    void fifthWrongPasswordLocksTheAccountEvenForTheRightPassword() {
        String code = agency();
        String name = TestCallers.unique("lock");
        administration.createUser(TestCallers.platformAdmin(), code, name, PASSWORD, List.of("border-officer"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> credentials.checkPassword(name, "wrong password!", "test"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> credentials.checkPassword(name, PASSWORD, "test")).isInstanceOf(LockedException.class);
        administration.unlockUser(TestCallers.agencyAdmin(code), code, name);
        assertThat(credentials.checkPassword(name, PASSWORD, "test").username()).isEqualTo(name);
    }

    @Test
    void tokensStopWorkingWhenTheUserIsDisabled() {
        String code = agency();
        String name = TestCallers.unique("tok");
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, name, PASSWORD, List.of("analyst"));
        String token = credentials.issueToken(user).token();
        assertThat(credentials.bearer(token)).get().extracting(Caller::name).isEqualTo(name);
        administration.setUserEnabled(TestCallers.agencyAdmin(code), code, name, false);
        assertThat(credentials.bearer(token)).isEmpty();
        assertThatThrownBy(() -> credentials.checkPassword(name, PASSWORD, "test")).isInstanceOf(DisabledException.class);
    }

    @Test
    void disablingAnAgencyShutsOutItsClients() {
        String code = agency();
        AgencyAdministration.CreatedClient client = administration.createClient(TestCallers.platformAdmin(), code,
                "case system", List.of("bureau-officer"));
        administration.setAgencyActive(TestCallers.platformAdmin(), code, false);
        assertThat(credentials.bearer(client.secret())).isEmpty();
    }

    @Test
    void agencyAdminCannotGrantPlatformAdminNorAdministerAnotherAgency() {
        String code = agency();
        String other = agency();
        assertThatThrownBy(() -> administration.createUser(TestCallers.agencyAdmin(code), code, TestCallers.unique("x"),
                PASSWORD, List.of("platform-admin"))).isInstanceOf(ProblemException.class).hasMessageContaining("platform-admin");
        assertThatThrownBy(() -> administration.users(TestCallers.agencyAdmin(code), other))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void duplicateAgencyCodeIsAConflictAndKeepsTheFirst() {
        String code = agency();
        assertThatThrownBy(() -> administration.createAgency(TestCallers.platformAdmin(), code, "Another", "regional-body"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(administration.find(code)).get().extracting(a -> a.name()).isEqualTo("Test body " + code);
    }

    private String agency() {
        String code = TestCallers.unique("T").toUpperCase();
        administration.createAgency(TestCallers.platformAdmin(), code, "Test body " + code, "regional-body");
        return code;
    }
}
