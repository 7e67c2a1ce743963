package org.tangier.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
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
    /** Every test user's authenticator key (base 32): every user needs a second factor, test users too. */
    public static final String TOTP_SECRET = "TESTAUTHENTICATORKEYFORTANGIERAB";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

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
                values (:id, :a, :u, :h, :r, true, 0, null, :s, true, :t, :t)""")
                .param("id", UUID.randomUUID()).param("a", agency).param("u", username).param("h", HASH)
                .param("s", TOTP_SECRET)
                .param("r", roleIds).param("t", Timestamp.from(Instant.now())).update();
        return username;
    }

    /** A bearer token for a new user of the agency with these roles. */
    public String token(String agency, Role... roles) throws Exception {
        return tokenOf(user(agency, roles));
    }

    /** A bearer token for an existing test user: password and a fresh one-time code, the way a script logs in. */
    public String tokenOf(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"code\":\""
                                + code(jdbc, username) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }

    /** A one-time code for a user enrolled with {@link #TOTP_SECRET} that the server has not seen yet. */
    public static String code(JdbcClient jdbc, String username) {
        return code(jdbc, username, TOTP_SECRET);
    }

    /**
     * A one-time code from this key whose time step the user has not used: each code is accepted once, so a second
     * login of the same user takes the next step (accepted as clock drift) and a third waits for it, under a minute.
     */
    public static String code(JdbcClient jdbc, String username, String secret) {
        long last = jdbc.sql("select totp_last_step from user_account where username = :u").param("u", username)
                .query((rs, n) -> rs.getObject(1) == null ? Long.MIN_VALUE : rs.getLong(1)).single();
        long step = Math.max(currentStep(), last == Long.MIN_VALUE ? Long.MIN_VALUE : last + 1);
        for (int i = 0; i < 130 && step > currentStep() + 1; i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code for the current time step (for tests that want exactly that, e.g. a replay). */
    public static String currentCode(String secret) throws CodeGenerationException {
        return CODES.generate(secret, currentStep());
    }

    private static long currentStep() {
        return System.currentTimeMillis() / 1000 / 30;
    }
}
