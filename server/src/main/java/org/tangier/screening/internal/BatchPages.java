package org.tangier.screening.internal;

import java.io.IOException;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/** Manifest upload, the list of recent jobs, and one job's page whose progress bar htmx refreshes every second. */
@Controller
@PreAuthorize("hasAnyRole('BORDER_OFFICER','BUREAU_OFFICER','DUTY_OFFICER')")
class BatchPages {

    private final BatchService batches;
    private final BatchDownloads downloads;

    BatchPages(BatchService batches, BatchDownloads downloads) {
        this.batches = batches;
        this.downloads = downloads;
    }

    @Bean
    static NavigationEntry batchesEntry() {
        return new NavigationEntry("screening.batch.nav", "/screening/batches", 210,
                EnumSet.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    @GetMapping("/screening/batches")
    String list(Model model) {
        model.addAttribute("batches", batches.recent(Callers.required()).stream().map(BatchApiController.BatchView::of).toList());
        return "screening/batches";
    }

    @PostMapping("/screening/batches")
    String upload(@RequestParam("manifest") MultipartFile manifest, @RequestParam String purpose,
            @RequestParam(required = false) String checkpoint, Model model) throws IOException {
        try {
            var b = batches.submit(Callers.required(), purpose, checkpoint, manifest.getOriginalFilename(),
                    manifest.getContentType(), manifest.getInputStream());
            return "redirect:/screening/batches/" + b.id();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("batches", batches.recent(Callers.required()).stream().map(BatchApiController.BatchView::of).toList());
            return "screening/batches";
        }
    }

    @GetMapping("/screening/batches/{id}")
    String one(@PathVariable UUID id, Model model) {
        return withRows(id, model, "screening/batch");
    }

    @GetMapping("/screening/batches/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        return withRows(id, model, "screening/batch :: progress");
    }

    /** The job, and once it is finished its HIT, POSSIBLE and unscreenable rows with the count of each outcome. */
    private String withRows(UUID id, Model model, String view) {
        BatchStore.Batch batch = batches.find(Callers.required(), id);
        model.addAttribute("batch", BatchApiController.BatchView.of(batch));
        if (batch.finished()) {
            model.addAttribute("counts", batches.outcomeCounts(batch));
            model.addAttribute("rows", batches.notableRows(batch, NOTABLE_ROWS).stream().map(BatchRowView::of).toList());
            model.addAttribute("rowLimit", NOTABLE_ROWS);
        }
        return view;
    }

    /** Rows listed on the page; the downloads hold every row. */
    static final int NOTABLE_ROWS = 1000;

    @GetMapping("/screening/batches/{id}/results.csv")
    void csv(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        downloads.csv(id, response);
    }

    @GetMapping("/screening/batches/{id}/results.json")
    void json(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        downloads.json(id, response);
    }
}
