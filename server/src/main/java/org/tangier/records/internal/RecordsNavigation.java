package org.tangier.records.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class RecordsNavigation {

    @Bean
    NavigationEntry recordsEntry() {
        return new NavigationEntry("nav.records", "/records", 100,
                EnumSet.of(Role.BUREAU_OFFICER, Role.REVIEWER, Role.DUTY_OFFICER, Role.ANALYST));
    }

    @Bean
    NavigationEntry reviewDueEntry() {
        return new NavigationEntry("nav.reviewDue", "/records/review-due", 150, EnumSet.of(Role.BUREAU_OFFICER));
    }
}
