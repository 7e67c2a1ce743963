package org.tangier.analysis.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The early warnings raised by the scheduled evaluation ({@code early_warning}), per viewing agency. */
@Component
class WarningStore {

    private final JdbcClient jdbc;

    WarningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored warning: where, why, and when it was raised. */
    record StoredWarning(UUID id, String dimension, String key, LocalDate day, long observed, double expected,
            double pValue, String test, Instant raisedAt) {
    }

    /**
     * Keeps a warning; true when it is new (first for this agency, dimension, key and day), false when it only
     * updates a warning raised earlier that day with a later count (which is not announced again).
     */
    boolean keep(UUID id, String agency, LocalDate day, EarlyWarnings.Warning w, Instant at) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("agency", agency, "dimension", w.dimension(),
                "key", w.key(), "day", Date.valueOf(day), "observed", w.observed(), "expected", w.expected(),
                "p", w.pValue(), "test", w.test(), "at", Timestamp.from(at)));
        int updated = jdbc.sql("""
                update early_warning set observed = :observed, expected = :expected, p_value = :p
                where agency = :agency and dimension = :dimension and warning_key = :key and raised_on = :day""")
                .params(p).update();
        if (updated > 0) {
            return false;
        }
        p.put("id", id);
        jdbc.sql("""
                insert into early_warning (id, agency, dimension, warning_key, observed, expected, p_value, test_text,
                  raised_on, raised_at) values (:id, :agency, :dimension, :key, :observed, :expected, :p, :test, :day, :at)""")
                .params(p).update();
        return true;
    }

    /** The agency's warnings raised on or after {@code since}, the newest and most significant first. */
    List<StoredWarning> recent(String agency, LocalDate since) {
        return jdbc.sql("""
                select id, dimension, warning_key, raised_on, observed, expected, p_value, test_text, raised_at
                from early_warning where agency = :agency and raised_on >= :since
                order by raised_on desc, p_value, warning_key""")
                .param("agency", agency).param("since", Date.valueOf(since))
                .query((rs, n) -> new StoredWarning(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getDouble(6), rs.getDouble(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** How many warnings the agency received on or after {@code since}: the home page's count. */
    long count(String agency, LocalDate since) {
        return jdbc.sql("select count(*) from early_warning where agency = :agency and raised_on >= :since")
                .param("agency", agency).param("since", Date.valueOf(since)).query(Long.class).single();
    }
}
