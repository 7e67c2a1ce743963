package org.tangier.agencies.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tangier.agencies.AgencyKind;
import org.tangier.platform.Role;

/**
 * Keycloak-style bootstrap: with TANGIER_BOOTSTRAP_ADMIN_USERNAME and TANGIER_BOOTSTRAP_ADMIN_PASSWORD set, the first
 * start creates a platform admin when there is none. Nothing else ever creates credentials outside demo mode.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AgencyAdministration administration;
    private final UserStore users;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;
    private final String agencyCode;

    BootstrapAdmin(AgencyAdministration administration, UserStore users, PasswordPolicy policy,
            PasswordEncoder passwords,
            @Value("${tangier.bootstrap.admin-username:}") String username,
            @Value("${tangier.bootstrap.admin-password:}") String password,
            @Value("${tangier.bootstrap.agency:OPS}") String agencyCode) {
        this.administration = administration;
        this.users = users;
        this.policy = policy;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
        this.agencyCode = agencyCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyWithRole(Role.PLATFORM_ADMIN)) {
            return;
        }
        if (username.isBlank() && password.isBlank()) {
            log.warn("There is no platform administrator. Set TANGIER_BOOTSTRAP_ADMIN_USERNAME and "
                    + "TANGIER_BOOTSTRAP_ADMIN_PASSWORD and restart to create one.");
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("TANGIER_BOOTSTRAP_ADMIN_USERNAME and TANGIER_BOOTSTRAP_ADMIN_PASSWORD must be set together");
        }
        policy.problemWith(password, username).ifPresent(problem -> {
            throw new IllegalStateException("TANGIER_BOOTSTRAP_ADMIN_PASSWORD is refused by the password policy: " + problem);
        });
        if (administration.find(agencyCode).isEmpty()) {
            administration.createAgencyAsSystem(agencyCode, "Platform operations", AgencyKind.INTERNATIONAL_BODY);
        }
        administration.createUserAsSystem(agencyCode, username.trim(), passwords.encode(password),
                EnumSet.of(Role.PLATFORM_ADMIN));
        log.info("Created the platform administrator '{}' of agency {}. It enrols a second factor at its first browser "
                + "login or through POST /api/v1/auth/second-factor before it gets a token.",
                username, agencyCode);
    }
}
