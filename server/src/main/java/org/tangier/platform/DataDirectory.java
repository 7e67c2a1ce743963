package org.tangier.platform;

import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Restricts the data directory ({@code tangier.data-dir}) to the server's account: before any bean opens the embedded
 * database in it, and again once started, for the files start-up wrote (database, keys). Files written later restrict
 * themselves through {@link DataFiles}.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectory {

    @Bean
    static BeanFactoryPostProcessor restrictDataDirectoryFirst(Environment environment) {
        return beanFactory -> DataFiles.restrictTree(of(environment));
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrictWhatStartUpWrote(ApplicationReadyEvent event) {
        DataFiles.restrictTree(of(event.getApplicationContext().getEnvironment()));
    }

    static Path of(Environment environment) {
        return Path.of(environment.getProperty("tangier.data-dir", "./data"));
    }
}
