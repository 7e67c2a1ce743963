package org.tangier.messaging.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class MessagingNavigation {

    @Bean
    NavigationEntry messagesEntry() {
        return new NavigationEntry("message.nav", "/messages", 300,
                EnumSet.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST));
    }
}
