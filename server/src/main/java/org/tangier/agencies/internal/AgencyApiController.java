package org.tangier.agencies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.agencies.Agency;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** The agencies, users and API clients API that national systems integrate against. Keep these shapes. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Member agencies, their users and API clients")
class AgencyApiController {

    private final AgencyAdministration administration;

    AgencyApiController(AgencyAdministration administration) {
        this.administration = administration;
    }

    record AgencyRequest(@NotBlank String code, @NotBlank String name, @NotBlank String kind) {
    }

    record AgencyView(String code, String name, String kind, boolean active, Instant createdAt) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code(), a.name(), a.kind().id(), a.active(), a.createdAt());
        }
    }

    record UserRequest(@NotBlank String username, @NotBlank String password, @NotEmpty List<String> roles) {
    }

    record RolesRequest(@NotEmpty List<String> roles) {
    }

    record UserView(String id, String agency, String username, List<String> roles, boolean enabled,
            boolean secondFactor, Instant lockedUntil, Instant createdAt) {
        static UserView of(UserAccount u) {
            return new UserView(u.id().toString(), u.agencyCode(), u.username(), RoleSet.ids(u.roles()), u.enabled(),
                    u.totpEnrolled(), u.lockedUntil(), u.createdAt());
        }
    }

    record ClientRequest(@NotBlank String name, @NotEmpty List<String> roles) {
    }

    record CreatedClientView(String id, String name, String agency, List<String> roles, String token) {
    }

    record ClientView(String id, String name, String agency, List<String> roles, Instant createdAt, String createdBy,
            boolean revoked, Instant revokedAt) {
        static ClientView of(ApiClient c) {
            return new ClientView(c.id().toString(), c.name(), c.agencyCode(), RoleSet.ids(c.roles()), c.createdAt(),
                    c.createdBy(), c.revoked(), c.revokedAt());
        }
    }

    @GetMapping
    @Operation(summary = "List member agencies")
    List<AgencyView> agencies() {
        return administration.all().stream().map(AgencyView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agency (platform admin)")
    AgencyView createAgency(@Valid @RequestBody AgencyRequest request) {
        return AgencyView.of(administration.createAgency(Callers.required(), request.code(), request.name(), request.kind()));
    }

    @GetMapping("/{code}")
    AgencyView agency(@PathVariable String code) {
        return administration.find(code).map(AgencyView::of).orElseThrow(() -> ProblemException.notFound("Agency " + code));
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Disable an agency: its users and clients can no longer log in (platform admin)")
    ResponseEntity<Void> disableAgency(@PathVariable String code) {
        administration.setAgencyActive(Callers.required(), code, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/enable")
    ResponseEntity<Void> enableAgency(@PathVariable String code) {
        administration.setAgencyActive(Callers.required(), code, true);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/users")
    @Operation(summary = "List an agency's users (its agency admin or a platform admin)")
    List<UserView> users(@PathVariable String code) {
        return administration.users(Callers.required(), code).stream().map(UserView::of).toList();
    }

    @PostMapping("/{code}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user of the agency")
    UserView createUser(@PathVariable String code, @Valid @RequestBody UserRequest request) {
        return UserView.of(administration.createUser(Callers.required(), code, request.username(), request.password(),
                request.roles()));
    }

    @PostMapping("/{code}/users/{username}/disable")
    ResponseEntity<Void> disableUser(@PathVariable String code, @PathVariable String username) {
        administration.setUserEnabled(Callers.required(), code, username, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/users/{username}/enable")
    ResponseEntity<Void> enableUser(@PathVariable String code, @PathVariable String username) {
        administration.setUserEnabled(Callers.required(), code, username, true);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/users/{username}/unlock")
    ResponseEntity<Void> unlockUser(@PathVariable String code, @PathVariable String username) {
        administration.unlockUser(Callers.required(), code, username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{code}/users/{username}/roles")
    ResponseEntity<Void> setRoles(@PathVariable String code, @PathVariable String username,
            @Valid @RequestBody RolesRequest request) {
        administration.setUserRoles(Callers.required(), code, username, request.roles());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/clients")
    List<ClientView> clients(@PathVariable String code) {
        return administration.clients(Callers.required(), code).stream().map(ClientView::of).toList();
    }

    @PostMapping("/{code}/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API client; the token in the answer is shown this once")
    CreatedClientView createClient(@PathVariable String code, @Valid @RequestBody ClientRequest request) {
        AgencyAdministration.CreatedClient created = administration.createClient(Callers.required(), code,
                request.name(), request.roles());
        ApiClient c = created.client();
        return new CreatedClientView(c.id().toString(), c.name(), c.agencyCode(), RoleSet.ids(c.roles()), created.secret());
    }

    @PostMapping("/{code}/clients/{id}/revoke")
    ResponseEntity<Void> revokeClient(@PathVariable String code, @PathVariable UUID id) {
        administration.revokeClient(Callers.required(), code, id);
        return ResponseEntity.noContent().build();
    }
}
