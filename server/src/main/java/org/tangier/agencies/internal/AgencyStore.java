package org.tangier.agencies.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyKind;

@Repository
class AgencyStore {

    private final JdbcClient jdbc;
    private final BearerCache bearers;

    AgencyStore(JdbcClient jdbc, BearerCache bearers) {
        this.jdbc = jdbc;
        this.bearers = bearers;
    }

    void insert(Agency agency) {
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:code, :name, :kind, :active, :at)")
                .param("code", agency.code()).param("name", agency.name()).param("kind", agency.kind().name())
                .param("active", agency.active()).param("at", Timestamp.from(agency.createdAt()))
                .update();
    }

    Optional<Agency> find(String code) {
        return jdbc.sql("select * from agency where code = :code").param("code", code).query(this::map).optional();
    }

    List<Agency> all() {
        return jdbc.sql("select * from agency order by code").query(this::map).list();
    }

    void setActive(String code, boolean active) {
        jdbc.sql("update agency set active = :active where code = :code").param("active", active).param("code", code)
                .update();
        bearers.forgetAll();
    }

    private Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
    }
}
