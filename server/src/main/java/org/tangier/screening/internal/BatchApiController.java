package org.tangier.screening.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

@RestController
@RequestMapping("/api/v1/screening/batches")
@Tag(name = "Screening")
class BatchApiController {

    private final BatchService batches;
    private final BatchDownloads downloads;

    BatchApiController(BatchService batches, BatchDownloads downloads) {
        this.batches = batches;
        this.downloads = downloads;
    }

    record BatchView(UUID id, String status, boolean finished, int totalRows, int doneRows, int percent, int hitRows, int possibleRows,
            String purpose, String fileName, String createdBy, java.time.Instant createdAt, java.time.Instant finishedAt,
            String failure, String resultsCsv, String resultsJson) {

        static BatchView of(BatchStore.Batch b) {
            String base = "/api/v1/screening/batches/" + b.id();
            return new BatchView(b.id(), b.status(), b.finished(), b.totalRows(), b.doneRows(), b.percent(), b.hitRows(),
                    b.possibleRows(), b.purpose(), b.fileName(), b.createdBy(), b.createdAt(), b.finishedAt(),
                    b.failure(), b.finished() ? base + "/results.csv" : null, b.finished() ? base + "/results.json" : null);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Screen a passenger manifest (multipart 'manifest': CSV, JSON or NDJSON, up to 100,000 rows)")
    ResponseEntity<BatchView> upload(@RequestPart("manifest") MultipartFile manifest, @RequestParam String purpose,
            @RequestParam(required = false) String checkpoint) throws IOException {
        BatchStore.Batch b = batches.submit(Callers.required(), purpose, checkpoint, manifest.getOriginalFilename(),
                manifest.getContentType(), manifest.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/screening/batches/" + b.id())).body(BatchView.of(b));
    }

    @PostMapping(consumes = {"text/csv", "application/json", "application/x-ndjson", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Screen a passenger manifest sent as the body (text/csv, application/x-ndjson, or JSON up to 1 MB)")
    ResponseEntity<BatchView> body(HttpServletRequest request, @RequestParam String purpose,
            @RequestParam(required = false) String checkpoint) throws IOException {
        BatchStore.Batch b = batches.submit(Callers.required(), purpose, checkpoint, null, request.getContentType(),
                request.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/screening/batches/" + b.id())).body(BatchView.of(b));
    }

    @GetMapping
    List<BatchView> recent() {
        return batches.recent(Callers.required()).stream().map(BatchView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The job's progress; links to the results once it is done")
    BatchView progress(@PathVariable UUID id) {
        return BatchView.of(batches.find(Callers.required(), id));
    }

    @GetMapping("/{id}/results.csv")
    void csv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        downloads.csv(id, response);
    }

    @GetMapping("/{id}/results.json")
    void json(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        downloads.json(id, response);
    }
}
