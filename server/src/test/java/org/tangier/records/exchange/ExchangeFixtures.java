package org.tangier.records.exchange;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TestCallers;

/** Agencies and callers for the exchange tests; each test makes its own agencies so that tests sharing a database never meet. */
final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    static String agency(JdbcClient jdbc, String prefix) {
        String code = TestCallers.unique(prefix).toUpperCase(Locale.ROOT);
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:c, :n, 'NATIONAL_BUREAU', true, current_timestamp)")
                .param("c", code).param("n", "Agency " + code).update();
        return code;
    }

    static Caller officer(String agency) {
        return TestCallers.user(agency.toLowerCase(Locale.ROOT) + ".bureau", agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    static InputStream lines(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
