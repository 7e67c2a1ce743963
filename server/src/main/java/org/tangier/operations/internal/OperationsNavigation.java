package org.tangier.operations.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class OperationsNavigation {

    @Bean
    NavigationEntry operationsEntry() {
        return new NavigationEntry("operation.nav", "/operations", 320,
                EnumSet.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST));
    }

    @Bean
    NavigationEntry webhooksEntry() {
        return new NavigationEntry("operation.webhook.nav", "/webhooks", 820, EnumSet.of(Role.AGENCY_ADMIN));
    }
}
