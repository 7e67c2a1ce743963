package org.tangier.hits.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.hits.HitStatus;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

@RestController
@RequestMapping("/api/v1/hits")
@Tag(name = "Hits", description = "The workflow after a hit: new → acknowledged → confirmed or false positive → action taken")
class HitApiController {

    private final HitService hits;

    private final HitAreas areas;

    HitApiController(HitService hits, HitAreas areas) {
        this.areas = areas;
        this.hits = hits;
    }

    @GetMapping
    @Operation(summary = "box=inbox (default): hits on your agency's records; box=caused: hits your agency's checks caused;"
            + " each with the crimeAreas it inherits from its notice and its record")
    List<WithCrimeAreas<HitView>> list(@RequestParam(defaultValue = "inbox") String box, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        List<HitView> listed = switch (box) {
            case "inbox" -> hits.inbox(Callers.required(), status == null ? null : status(status), limit, offset);
            case "caused" -> hits.caused(Callers.required(), limit, offset);
            default -> throw ProblemException.invalid("box", "hit.box-unknown");
        };
        Map<UUID, List<String>> inherited = areas.idsOf(listed);
        return listed.stream().map(h -> new WithCrimeAreas<>(h, inherited.getOrDefault(h.id(), List.of()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a hit; crimeAreas are inherited from its notice and its record")
    WithCrimeAreas<HitView> read(@PathVariable UUID id) {
        HitView hit = hits.read(Callers.required(), id);
        return WithCrimeAreas.of(hit, areas.of(hit));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the hit on: body {status: acknowledged|confirmed|false-positive|action-taken, note}")
    HitView move(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        String status = body.get("status");
        if (status == null) {
            throw ProblemException.invalid("status", "hit.status-required");
        }
        return hits.move(Callers.required(), id, status(status), body.get("note"));
    }

    @PostMapping("/{id}/notes")
    HitView note(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        return hits.addNote(Callers.required(), id, body.get("note"));
    }

    static HitStatus status(String text) {
        for (HitStatus s : HitStatus.values()) {
            if (s.id().equals(text) || s.name().equals(text)) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "hit.status-unknown", text);
    }
}
