package org.tangier.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditVerification;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained audit log: query and verify")
class AuditApiController {

    private final AuditQueries queries;

    AuditApiController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('AUDITOR','PLATFORM_ADMIN')")
    @Operation(summary = "Query audit entries, newest first. An agency's auditor sees its own agency's entries.")
    List<AuditEntry> entries(@RequestParam(required = false) String user, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return queries.find(new AuditFilter(user, agency, objectType, objectId, action, from, to, limit, offset));
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('AUDITOR','PLATFORM_ADMIN')")
    @Operation(summary = "Verify the whole hash chain and name the first broken entry")
    AuditVerification verify() {
        return queries.verify();
    }
}
