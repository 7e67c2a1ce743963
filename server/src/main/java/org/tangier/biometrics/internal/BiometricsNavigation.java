package org.tangier.biometrics.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class BiometricsNavigation {

    @Bean
    NavigationEntry fingerprintSearchEntry() {
        return new NavigationEntry("nav.fingerprints", "/biometrics/search", 300,
                EnumSet.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    @Bean
    NavigationEntry examinerEntry() {
        return new NavigationEntry("nav.examiner", "/biometrics/matches", 310, EnumSet.of(Role.BUREAU_OFFICER));
    }
}
