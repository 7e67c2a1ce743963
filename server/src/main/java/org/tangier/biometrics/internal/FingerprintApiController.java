package org.tangier.biometrics.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

@RestController
@Tag(name = "Biometrics", description = "Fingerprint enrolment on person records, 1:N search, examiner decisions")
class FingerprintApiController {

    private final FingerprintService fingerprints;
    private final SampleReader reader;

    FingerprintApiController(FingerprintService fingerprints, SampleReader reader) {
        this.fingerprints = fingerprints;
        this.reader = reader;
    }

    record PrintView(UUID id, int position, String finger, String captureSource, String imageFormat, int dpi,
            String templateFormat) {
        static PrintView of(StoredPrint p) {
            return new PrintView(p.id(), p.position().code(), p.position().label(), p.captureSource(), p.imageFormat(),
                    p.dpi(), p.templateFormat());
        }
    }

    @PostMapping(path = "/api/v1/records/{id}/fingerprints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Enrol prints on a person: image files with ANSI/NIST finger positions (0 unknown, 1-10), or one ANSI/NIST-ITL transaction")
    List<PrintView> enrol(@PathVariable UUID id, @RequestParam(name = "image", required = false) List<MultipartFile> images,
            @RequestParam(name = "position", required = false) List<Integer> positions,
            @RequestParam(name = "transaction", required = false) MultipartFile transaction,
            @RequestParam(name = "dpi", required = false) Double dpi, @RequestParam(name = "source", required = false) String source) {
        return fingerprints.enrol(Callers.required(), id, reader.read(images, positions, transaction, dpi), source)
                .stream().map(PrintView::of).toList();
    }

    @GetMapping("/api/v1/records/{id}/fingerprints")
    List<PrintView> prints(@PathVariable UUID id) {
        return fingerprints.prints(Callers.required(), id).stream().map(PrintView::of).toList();
    }

    @PostMapping(path = "/api/v1/screening/fingerprints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Search probe prints 1:N: HIT above the match threshold, POSSIBLE near it (for an examiner)")
    FingerprintService.SearchResult search(@RequestParam(name = "image", required = false) List<MultipartFile> images,
            @RequestParam(name = "position", required = false) List<Integer> positions,
            @RequestParam(name = "transaction", required = false) MultipartFile transaction,
            @RequestParam(name = "dpi", required = false) Double dpi, @RequestParam(name = "purpose", required = false) String purpose) {
        return fingerprints.search(Callers.required(), reader.read(images, positions, transaction, dpi), purpose);
    }

    @GetMapping("/api/v1/fingerprint-matches")
    @Operation(summary = "Pending matches on the caller's agency's persons, for its examiners")
    List<StoredMatch> pending() {
        return fingerprints.pending(Callers.required());
    }

    @PostMapping("/api/v1/fingerprint-matches/{id}/confirm")
    StoredMatch confirm(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return fingerprints.decide(Callers.required(), id, true, body == null ? null : body.get("note"));
    }

    @PostMapping("/api/v1/fingerprint-matches/{id}/reject")
    StoredMatch reject(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return fingerprints.decide(Callers.required(), id, false, body == null ? null : body.get("note"));
    }

    @GetMapping(path = "/api/v1/fingerprints/{printId}/image", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(@PathVariable UUID printId, @RequestParam(required = false) String purpose) {
        byte[] stored = fingerprints.printImage(Callers.required(), printId, purpose)
                .orElseThrow(() -> ProblemException.notFound("Print " + printId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(PrintImages.png(stored));
    }
}
