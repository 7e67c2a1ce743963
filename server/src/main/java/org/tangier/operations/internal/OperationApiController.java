package org.tangier.operations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.operations.internal.OperationModel.OperationSummary;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.operations.internal.OperationModel.Task;
import org.tangier.operations.internal.OperationModel.TaskStatus;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Operations", description = "Joint operations: only the lead and accepted participants see one")
class OperationApiController {

    private final OperationService operations;

    private final CrimeAreas crimeAreas;

    OperationApiController(OperationService operations, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.operations = operations;
    }

    @GetMapping
    @Operation(summary = "The operations the agency leads or takes part in, and those it is invited to (myState INVITED), each with its crimeAreas; crimeArea: only those bearing that area")
    List<WithCrimeAreas<OperationSummary>> list(@RequestParam(required = false) String crimeArea) {
        return withAreas(operations.list(Callers.required()), crimeAreas, CrimeAreas.filter(crimeArea));
    }

    /**
     * The caller's operations (already limited to those it leads, takes part in or is invited to) with their areas,
     * kept when they bear {@code filter} (null: all). The list is whole, not paged, so filtering it here narrows
     * exactly what the caller may see.
     */
    static List<WithCrimeAreas<OperationSummary>> withAreas(List<OperationSummary> mine, CrimeAreas crimeAreas,
            CrimeArea filter) {
        var areas = crimeAreas.of(Carrier.OPERATION, mine.stream().map(OperationSummary::id).toList());
        return mine.stream()
                .filter(o -> filter == null || areas.getOrDefault(o.id(), java.util.Set.of()).contains(filter))
                .map(o -> WithCrimeAreas.of(o, areas.getOrDefault(o.id(), java.util.EnumSet.noneOf(CrimeArea.class))))
                .toList();
    }

    @PostMapping
    @Operation(summary = "Create an operation led by the caller's agency: {name, objective, startsOn, endsOn, participants}")
    ResponseEntity<WithCrimeAreas<OperationView>> create(@RequestBody JsonNode body) {
        var areas = crimeAreas.parse(CrimeAreas.requested(body));
        List<String> participants = new ArrayList<>();
        body.path("participants").forEach(n -> participants.add(n.asString()));
        OperationView created = operations.create(Callers.required(), new OperationModel.Draft(text(body, "name"),
                text(body, "objective"), date(body, "startsOn"), date(body, "endsOn"), participants));
        crimeAreas.tag(Carrier.OPERATION, created.id(), areas);
        return ResponseEntity.created(URI.create("/api/v1/operations/" + created.id()))
                .body(WithCrimeAreas.of(created, areas));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An operation with participants, tasks, timeline and watch list, as the caller's agency may see them")
    WithCrimeAreas<OperationView> read(@PathVariable UUID id) {
        OperationView operation = operations.read(Callers.required(), id);
        return WithCrimeAreas.of(operation, crimeAreas.of(Carrier.OPERATION, id));
    }

    @PostMapping("/{id}/participants")
    @Operation(summary = "Invite an agency (lead only): {agency}")
    OperationView invite(@PathVariable UUID id, @RequestBody JsonNode body) {
        operations.invite(Callers.required(), id, text(body, "agency"));
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept an invitation")
    OperationView accept(@PathVariable UUID id) {
        operations.answer(Callers.required(), id, true);
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline an invitation")
    ResponseEntity<Void> decline(@PathVariable UUID id) {
        operations.answer(Callers.required(), id, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the operation on (lead only): {status: active|closed}")
    OperationView status(@PathVariable UUID id, @RequestBody JsonNode body) {
        operations.setStatus(Callers.required(), id, status(text(body, "status")));
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Assign a task (lead only): {title, assignee, dueOn}")
    Task addTask(@PathVariable UUID id, @RequestBody JsonNode body) {
        return operations.addTask(Callers.required(), id, text(body, "title"), text(body, "assignee"), date(body, "dueOn"));
    }

    @PostMapping("/{id}/tasks/{taskId}")
    @Operation(summary = "Change a task's status (lead or assignee): {status: open|in_progress|done|cancelled}")
    OperationView task(@PathVariable UUID id, @PathVariable UUID taskId, @RequestBody JsonNode body) {
        operations.setTaskStatus(Callers.required(), id, taskId, taskStatus(text(body, "status")));
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a note to the timeline: {text}")
    OperationView note(@PathVariable UUID id, @RequestBody JsonNode body) {
        operations.addNote(Callers.required(), id, text(body, "text"));
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/links")
    @Operation(summary = "Link a record, notice or hit: {kind, id}")
    OperationView link(@PathVariable UUID id, @RequestBody JsonNode body) {
        operations.link(Callers.required(), id, text(body, "kind"), uuid("id", text(body, "id")));
        return operations.read(Callers.required(), id);
    }

    @PostMapping("/{id}/watch")
    @Operation(summary = "Watch a record: a screening hit on it is flagged to every participant: {recordId}")
    OperationView watch(@PathVariable UUID id, @RequestBody JsonNode body) {
        operations.watch(Callers.required(), id, uuid("recordId", text(body, "recordId")));
        return operations.read(Callers.required(), id);
    }

    @DeleteMapping("/{id}/watch/{recordId}")
    @Operation(summary = "Stop watching a record")
    OperationView unwatch(@PathVariable UUID id, @PathVariable UUID recordId) {
        operations.unwatch(Callers.required(), id, recordId);
        return operations.read(Callers.required(), id);
    }

    static Status status(String value) {
        try {
            return Status.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "operations.planned-active-closed");
        }
    }

    static TaskStatus taskStatus(String value) {
        try {
            return TaskStatus.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "operations.open-progress-done-cancelled");
        }
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "operations.required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "operations.not-id", value);
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "operations.not-date-yyyy-mm-dd", value);
        }
    }

    private static LocalDate date(JsonNode body, String field) {
        return date(field, text(body, field));
    }

    private static String text(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            throw ProblemException.of(400, "operations.json-object-expected");
        }
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
