package org.tangier.notices.internal;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;

@Configuration
class NoticesNavigation {

    @Bean
    NavigationEntry noticesEntry() {
        return new NavigationEntry("notice.nav.list", "/notices", 300,
                EnumSet.of(Role.BUREAU_OFFICER, Role.REVIEWER, Role.DUTY_OFFICER, Role.ANALYST));
    }

    @Bean
    NavigationEntry noticeReviewEntry() {
        return new NavigationEntry("notice.nav.review", "/notices/review", 310, EnumSet.of(Role.REVIEWER));
    }

    @Bean
    NavigationEntry noticeReviewDueEntry() {
        return new NavigationEntry("notice.nav.reviewDue", "/notices/review-due", 320, EnumSet.of(Role.BUREAU_OFFICER));
    }
}
