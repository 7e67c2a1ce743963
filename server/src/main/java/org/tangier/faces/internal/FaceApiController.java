package org.tangier.faces.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
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
@Tag(name = "Faces", description = "Face enrolment on person records, 1:N search against notices, the examiner's decision")
class FaceApiController {

    private final FaceService faces;
    private final FaceImages images;

    FaceApiController(FaceService faces, FaceImages images) {
        this.faces = faces;
        this.images = images;
    }

    record FaceView(UUID id, String captureSource, Instant enrolledAt, String enrolledBy, QualityView quality) {
        static FaceView of(StoredFace f) {
            return new FaceView(f.id(), f.captureSource(), f.enrolledAt(), f.enrolledBy(), QualityView.of(f));
        }
    }

    record DecisionRequest(String decision, UUID candidateId, String note) {
    }

    @PostMapping(path = "/api/v1/records/{id}/faces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Enrol a face on a person (owner only) from an image, or from an eMRTD chip's DG2 data group (dg2, JPEG or JPEG 2000): answers its quality, or 422 naming why it was refused (no face, too small, pose, blur)")
    FaceService.Enrolled enrol(@PathVariable UUID id, @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "dg2", required = false) MultipartFile dg2,
            @RequestParam(name = "source", required = false) String source) {
        if (dg2 != null && !dg2.isEmpty()) {
            FaceImages.Portrait portrait = images.dg2(read(dg2));
            return faces.enrol(Callers.required(), id, portrait.image(), portrait.png(),
                    source == null || source.isBlank() ? "eMRTD DG2" : source);
        }
        byte[] bytes = bytes(image);
        return faces.enrol(Callers.required(), id, images.read("image", bytes), bytes, source);
    }

    @PostMapping("/api/v1/records/{id}/faces/from-photo")
    @Operation(summary = "Enrol the face on the record's own photo (owner only)")
    FaceService.Enrolled enrolPhoto(@PathVariable UUID id) {
        return faces.enrolFromPhoto(Callers.required(), id, images);
    }

    @GetMapping("/api/v1/records/{id}/faces")
    List<FaceView> list(@PathVariable UUID id) {
        return faces.faces(Callers.required(), id).stream().map(FaceView::of).toList();
    }

    @PostMapping(path = "/api/v1/screening/faces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Search a face 1:N against persons under YELLOW, BLACK and RED notices: a candidate list for an examiner, best first, never an identity")
    FaceSearchAnswer search(@RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "purpose", required = false) String purpose) {
        byte[] bytes = bytes(image);
        return faces.search(Callers.required(), images.read("image", bytes), bytes, purpose);
    }

    @GetMapping("/api/v1/face-searches")
    @Operation(summary = "The caller's agency's face searches still waiting for an examiner's decision")
    List<FaceSearchAnswer> undecided() {
        return faces.undecided(Callers.required());
    }

    @GetMapping("/api/v1/face-searches/{id}")
    FaceSearchAnswer read(@PathVariable UUID id) {
        return faces.read(Callers.required(), id);
    }

    @PostMapping("/api/v1/face-searches/{id}/decision")
    @Operation(summary = "The examiner's conclusion: POTENTIAL_CANDIDATE (with candidateId; raises a hit for the owner), NO_CANDIDATE or INCONCLUSIVE")
    FaceSearchAnswer decide(@PathVariable UUID id, @RequestBody(required = false) DecisionRequest body) {
        if (body == null) {
            throw ProblemException.invalid("decision", "faces.potential-candidate-no-candidate-inconclusive");
        }
        return faces.decide(Callers.required(), id, body.decision(), body.candidateId(), body.note());
    }

    @GetMapping("/api/v1/faces/{faceId}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID faceId, @RequestParam(required = false) String purpose) {
        byte[] stored = faces.faceImage(Callers.required(), faceId, purpose)
                .orElseThrow(() -> ProblemException.of(404, "faces.not-found.face", faceId));
        return ResponseEntity.ok().contentType(FaceImages.type(stored)).body(stored);
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("image", "faces.send-accepted", FaceImages.ACCEPTED);
        }
        return read(file);
    }

    private static byte[] read(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
