package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** Agencies, users, clients and tokens on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class IdentityStorageTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AgencyAdministration administration;
    @Autowired
    Credentials credentials;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

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
    void fifthWrongPasswordLocksTheAccountWithTheSameAnswerAsAnUnknownUser() {
        String code = agency();
        String name = TestCallers.unique("lock");
        administration.createUser(TestCallers.platformAdmin(), code, name, PASSWORD, List.of("border-officer"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> credentials.checkPassword(name, "wrong password!", "test"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        Throwable locked = catchThrowable(() -> credentials.checkPassword(name, PASSWORD, "test"));
        Throwable unknown = catchThrowable(() -> credentials.checkPassword(TestCallers.unique("nobody"), PASSWORD, "test"));
        assertThat(locked).isExactlyInstanceOf(unknown.getClass()).hasMessage(unknown.getMessage());
        administration.unlockUser(TestCallers.agencyAdmin(code), code, name);
        assertThat(credentials.checkPassword(name, PASSWORD, "test").username()).isEqualTo(name);
    }

    @Test
    void passwordsAcceptedWithoutACodeUseUpTheAttemptsAndLockForTheLockoutTimeOnly() {
        String code = agency();
        String name = TestCallers.unique("half");
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, name, PASSWORD, List.of("analyst"));
        for (int i = 0; i < 5; i++) {
            credentials.checkPassword(name, PASSWORD, "test");
        }
        assertThatThrownBy(() -> credentials.checkPassword(name, PASSWORD, "test")).isInstanceOf(BadCredentialsException.class);
        assertThat(users.findById(user.id()).orElseThrow().lockedUntil()).as("the lock has an end").isNotNull();
    }

    @Test
    void eightyConcurrentWrongPasswordsAreComparedOnlyUpToTheLimit() throws Exception {
        String code = agency();
        String name = TestCallers.unique("burst");
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, name, PASSWORD,
                List.of("border-officer"));
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                attempts.add(pool.submit(() -> catchThrowable(() -> credentials.checkPassword(name, "wrong password!", "test"))));
            }
            for (Future<?> attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS);
            }
        }
        long compared = jdbc.sql("""
                select count(*) from audit_entry where action = 'auth.login' and actor_id = :id
                  and detail like '%wrong password%'""").param("id", user.id().toString()).query(Long.class).single();
        assertThat(compared).isEqualTo(5);
        assertThat(users.findById(user.id()).orElseThrow().lockedAt(java.time.Instant.now())).isTrue();
    }

    @Test
    void aOneTimeCodeIsAcceptedOnceEvenAcrossNodes() throws Exception {
        String code = agency();
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, TestCallers.unique("otp"),
                PASSWORD, List.of("analyst"));
        users.enrolTotp(user.id(), TestAgencies.TOTP_SECRET, 0);
        UserAccount enrolled = users.findById(user.id()).orElseThrow();
        String current = TestAgencies.currentCode(TestAgencies.TOTP_SECRET);
        credentials.checkCode(enrolled, current, "test");
        // a second node reads the same row: the step used is in the database, not in a node's memory
        assertThatThrownBy(() -> credentials.checkCode(users.findById(user.id()).orElseThrow(), current, "test"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void secondFactorSeedsAreEncryptedAtRestAndPlainOnesMigrated() {
        String code = agency();
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), code, TestCallers.unique("seed"),
                PASSWORD, List.of("analyst"));
        users.enrolTotp(user.id(), TestAgencies.TOTP_SECRET, 0);
        String stored = jdbc.sql("select totp_secret from user_account where id = :id").param("id", user.id())
                .query(String.class).single();
        assertThat(stored).startsWith(SeedCipher.PREFIX).doesNotContain(TestAgencies.TOTP_SECRET);
        assertThat(users.findById(user.id()).orElseThrow().totpSecret()).isEqualTo(TestAgencies.TOTP_SECRET);

        jdbc.sql("update user_account set totp_secret = :s where id = :id").param("s", TestAgencies.TOTP_SECRET)
                .param("id", user.id()).update();
        users.encryptPlainSeeds();
        assertThat(jdbc.sql("select totp_secret from user_account where id = :id").param("id", user.id())
                .query(String.class).single()).startsWith(SeedCipher.PREFIX);
        assertThat(users.findById(user.id()).orElseThrow().totpSecret()).isEqualTo(TestAgencies.TOTP_SECRET);
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
    void nobodyHoldsAuditorWithAnotherRoleNorChangesTheirOwnRoles() {
        String code = agency();
        assertThatThrownBy(() -> administration.createUser(TestCallers.agencyAdmin(code), code, TestCallers.unique("x"),
                PASSWORD, List.of("auditor", "bureau-officer"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("separation of duties"));
        UserAccount admin = administration.createUser(TestCallers.platformAdmin(), code, TestCallers.unique("adm"),
                PASSWORD, List.of("agency-admin"));
        Caller self = admin.asCaller();
        assertThatThrownBy(() -> administration.setUserRoles(self, code, admin.username(), List.of("agency-admin", "auditor")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> administration.setUserRoles(self, code, admin.username(), List.of("agency-admin", "analyst")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(users.findById(admin.id()).orElseThrow().roles()).containsExactly(Role.AGENCY_ADMIN);
        // another administrator may grant an operational role
        administration.setUserRoles(TestCallers.agencyAdmin(code), code, admin.username(), List.of("agency-admin", "analyst"));
        assertThat(users.findById(admin.id()).orElseThrow().roles()).contains(Role.ANALYST);
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
