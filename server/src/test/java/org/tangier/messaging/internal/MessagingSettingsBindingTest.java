package org.tangier.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The README's environment variables bind as written; the key id is the variable's tail in lower case. */
class MessagingSettingsBindingTest {

    @Test
    void signingKeysSetAsTheReadmeSaysReachTheKeyRing() {
        StandardEnvironment environment = environment(Map.of(
                "TANGIER_MESSAGING_KEYS_K1", "a2V5MQ==",
                "TANGIER_MESSAGING_ACTIVE_KEY", "k1",
                "TANGIER_MESSAGING_SIGNING_KEYS_S1", "c2lnbjE=",
                "TANGIER_MESSAGING_ACTIVE_SIGNING_KEY", "s1"));
        MessagingSettings settings = bind(environment);

        assertThat(settings.keys()).containsExactly(Map.entry("k1", "a2V5MQ=="));
        assertThat(settings.activeKey()).isEqualTo("k1");
        assertThat(settings.activeSigningKey()).isEqualTo("s1");
        assertThat(MessagingKeys.signingKeys(settings, environment)).containsExactly(Map.entry("s1", "c2lnbjE="));
    }

    @Test
    void theCanonicalPropertyStillBindsAndWinsOnTheSameId() {
        StandardEnvironment environment = environment(Map.of("TANGIER_MESSAGING_SIGNING_KEYS_S1", "ZW52"));
        environment.getPropertySources().addFirst(new MapPropertySource("yaml", Map.of(
                "tangier.messaging.signing-keys.s1", "eWFtbA==", "tangier.messaging.signing-keys.s2", "dHdv")));
        ConfigurationPropertySources.attach(environment);

        assertThat(MessagingKeys.signingKeys(bind(environment), environment))
                .containsOnly(Map.entry("s1", "eWFtbA=="), Map.entry("s2", "dHdv"));
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static MessagingSettings bind(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("tangier.messaging", MessagingSettings.class);
    }
}
