package org.tangier.agencies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.platform.Role;

@Repository
class UserStore {

    private final JdbcClient jdbc;
    private final BearerCache bearers;
    private final SeedCipher seeds;

    UserStore(JdbcClient jdbc, BearerCache bearers, SeedCipher seeds) {
        this.jdbc = jdbc;
        this.bearers = bearers;
        this.seeds = seeds;
    }

    void insert(UserAccount user) {
        jdbc.sql("""
                insert into user_account (id, agency_code, username, password_hash, roles, enabled, failed_logins,
                  locked_until, totp_secret, totp_enrolled, created_at, password_changed_at)
                values (:id, :agency, :username, :hash, :roles, :enabled, 0, null, null, false, :at, :at)""")
                .param("id", user.id()).param("agency", user.agencyCode()).param("username", user.username())
                .param("hash", user.passwordHash()).param("roles", RoleSet.store(user.roles()))
                .param("enabled", user.enabled()).param("at", Timestamp.from(user.createdAt()))
                .update();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from user_account where username = :u").param("u", username).query(this::map)
                .optional();
    }

    Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id).query(this::map).optional();
    }

    List<UserAccount> byAgency(String agency) {
        return jdbc.sql("select * from user_account where agency_code = :a order by username").param("a", agency)
                .query(this::map).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from user_account where roles like :r").param("r", "%" + role.id() + "%")
                .query(Long.class).single() > 0;
    }

    /**
     * Takes one of the account's attempts before a password or code is checked, in one statement so that concurrent
     * attempts cannot all pass: false when the account is locked or its attempts are used up.
     */
    boolean takeAttempt(UUID id, int maxFailures, Instant now) {
        return jdbc.sql("""
                update user_account set failed_logins = failed_logins + 1
                where id = :id and failed_logins < :max and (locked_until is null or locked_until <= :now)""")
                .param("id", id).param("max", maxFailures).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Locks the account when its attempts are used up; true when this call locked it. */
    boolean lockIfExhausted(UUID id, int maxFailures, Instant lockedUntil) {
        int locked = jdbc.sql("""
                update user_account set failed_logins = 0, locked_until = :l where id = :id and failed_logins >= :max""")
                .param("l", Timestamp.from(lockedUntil)).param("id", id).param("max", maxFailures).update();
        if (locked == 1) {
            bearers.forgetAll(); // a locked user's tokens stop at once; refusals of a locked account flush nothing
        }
        return locked == 1;
    }

    void clearFailures(UUID id) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where id = :id").param("id", id)
                .update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update user_account set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
        bearers.forgetAll();
    }

    void setRoles(UUID id, Set<Role> roles) {
        jdbc.sql("update user_account set roles = :r where id = :id").param("r", RoleSet.store(roles)).param("id", id)
                .update();
        bearers.forgetAll();
    }

    /** Enrols a confirmed authenticator; the step of the confirming code counts as used. */
    void enrolTotp(UUID id, String secret, long usedStep) {
        jdbc.sql("""
                update user_account set totp_secret = :s, totp_enrolled = true, totp_pending_secret = null,
                  totp_last_step = :step where id = :id""")
                .param("s", seeds.encrypt(id, secret)).param("step", usedStep).param("id", id).update();
    }

    /** An authenticator handed out through the API, waiting for a code from it. */
    void setPendingTotp(UUID id, String secret) {
        jdbc.sql("update user_account set totp_pending_secret = :s where id = :id")
                .param("s", seeds.encrypt(id, secret)).param("id", id).update();
    }

    /** The pending seed as stored (encrypted); {@link #confirmPending} takes it back to make the swap atomic. */
    Optional<String> pendingTotpStored(UUID id) {
        return jdbc.sql("select totp_pending_secret from user_account where id = :id").param("id", id)
                .query(String.class).optional();
    }

    String decryptSeed(UUID id, String stored) {
        return seeds.decrypt(id, stored);
    }

    /** Makes the pending seed the user's authenticator; false when another request confirmed or replaced it first. */
    boolean confirmPending(UUID id, String pendingStored, long usedStep) {
        return jdbc.sql("""
                update user_account set totp_secret = totp_pending_secret, totp_pending_secret = null,
                  totp_enrolled = true, totp_last_step = :step where id = :id and totp_pending_secret = :p""")
                .param("step", usedStep).param("id", id).param("p", pendingStored).update() == 1;
    }

    /**
     * Marks a time step used, in one statement so that two nodes cannot both accept the same code: false when this
     * step or a later one was used already.
     */
    boolean useStep(UUID id, long step) {
        return jdbc.sql("""
                update user_account set totp_last_step = :step
                where id = :id and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step).param("id", id).update() == 1;
    }

    /** Encrypts seeds stored before encryption at rest; returns how many. */
    int encryptPlainSeeds() {
        int count = 0;
        for (var row : jdbc.sql("""
                select id, totp_secret, totp_pending_secret from user_account
                where (totp_secret is not null and totp_secret not like 'v1:%')
                   or (totp_pending_secret is not null and totp_pending_secret not like 'v1:%')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()) {
            UUID id = UUID.fromString(row[0]);
            jdbc.sql("update user_account set totp_secret = :s, totp_pending_secret = :p where id = :id")
                    .param("s", seeds.isEncrypted(row[1]) ? row[1] : seeds.encrypt(id, row[1]))
                    .param("p", seeds.isEncrypted(row[2]) ? row[2] : seeds.encrypt(id, row[2]))
                    .param("id", id).update();
            count++;
        }
        return count;
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("username"),
                rs.getString("password_hash"), RoleSet.load(rs.getString("roles")), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
                seeds.decrypt(rs.getObject("id", UUID.class), rs.getString("totp_secret")),
                rs.getBoolean("totp_enrolled"), rs.getTimestamp("created_at").toInstant());
    }
}
