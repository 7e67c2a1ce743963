package org.tangier.agencies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientStore {

    private final JdbcClient jdbc;
    private final BearerCache bearers;

    ClientStore(JdbcClient jdbc, BearerCache bearers) {
        this.jdbc = jdbc;
        this.bearers = bearers;
    }

    void insert(ApiClient client, String secretHash) {
        jdbc.sql("""
                insert into api_client (id, agency_code, name, roles, secret_hash, created_at, created_by, revoked_at)
                values (:id, :agency, :name, :roles, :hash, :at, :by, null)""")
                .param("id", client.id()).param("agency", client.agencyCode()).param("name", client.name())
                .param("roles", RoleSet.store(client.roles())).param("hash", secretHash)
                .param("at", Timestamp.from(client.createdAt())).param("by", client.createdBy())
                .update();
    }

    Optional<ApiClient> findBySecretHash(String hash) {
        return jdbc.sql("select * from api_client where secret_hash = :h").param("h", hash).query(this::map).optional();
    }

    Optional<ApiClient> find(UUID id) {
        return jdbc.sql("select * from api_client where id = :id").param("id", id).query(this::map).optional();
    }

    List<ApiClient> byAgency(String agency) {
        return jdbc.sql("select * from api_client where agency_code = :a order by name").param("a", agency)
                .query(this::map).list();
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("update api_client set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update();
        bearers.forgetAll();
    }

    private ApiClient map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("name"),
                RoleSet.load(rs.getString("roles")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), revoked == null ? null : revoked.toInstant());
    }
}
