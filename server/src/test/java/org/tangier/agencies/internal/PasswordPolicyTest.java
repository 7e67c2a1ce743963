package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "qwerty123456", "LeaveMeAlone", "sonyericsson", "superman1234567",
            "basketball2026!"})
    void refusesPasswordsFromTheCommonPasswordList(String password) {
        assertThat(policy.problemWith(password, "officer.one")).hasValue("too-easy");
    }

    @Test
    void refusesAPasswordThatContainsTheUsername() {
        assertThat(policy.problemWith("my-ma.border-is-long", "ma.border")).hasValue("contains-username");
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problemWith("correct horse battery", "officer.one")).isEmpty();
        assertThat(policy.problemWith("olive tram seventeen", "officer.one")).isEmpty();
    }
}
