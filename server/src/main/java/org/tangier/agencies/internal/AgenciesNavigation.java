package org.tangier.agencies.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class AgenciesNavigation {

    @Bean
    NavigationEntry adminEntry() {
        return new NavigationEntry("nav.admin", "/admin/agencies", 800, EnumSet.of(Role.PLATFORM_ADMIN, Role.AGENCY_ADMIN));
    }

    @Bean
    NavigationEntry secondFactorEntry() {
        return new NavigationEntry("nav.account", "/account/second-factor", 990, EnumSet.allOf(Role.class));
    }
}
