package org.tangier.screening.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** Writes a finished job's results as CSV or JSON, streamed row by row; for the API and the pages alike. */
@Component
class BatchDownloads {

    private final BatchService batches;
    private final BatchStore store;
    private final AuditLog audit;

    BatchDownloads(BatchService batches, BatchStore store, AuditLog audit) {
        this.batches = batches;
        this.store = store;
        this.audit = audit;
    }

    void csv(UUID id, HttpServletResponse response) throws IOException {
        BatchStore.Batch b = finished(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"screening-" + id + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("row,reference,query,outcome,best_score,match_count,matches\n");
        store.forEachRow(b.id(), r -> {
            try {
                out.write(r.rowNumber() + "," + csvField(r.reference()) + "," + csvField(r.query()) + "," + r.outcome() + ","
                        + (r.bestScore() == null ? "" : r.bestScore()) + "," + r.matchCount() + "," + csvField(r.matches()) + "\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
    }

    void json(UUID id, HttpServletResponse response) throws IOException {
        BatchStore.Batch b = finished(id);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("{\"id\":\"" + b.id() + "\",\"status\":\"" + b.status() + "\",\"rows\":[");
        boolean[] first = {true};
        store.forEachRow(b.id(), r -> {
            try {
                if (!first[0]) {
                    out.write(",");
                }
                first[0] = false;
                out.write("{\"row\":" + r.rowNumber() + ",\"reference\":" + ManifestReader.JSON.writeValueAsString(r.reference())
                        + ",\"query\":" + ManifestReader.JSON.writeValueAsString(r.query()) + ",\"outcome\":\"" + r.outcome()
                        + "\",\"bestScore\":" + r.bestScore() + ",\"matchCount\":" + r.matchCount() + ",\"matches\":"
                        + r.matches() + "}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.write("]}");
        out.flush();
    }

    private BatchStore.Batch finished(UUID id) {
        Caller caller = Callers.required();
        BatchStore.Batch b = batches.find(caller, id);
        if (!b.finished()) {
            throw ProblemException.of(409, "screening.job-rows-results-ready-when",
                    ProblemException.term("screening.batch.status." + b.status()), b.doneRows(), b.totalRows());
        }
        audit.record(new AuditEvent("screening.batch.results", "batch", id.toString(), b.purpose(),
                AuditEvent.Outcome.SUCCESS, null));
        return b;
    }

    static String csvField(String s) {
        if (s == null) {
            return "";
        }
        // a leading = + - @ would run as a formula in a spreadsheet
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
