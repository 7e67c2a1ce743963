package org.tangier.biometrics.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
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

/** Pages: a person's prints and enrolment, the fingerprint search, and the examiner's side-by-side queue. */
@Controller
class FingerprintPages {

    private final FingerprintService fingerprints;
    private final SampleReader reader;

    FingerprintPages(FingerprintService fingerprints, SampleReader reader) {
        this.fingerprints = fingerprints;
        this.reader = reader;
    }

    @GetMapping("/biometrics/persons/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("prints", fingerprints.prints(Callers.required(), id));
        return "biometrics/person";
    }

    @PostMapping("/biometrics/persons/{id}")
    String enrol(@PathVariable UUID id, @RequestParam(name = "image", required = false) List<MultipartFile> images,
            @RequestParam(name = "position", required = false) List<Integer> positions,
            @RequestParam(name = "transaction", required = false) MultipartFile transaction,
            @RequestParam(name = "source", required = false) String source, RedirectAttributes redirect) {
        try {
            int count = fingerprints.enrol(Callers.required(), id, reader.read(images, positions, transaction, null), source).size();
            redirect.addFlashAttribute("enrolled", count);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/biometrics/persons/" + id;
    }

    @GetMapping("/biometrics/search")
    String searchForm() {
        return "biometrics/search";
    }

    @PostMapping("/biometrics/search")
    String search(@RequestParam(name = "image", required = false) List<MultipartFile> images,
            @RequestParam(name = "position", required = false) List<Integer> positions,
            @RequestParam(name = "transaction", required = false) MultipartFile transaction,
            @RequestParam(required = false) String purpose, Model model) {
        try {
            model.addAttribute("result", fingerprints.search(Callers.required(),
                    reader.read(images, positions, transaction, null), purpose));
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "biometrics/search";
    }

    @GetMapping("/biometrics/matches")
    String matches(Model model) {
        model.addAttribute("matches", fingerprints.pending(Callers.required()));
        return "biometrics/matches";
    }

    @PostMapping("/biometrics/matches/{id}")
    String decide(@PathVariable UUID id, @RequestParam boolean confirm, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            fingerprints.decide(Callers.required(), id, confirm, note);
            redirect.addFlashAttribute("decided", confirm ? "fingerprint.confirmed" : "fingerprint.rejected");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/biometrics/matches";
    }

    @GetMapping("/biometrics/prints/{printId}.png")
    ResponseEntity<byte[]> printImage(@PathVariable UUID printId) {
        byte[] stored = fingerprints.printImage(Callers.required(), printId, "examiner view")
                .orElseThrow(() -> ProblemException.notFound("Print " + printId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(PrintImages.png(stored));
    }

    @GetMapping("/biometrics/matches/{id}/probe.png")
    ResponseEntity<byte[]> probeImage(@PathVariable UUID id) {
        byte[] stored = fingerprints.probeImage(Callers.required(), id)
                .orElseThrow(() -> ProblemException.of(404, "biometrics.not-found.probe-of-match", id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(PrintImages.png(stored));
    }
}
