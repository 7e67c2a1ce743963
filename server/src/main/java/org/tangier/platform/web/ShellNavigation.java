package org.tangier.platform.web;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class ShellNavigation {

    @Bean
    NavigationEntry homeEntry() {
        return new NavigationEntry("nav.home", "/", 0, EnumSet.allOf(Role.class));
    }
}
