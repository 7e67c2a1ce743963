package org.tangier.audit.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class AuditNavigation {

    @Bean
    NavigationEntry auditEntry() {
        return new NavigationEntry("nav.audit", "/audit", 900, EnumSet.of(Role.AUDITOR, Role.PLATFORM_ADMIN));
    }
}
