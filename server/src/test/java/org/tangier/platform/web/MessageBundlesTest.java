package org.tangier.platform.web;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a user can see exists in all four languages: a key only in English shows English on an Arabic page. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void everyEnglishKeyIsTranslated(String language) throws Exception {
        Set<String> missing = new TreeSet<>(load("i18n/messages.properties").stringPropertyNames());
        missing.removeAll(load("i18n/messages_" + language + ".properties").stringPropertyNames());
        assertThat(missing).as("keys without a %s text", language).isEmpty();
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
