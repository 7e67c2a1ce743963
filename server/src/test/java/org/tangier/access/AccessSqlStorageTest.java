package org.tangier.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL form of the access rules must agree with the in-memory form on every restriction kind; run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class AccessSqlStorageTest {

    private static final List<String> RESTRICTIONS = List.of("all", "only:FR,ES", "only:AFRIPOL", "except:FR",
            "except:EG,AFRIPOL", "owner");

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void rows() {
        jdbc.sql("create table access_probe (id integer primary key, owner_agency varchar(16), restriction_kind varchar(16), restriction_agencies varchar(400))").update();
        for (int i = 0; i < RESTRICTIONS.size(); i++) {
            Restriction r = Restriction.parse(RESTRICTIONS.get(i));
            jdbc.sql("insert into access_probe values (:id, 'MA', :kind, :agencies)").param("id", i)
                    .param("kind", r.kind().name()).param("agencies", r.storedAgencies()).update();
        }
    }

    @AfterEach
    void drop() {
        jdbc.sql("drop table access_probe").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MA", "FR", "ES", "EG", "AFRIPOL", "AF", "QA"})
    void sqlConditionAdmitsExactlyWhatTheRulesAdmit(String viewer) {
        AccessRules.SqlCondition condition = AccessRules.sqlCondition("p", viewer);
        Set<Integer> bySql = jdbc.sql("select id from access_probe p where " + condition.sql())
                .params(condition.parameters()).query(Integer.class).set();
        Set<Integer> byRules = java.util.stream.IntStream.range(0, RESTRICTIONS.size())
                .filter(i -> AccessRules.maySee(viewer, "MA", Restriction.parse(RESTRICTIONS.get(i))))
                .boxed().collect(Collectors.toSet());
        assertThat(bySql).isEqualTo(byRules);
    }
}
