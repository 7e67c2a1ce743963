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

    UserStore(JdbcClient jdbc, BearerCache bearers) {
        this.jdbc = jdbc;
        this.bearers = bearers;
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

    void recordFailure(UUID id, int failures, Instant lockedUntil) {
        jdbc.sql("update user_account set failed_logins = :f, locked_until = :l where id = :id")
                .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", id).update();
        bearers.forgetAll();
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

    void enrolTotp(UUID id, String secret) {
        jdbc.sql("update user_account set totp_secret = :s, totp_enrolled = true where id = :id").param("s", secret)
                .param("id", id).update();
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("username"),
                rs.getString("password_hash"), RoleSet.load(rs.getString("roles")), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(), rs.getString("totp_secret"),
                rs.getBoolean("totp_enrolled"), rs.getTimestamp("created_at").toInstant());
    }
}
