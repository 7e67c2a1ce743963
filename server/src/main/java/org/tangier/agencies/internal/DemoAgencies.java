package org.tangier.agencies.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tangier.agencies.AgencyKind;
import org.tangier.platform.Role;

/**
 * Demo mode only: a handful of member agencies and a user for each role, all with one published demo password.
 * Never enabled unless asked for (--demo).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tangier.demo.enabled", havingValue = "true")
class DemoAgencies implements ApplicationRunner, ApplicationListener<ApplicationReadyEvent> {

    /** Published in the README: demo data is synthetic and this password is for demo mode only. */
    static final String DEMO_PASSWORD = "tangier-demo-2026";

    /**
     * Every user needs a second factor, demo users too: they share this published authenticator key (base 32), so
     * that a demo visitor adds it to an authenticator app once (or computes codes with {@code oathtool --totp -b}).
     * Demo mode only, like the password.
     */
    static final String DEMO_TOTP_SECRET = "TANGIERDEMOTWOTHOUSANDTWENTYSIXA";

    private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);

    private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

    static {
        AGENCIES.put("MA", "DGSN Morocco — National Central Bureau Rabat");
        AGENCIES.put("FR", "France — National Central Bureau Paris");
        AGENCIES.put("ES", "Spain — National Central Bureau Madrid");
        AGENCIES.put("AE", "United Arab Emirates — National Central Bureau Abu Dhabi");
        AGENCIES.put("QA", "Qatar — National Central Bureau Doha");
        AGENCIES.put("EG", "Egypt — National Central Bureau Cairo");
    }

    private static final Map<Role, String> SHORT = Map.of(Role.BORDER_OFFICER, "border", Role.BUREAU_OFFICER, "bureau",
            Role.REVIEWER, "reviewer", Role.DUTY_OFFICER, "duty", Role.ANALYST, "analyst", Role.AGENCY_ADMIN, "admin",
            Role.AUDITOR, "auditor");

    private final AgencyAdministration administration;
    private final UserStore users;
    private final PasswordEncoder passwords;

    DemoAgencies(AgencyAdministration administration, UserStore users, PasswordEncoder passwords) {
        this.administration = administration;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one bcrypt hash for every demo user: they share the published password anyway, and start-up stays fast
        String hash = passwords.encode(DEMO_PASSWORD);
        ensureAgency("OPS", "Platform operations — Coordination Centre", AgencyKind.INTERNATIONAL_BODY);
        AGENCIES.forEach((code, name) -> ensureAgency(code, name, AgencyKind.NATIONAL_BUREAU));
        ensureAgency("AFRIPOL", "AFRIPOL — African Union Mechanism for Police Cooperation", AgencyKind.REGIONAL_BODY);

        List<String> created = new ArrayList<>();
        ensureUser("OPS", "ops.admin", hash, EnumSet.of(Role.PLATFORM_ADMIN), created);
        ensureUser("OPS", "ops.duty", hash, EnumSet.of(Role.DUTY_OFFICER), created);
        for (String code : List.of("MA", "FR")) {
            for (Role role : SHORT.keySet()) {
                ensureUser(code, code.toLowerCase(Locale.ROOT) + "." + SHORT.get(role), hash, EnumSet.of(role), created);
            }
        }
        for (String code : List.of("ES", "AE", "QA", "EG", "AFRIPOL")) {
            for (Role role : List.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.AGENCY_ADMIN)) {
                ensureUser(code, code.toLowerCase(Locale.ROOT) + "." + SHORT.get(role), hash, EnumSet.of(role), created);
            }
        }
        if (!created.isEmpty()) {
            log.info("Demo mode: created {} demo users", created.size());
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        System.out.println("""
                DEMO MODE: synthetic data; these logins are for demo only. Password for all: %s
                  ops.admin (platform admin)  ops.duty (coordination centre)
                  ma.bureau  ma.border  ma.reviewer  ma.duty  ma.analyst  ma.admin  ma.auditor
                  fr.bureau  fr.border  fr.reviewer  fr.duty  fr.analyst  fr.admin  fr.auditor
                  es|ae|qa|eg|afripol .bureau .border .admin
                  Second factor for all: add the demo authenticator key %s to an authenticator app
                  (or run: oathtool --totp -b %s). Each code works once.
                """.formatted(DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_TOTP_SECRET));
    }

    private void ensureAgency(String code, String name, AgencyKind kind) {
        if (administration.find(code).isEmpty()) {
            administration.createAgencyAsSystem(code, name, kind);
        }
    }

    private void ensureUser(String agency, String username, String hash, Set<Role> roles, List<String> created) {
        if (users.findByUsername(username).isEmpty()) {
            UserAccount user = administration.createUserAsSystem(agency, username, hash, roles);
            users.enrolTotp(user.id(), DEMO_TOTP_SECRET, 0);
            created.add(username);
        }
    }
}
