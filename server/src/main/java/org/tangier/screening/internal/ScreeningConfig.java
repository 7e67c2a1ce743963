package org.tangier.screening.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ScreeningSettings.class)
class ScreeningConfig {

    @Bean
    ScreeningIndex screeningIndex(ScreeningSettings settings) {
        return new ScreeningIndex(settings.thresholds(), 1 << 12);
    }
}
