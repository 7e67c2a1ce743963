package org.tangier.faces.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.faces.FaceEngine;
import org.tangier.faces.FaceModels;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
@EnableConfigurationProperties(FaceSettings.class)
class FaceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FaceConfiguration.class);

    /** Loaded at start-up, so that a missing or broken model file stops the server with a message naming it. */
    @Bean(destroyMethod = "close")
    FaceEngine faceEngine(FaceSettings settings) {
        FaceModels models = settings.models();
        FaceEngine engine = FaceEngine.open(models, settings.threads());
        log.info("Face model: {} ({}-dimension templates)", models.describe(), engine.dimension());
        return engine;
    }

    @Bean
    NavigationEntry faceSearchEntry() {
        return new NavigationEntry("nav.faces", "/faces/search", 305,
                EnumSet.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }
}
