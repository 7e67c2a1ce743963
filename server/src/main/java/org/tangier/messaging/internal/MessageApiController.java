package org.tangier.messaging.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageView;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "Secure messages between agencies: an agency sees only what it sent or received")
class MessageApiController {

    private final MessageService messages;
    private final ObjectMapper json;

    private final CrimeAreas crimeAreas;

    MessageApiController(MessageService messages, ObjectMapper json, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The inbox (box=inbox), the sent box (box=sent), or a search over both (q, sender, priority, from, to, crimeArea: an area id), each with its crimeAreas")
    List<WithCrimeAreas<MessageSummary>> list(@RequestParam(defaultValue = "inbox") String box,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sender, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String crimeArea,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        CrimeArea area = CrimeAreas.filter(crimeArea);
        boolean search = q != null || sender != null || priority != null || from != null || to != null || area != null;
        List<MessageSummary> found;
        if (search) {
            found = messages.search(Callers.required(), q, sender, priority == null ? null : MessageRequests.priority(priority),
                    instant("from", from), instant("to", to), area, limit);
        } else {
            found = switch (box) {
                case "inbox" -> messages.inbox(Callers.required(), limit, offset);
                case "sent" -> messages.sent(Callers.required(), limit, offset);
                default -> throw ProblemException.invalid("box", "messaging.inbox-sent");
            };
        }
        var areas = crimeAreas.idsOf(Carrier.MESSAGE, found.stream().map(MessageSummary::id).toList());
        return found.stream().map(m -> new WithCrimeAreas<>(m, areas.getOrDefault(m.id(), List.of()))).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a message: {recipients, subject, body, priority, handlingCode, replyTo, links, attachments}")
    ResponseEntity<WithCrimeAreas<MessageView>> send(@RequestBody JsonNode body) {
        var areas = crimeAreas.parse(CrimeAreas.requested(body));
        return created(messages.send(Callers.required(), MessageRequests.fromJson(body, List.of())), areas);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Send a message with files: part 'message' (the JSON above) and parts 'attachments'")
    ResponseEntity<WithCrimeAreas<MessageView>> sendWithFiles(@RequestPart("message") String message,
            @RequestPart(value = "attachments", required = false) List<MultipartFile> files) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(message);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("message", "messaging.not-json");
        }
        List<MessageDraft.Attachment> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(new MessageDraft.Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        }
        var areas = crimeAreas.parse(CrimeAreas.requested(body));
        return created(messages.send(Callers.required(), MessageRequests.fromJson(body, uploads)), areas);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a message (records the read receipt); one the agency neither sent nor received is not found")
    WithCrimeAreas<MessageView> read(@PathVariable UUID id) {
        MessageView message = messages.read(Callers.required(), id)
                .orElseThrow(() -> ProblemException.notFound("Message " + id));
        return WithCrimeAreas.of(message, crimeAreas.of(Carrier.MESSAGE, id));
    }

    @GetMapping("/threads/{threadId}")
    @Operation(summary = "The messages of a thread that the agency holds, oldest first")
    List<MessageView> thread(@PathVariable UUID threadId) {
        return messages.thread(Callers.required(), threadId);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment (its type as detected from its content)")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return download(messages.attachment(Callers.required(), id, attachmentId));
    }

    static ResponseEntity<byte[]> download(MessageService.Download file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The message's sender chooses its areas when sending; they do not change afterwards. */
    private ResponseEntity<WithCrimeAreas<MessageView>> created(MessageView view, Set<CrimeArea> areas) {
        crimeAreas.tag(Carrier.MESSAGE, view.id(), areas);
        return ResponseEntity.created(URI.create("/api/v1/messages/" + view.id())).body(WithCrimeAreas.of(view, areas));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "messaging.not-date-yyyy-mm-dd", value);
        }
    }
}
