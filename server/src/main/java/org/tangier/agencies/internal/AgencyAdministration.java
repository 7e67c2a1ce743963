package org.tangier.agencies.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.agencies.AgencyKind;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * Agencies, their users and API clients: who may administer what, and the audit of every change.
 * Platform admins administer all agencies; an agency admin only its own, and cannot hand out platform-admin.
 */
@Service
class AgencyAdministration implements AgencyDirectory {

    private static final Pattern BODY_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AgencyStore agencies;
    private final UserStore users;
    private final ClientStore clients;
    private final TokenStore tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    AgencyAdministration(AgencyStore agencies, UserStore users, ClientStore clients, TokenStore tokens,
            PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit, Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.clients = clients;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public java.util.Optional<Agency> find(String code) {
        return agencies.find(code);
    }

    @Override
    public List<Agency> all() {
        return agencies.all();
    }

    // ---- agencies

    Agency createAgency(Caller caller, String code, String name, String kindId) {
        requirePlatformAdmin(caller);
        Agency agency = validAgency(code, name, kindId);
        try {
            agencies.insert(agency);
        } catch (DuplicateKeyException e) {
            throw ProblemException.of(409, "agencies.agency-code-already-exists", agency.code());
        }
        audit.record(AuditEvent.success("agency.create", "agency", agency.code()).withDetail(agency.kind().id()));
        return agency;
    }

    /** Creates an agency without a caller: bootstrap and demo mode. */
    Agency createAgencyAsSystem(String code, String name, AgencyKind kind) {
        Agency agency = validAgency(code, name, kind.id());
        agencies.insert(agency);
        audit.record(AuditEvent.success("agency.create", "agency", agency.code()).withDetail(kind.id()));
        return agency;
    }

    void setAgencyActive(Caller caller, String code, boolean active) {
        requirePlatformAdmin(caller);
        existingAgency(code);
        agencies.setActive(code, active);
        audit.record(AuditEvent.success(active ? "agency.enable" : "agency.disable", "agency", code));
    }

    // ---- users

    UserAccount createUser(Caller caller, String agencyCode, String username, String password, List<String> roleIds) {
        requireAdminOf(caller, agencyCode);
        existingAgency(agencyCode);
        Set<Role> roles = RoleSet.parse(roleIds, "roles");
        requireMayGrant(caller, roles);
        return insertUser(agencyCode, username, password, roles, "user.create");
    }

    /** Creates a user without a caller: bootstrap and demo mode. The password hash may be shared by demo users. */
    UserAccount createUserAsSystem(String agencyCode, String username, String passwordHash, Set<Role> roles) {
        UserAccount user = new UserAccount(UUID.randomUUID(), agencyCode, username, passwordHash, roles, true, 0, null,
                null, false, clock.instant());
        users.insert(user);
        audit.record(AuditEvent.success("user.create", "user", user.id().toString())
                .withDetail(username + " roles=" + RoleSet.store(roles)));
        return user;
    }

    UserAccount insertUser(String agencyCode, String username, String password, Set<Role> roles, String action) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw ProblemException.invalid("username", "agencies.username-format");
        }
        policy.problemWith(password, name).ifPresent(problem -> {
            throw ProblemException.invalid("password", "agencies.password-" + problem, policy.minLength());
        });
        if (users.findByUsername(name).isPresent()) {
            throw ProblemException.of(409, "agencies.username-taken", name);
        }
        UserAccount user = new UserAccount(UUID.randomUUID(), agencyCode, name, passwords.encode(password), roles, true,
                0, null, null, false, clock.instant());
        users.insert(user);
        audit.record(AuditEvent.success(action, "user", user.id().toString())
                .withDetail(name + " roles=" + RoleSet.store(roles)));
        return user;
    }

    List<UserAccount> users(Caller caller, String agencyCode) {
        requireAdminOf(caller, agencyCode);
        existingAgency(agencyCode);
        return users.byAgency(agencyCode);
    }

    void setUserEnabled(Caller caller, String agencyCode, String username, boolean enabled) {
        UserAccount user = userOf(caller, agencyCode, username);
        if (!enabled && user.id().toString().equals(caller.id())) {
            throw ProblemException.of(409, "agencies.cannot-disable-own-account");
        }
        users.setEnabled(user.id(), enabled);
        if (!enabled) {
            tokens.revokeAllOf(user.id(), clock.instant());
        }
        audit.record(AuditEvent.success(enabled ? "user.enable" : "user.disable", "user", user.id().toString())
                .withDetail(username));
    }

    void setUserRoles(Caller caller, String agencyCode, String username, List<String> roleIds) {
        UserAccount user = userOf(caller, agencyCode, username);
        Set<Role> roles = RoleSet.parse(roleIds, "roles");
        requireMayGrant(caller, roles);
        if (user.id().toString().equals(caller.id())) {
            // separation of duties: nobody raises their own rights; a second administrator must do it
            throw ProblemException.of(403, "agencies.cannot-change-own-roles-another");
        }
        users.setRoles(user.id(), roles);
        audit.record(AuditEvent.success("user.roles.change", "user", user.id().toString())
                .withDetail(username + " roles " + RoleSet.store(user.roles()) + " -> " + RoleSet.store(roles)));
    }

    void unlockUser(Caller caller, String agencyCode, String username) {
        UserAccount user = userOf(caller, agencyCode, username);
        users.clearFailures(user.id());
        audit.record(AuditEvent.success("user.unlock", "user", user.id().toString()).withDetail(username));
    }

    // ---- API clients

    @Transactional
    CreatedClient createClient(Caller caller, String agencyCode, String name, List<String> roleIds) {
        requireAdminOf(caller, agencyCode);
        existingAgency(agencyCode);
        String clientName = name == null ? "" : name.trim();
        if (clientName.isEmpty() || clientName.length() > 100) {
            throw ProblemException.invalid("name", "agencies.name-1-100-characters-required");
        }
        Set<Role> roles = RoleSet.parse(roleIds, "roles");
        if (roles.contains(Role.PLATFORM_ADMIN) || roles.contains(Role.AGENCY_ADMIN)) {
            throw ProblemException.invalid("roles", "agencies.api-clients-cannot-hold-administration");
        }
        requireSeparatedDuties(roles);
        String secret = Secrets.generate("tgc_");
        ApiClient client = new ApiClient(UUID.randomUUID(), agencyCode, clientName, roles, clock.instant(),
                caller.name(), null);
        clients.insert(client, Secrets.hash(secret));
        audit.record(AuditEvent.success("client.create", "api-client", client.id().toString())
                .withDetail(clientName + " roles=" + RoleSet.store(roles)));
        return new CreatedClient(client, secret);
    }

    List<ApiClient> clients(Caller caller, String agencyCode) {
        requireAdminOf(caller, agencyCode);
        existingAgency(agencyCode);
        return clients.byAgency(agencyCode);
    }

    void revokeClient(Caller caller, String agencyCode, UUID id) {
        requireAdminOf(caller, agencyCode);
        ApiClient client = clients.find(id).filter(c -> c.agencyCode().equals(agencyCode))
                .orElseThrow(() -> ProblemException.of(404, "agencies.not-found.client", id, agencyCode));
        clients.revoke(client.id(), clock.instant());
        audit.record(AuditEvent.success("client.revoke", "api-client", id.toString()).withDetail(client.name()));
    }

    // ---- rules

    private Agency validAgency(String code, String name, String kindId) {
        AgencyKind kind = AgencyKind.fromId(kindId == null ? "" : kindId).orElseThrow(() -> ProblemException.invalid("kind", "agencies.national-bureau-regional-body-international"));
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (kind == AgencyKind.NATIONAL_BUREAU && !COUNTRIES.contains(c)) {
            throw ProblemException.invalid("code", "agencies.national-bureau-s-code-country");
        }
        if (!BODY_CODE.matcher(c).matches()) {
            throw ProblemException.invalid("code", "agencies.body-code-format");
        }
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw ProblemException.invalid("name", "agencies.name-1-200-characters-required");
        }
        return new Agency(c, n, kind, true, clock.instant());
    }

    private Agency existingAgency(String code) {
        return agencies.find(code).orElseThrow(() -> ProblemException.notFound("Agency " + code));
    }

    private UserAccount userOf(Caller caller, String agencyCode, String username) {
        requireAdminOf(caller, agencyCode);
        return users.findByUsername(username).filter(u -> u.agencyCode().equals(agencyCode))
                .orElseThrow(() -> ProblemException.of(404, "agencies.not-found.user", username, agencyCode));
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw ProblemException.of(403, "agencies.only-platform-administrators-manage-agencies");
        }
    }

    private static void requireAdminOf(Caller caller, String agencyCode) {
        if (!caller.administers(agencyCode)) {
            throw ProblemException.of(403, "agencies.do-not-administer-agency", agencyCode);
        }
    }

    private static void requireMayGrant(Caller caller, Set<Role> roles) {
        if (roles.contains(Role.PLATFORM_ADMIN) && !caller.isPlatformAdmin()) {
            throw ProblemException.invalid("roles", "agencies.only-platform-administrators-can-grant");
        }
        requireSeparatedDuties(roles);
    }

    /**
     * Separation of duties: whoever checks the audit log holds no other role, so that nobody audits their own
     * operational or administrative actions.
     */
    private static void requireSeparatedDuties(Set<Role> roles) {
        if (roles.contains(Role.AUDITOR) && roles.size() > 1) {
            throw ProblemException.invalid("roles", "agencies.auditor-cannot-combined-other-roles");
        }
    }

    record CreatedClient(ApiClient client, String secret) {
    }

    static Caller currentCaller() {
        return Callers.required();
    }

    Instant now() {
        return clock.instant();
    }
}
