package org.tangier.faces.internal;

import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** Pages: a person's faces and enrolment, the face search with its candidate list and the examiner's decision. */
@Controller
class FacePages {

    private final FaceService faces;
    private final FaceImages images;

    FacePages(FaceService faces, FaceImages images) {
        this.faces = faces;
        this.images = images;
    }

    @GetMapping("/faces/persons/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("faces", faces.faces(Callers.required(), id).stream().map(FaceApiController.FaceView::of).toList());
        return "faces/person";
    }

    @PostMapping("/faces/persons/{id}")
    String enrol(@PathVariable UUID id, @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "fromPhoto", required = false) String fromPhoto, RedirectAttributes redirect) {
        try {
            FaceService.Enrolled enrolled = fromPhoto != null ? faces.enrolFromPhoto(Callers.required(), id, images)
                    : enrolUpload(id, image, source);
            redirect.addFlashAttribute("enrolled", enrolled.quality());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/faces/persons/" + id;
    }

    private FaceService.Enrolled enrolUpload(UUID id, MultipartFile image, String source) {
        byte[] bytes = FaceApiController.bytes(image);
        return faces.enrol(Callers.required(), id, images.read("image", bytes), bytes, source);
    }

    @GetMapping("/faces/search")
    String searchForm(Model model) {
        model.addAttribute("undecided", faces.undecided(Callers.required()));
        return "faces/search";
    }

    @PostMapping("/faces/search")
    String search(@RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(required = false) String purpose, Model model, RedirectAttributes redirect) throws IOException {
        try {
            byte[] bytes = FaceApiController.bytes(image);
            FaceSearchAnswer answer = faces.search(Callers.required(), images.read("image", bytes), bytes, purpose);
            return "redirect:/faces/searches/" + answer.searchId();
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("undecided", faces.undecided(Callers.required()));
            return "faces/search";
        }
    }

    @GetMapping("/faces/searches/{id}")
    String result(@PathVariable UUID id, Model model) {
        model.addAttribute("result", faces.read(Callers.required(), id));
        return "faces/result";
    }

    @PostMapping("/faces/searches/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) UUID candidateId, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            faces.decide(Callers.required(), id, decision, "POTENTIAL_CANDIDATE".equals(decision) ? candidateId : null, note);
            redirect.addFlashAttribute("decided", true);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/faces/searches/" + id;
    }

    @GetMapping("/faces/searches/{id}/probe")
    ResponseEntity<byte[]> probe(@PathVariable UUID id) {
        byte[] stored = faces.probe(Callers.required(), id).orElseThrow(() -> ProblemException.of(404, "faces.not-found.probe-of-search", id));
        return ResponseEntity.ok().contentType(FaceImages.type(stored)).body(stored);
    }

    @GetMapping("/faces/{faceId}/image")
    ResponseEntity<byte[]> face(@PathVariable UUID faceId) {
        byte[] stored = faces.faceImage(Callers.required(), faceId, "examiner view")
                .orElseThrow(() -> ProblemException.of(404, "faces.not-found.face", faceId));
        return ResponseEntity.ok().contentType(FaceImages.type(stored)).body(stored);
    }
}
