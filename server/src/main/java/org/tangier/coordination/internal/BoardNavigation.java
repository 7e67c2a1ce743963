package org.tangier.coordination.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class BoardNavigation {

    @Bean
    NavigationEntry boardEntry() {
        return new NavigationEntry("nav.board", "/board", 50, EnumSet.of(Role.DUTY_OFFICER, Role.PLATFORM_ADMIN));
    }
}
