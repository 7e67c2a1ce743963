package org.tangier.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TestCallers;

/** Synthetic agencies, officers and subjects for the notice tests. */
final class NoticeFixtures {

    private NoticeFixtures() {
    }

    static String agency(JdbcClient jdbc, String prefix) {
        String code = TestCallers.unique(prefix).toUpperCase();
        return ensureAgency(jdbc, code);
    }

    static String ensureAgency(JdbcClient jdbc, String code) {
        int exists = jdbc.sql("select count(*) from agency where code = :c").param("c", code).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:c, :n, 'NATIONAL_BUREAU', true, :at)")
                    .param("c", code).param("n", "Agency " + code).param("at", Timestamp.from(Instant.now())).update();
        }
        return code;
    }

    static Caller officer(String agency) {
        return TestCallers.user(TestCallers.unique(agency.toLowerCase() + ".bureau"), agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    static Caller reviewer(String agency) {
        return TestCallers.user(TestCallers.unique(agency.toLowerCase() + ".reviewer"), agency, EnumSet.of(Role.REVIEWER));
    }

    static UUID person(Records records, Caller owner, String name, String birthDate, String restriction) {
        return records.create(owner, new RecordDraft(new PersonDetails(
                List.of(new PersonDetails.Name(name, null, "primary")), "M",
                birthDate == null ? List.of() : List.of(birthDate), null, List.of("MA"), List.of(), List.of(), null),
                restriction, null, null)).id();
    }

    static NoticeDraft red(UUID subject, String summary) {
        return new NoticeDraft("RED", false, List.of(), "all", null, summary, Map.of(
                "charges", "Armed robbery of a jewellery shop (art. 507 penal code)",
                "legalBasis", "arrest-warrant", "legalBasisReference", "AW-2026/114",
                "legalBasisDate", "2026-01-12", "legalBasisAuthority", "Investigating judge, Court of Appeal of Tangier"),
                List.of(subject), null);
    }

    static final String PASSWORD = "notice test passphrase";
    private static String hash;

    /** A user with one role, made in SQL (test setup only); returns the username. */
    static String user(JdbcClient jdbc, String agency, Role role) {
        if (hash == null) {
            hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(PASSWORD);
        }
        String username = TestCallers.unique(agency.toLowerCase() + "." + role.id());
        jdbc.sql("""
                insert into user_account (id, agency_code, username, password_hash, roles, enabled, failed_logins,
                  locked_until, totp_secret, totp_enrolled, created_at, password_changed_at)
                values (:id, :agency, :username, :hash, :roles, true, 0, null, :totp, true, :at, :at)""")
                .param("totp", org.tangier.testing.TestAgencies.TOTP_SECRET)
                .param("id", UUID.randomUUID()).param("agency", agency).param("username", username).param("hash", hash)
                .param("roles", role.id()).param("at", Timestamp.from(Instant.now())).update();
        return username;
    }
}
