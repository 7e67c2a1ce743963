package org.tangier.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tangier.testing.PostgresTestDatabase;

/** COPY's text format for the import's rows, checked as text and against the real PostgreSQL server. */
class CopyRowsTest {

    static final String ODD = "back\\slash\ttab\nnew line\r\\N not null, \"quoted\", 'single', é, محمد";

    @Test
    void escapesBackslashTabAndLineBreaksAndWritesNullAsBackslashN() {
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
        CopyRows rows = new CopyRows("t (a, b, c, d, e)")
                .row(id, "a\\b\tc\nd\re", null, 7, java.sql.Date.valueOf(LocalDate.of(2026, 12, 7)))
                .row(Timestamp.from(Instant.parse("2026-12-07T08:00:00.123456Z")), "", "\\N", 0, LocalDate.of(2000, 1, 1));

        assertThat(rows.rows()).isEqualTo(2);
        assertThat(rows.text()).isEqualTo(id + "\ta\\\\b\\tc\\nd\\re\t\\N\t7\t2026-12-07\n"
                + "2026-12-07T08:00:00.123456Z\t\t\\\\N\t0\t2000-01-01\n");
    }

    @Test
    void refusesAValueItCannotWrite() {
        assertThatThrownBy(() -> new CopyRows("t (a)").row(new StringBuilder("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
    }

    @Test
    void postgresStoresEveryValueAsItWasGiven() throws Exception {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-07T08:43:28.654321Z");
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.USER, "");
             Statement s = c.createStatement()) {
            assertThat(CopyRows.supported(c)).isTrue();
            s.execute("create temporary table copy_probe (id uuid, text_value text, missing varchar(10), n integer, "
                    + "day date, at timestamp with time zone)");
            CopyRows rows = new CopyRows("copy_probe (id, text_value, missing, n, day, at)")
                    .row(id, ODD, null, 42, LocalDate.of(1984, 3, 2), at)
                    .row(UUID.randomUUID(), "", null, -1, null, null);

            assertThat(rows.copy(c)).isEqualTo(2);
            try (ResultSet rs = s.executeQuery("select * from copy_probe order by n desc")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject("id", UUID.class)).isEqualTo(id);
                assertThat(rs.getString("text_value")).isEqualTo(ODD);
                assertThat(rs.getString("missing")).isNull();
                assertThat(rs.getInt("n")).isEqualTo(42);
                assertThat(rs.getObject("day", LocalDate.class)).isEqualTo(LocalDate.of(1984, 3, 2));
                assertThat(rs.getTimestamp("at").toInstant()).isEqualTo(at);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("text_value")).as("an empty string is not null").isEmpty();
                assertThat(rs.getObject("day")).isNull();
            }
        }
    }

    @Test
    void aFailedCopyLeavesTheConnectionUsableAndStoresNothing() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("create temporary table copy_fail (n integer not null)");
            CopyRows rows = new CopyRows("copy_fail (n)").row(1).row((Object) null);

            assertThatThrownBy(() -> rows.copy(c)).isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("null value");
            try (ResultSet rs = s.executeQuery("select count(*) from copy_fail")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void h2IsWrittenWithOrdinaryStatements() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:copy_rows_probe")) {
            assertThat(CopyRows.supported(c)).isFalse();
        }
    }
}
