package org.tangier.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;

/**
 * Agencies and users for tests of other parts, written straight to the tables (the agencies part's services are
 * internal to it), and bearer tokens obtained the way a script gets them.
 */
public final class TestAgencies {

    public static final String PASSWORD = "correct horse battery";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final JdbcClient jdbc;
    private final MockMvc mvc;

    public TestAgencies(JdbcClient jdbc, MockMvc mvc) {
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    /** A new agency with a unique code starting with {@code prefix}. */
    public String agency(String prefix) {
        String code = TestCallers.unique(prefix).toUpperCase();
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:c, :n, 'REGIONAL_BODY', true, :t)")
                .param("c", code).param("n", "Test agency " + code).param("t", Timestamp.from(Instant.now())).update();
        return code;
    }

    /** A user of the agency with these roles; returns the username. */
    public String user(String agency, Role... roles) {
        String username = TestCallers.unique(agency.toLowerCase() + ".u");
        String roleIds = Arrays.stream(roles).map(Role::id).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                insert into user_account (id, agency_code, username, password_hash, roles, enabled, failed_logins,
                  locked_until, totp_secret, totp_enrolled, created_at, password_changed_at)
                values (:id, :a, :u, :h, :r, true, 0, null, null, false, :t, :t)""")
                .param("id", UUID.randomUUID()).param("a", agency).param("u", username).param("h", HASH)
                .param("r", roleIds).param("t", Timestamp.from(Instant.now())).update();
        return username;
    }

    /** A bearer token for a new user of the agency with these roles. */
    public String token(String agency, Role... roles) throws Exception {
        String username = user(agency, roles);
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }
}
