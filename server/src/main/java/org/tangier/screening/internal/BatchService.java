package org.tangier.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.matching.name.Verdict;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * Screens passenger manifests in the background, one job at a time per node (a 100,000-row manifest should not
 * slow down the border checks that run meanwhile). Each row is checked exactly like a single check, as the
 * submitting caller: the same access-filtered answers, and hits raised for HITs. Results and progress are written
 * every {@value #CHUNK} rows.
 */
@Service
class BatchService {

    private static final Logger log = LoggerFactory.getLogger(BatchService.class);
    static final int CHUNK = 250;

    private final BatchStore store;
    private final ScreeningService screening;
    private final ScreeningSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20),
            r -> {
                Thread t = new Thread(r, "manifest-screening");
                t.setDaemon(true);
                return t;
            });

    BatchService(BatchStore store, ScreeningService screening, ScreeningSettings settings, AuditLog audit,
            TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.screening = screening;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void failInterrupted() {
        int n = store.failUnfinished(clock.instant());
        if (n > 0) {
            log.warn("{} manifest job(s) were interrupted by the last shut-down and are marked failed", n);
        }
    }

    BatchStore.Batch submit(Caller caller, String purpose, String checkpoint, String fileName, String contentType,
            InputStream manifest) throws IOException {
        ScreeningService.requireChecker(caller);
        String why = ScreeningService.requirePurpose(purpose);
        List<ManifestReader.Row> rows = ManifestReader.read(manifest, contentType, fileName, settings.batchMaxRows());
        BatchStore.Batch batch = new BatchStore.Batch(UUID.randomUUID(), caller.agencyCode(), caller.name(),
                clock.instant(), why, ScreeningService.cut(fileName, 200), ScreeningService.cut(checkpoint, 40), "QUEUED",
                rows.size(), 0, 0, 0, null, null);
        store.insert(batch);
        audit.record(new AuditEvent("screening.batch.submit", "batch", batch.id().toString(), why,
                AuditEvent.Outcome.SUCCESS, rows.size() + " rows"));
        try {
            worker.execute(() -> run(caller, batch, rows));
        } catch (RejectedExecutionException e) {
            store.finish(batch.id(), "FAILED", clock.instant(), "too many manifests queued; submit again later");
            throw ProblemException.of(503, "screening.too-many-manifests-queued-server");
        }
        return batch;
    }

    BatchStore.Batch find(Caller caller, UUID id) {
        ScreeningService.requireChecker(caller);
        return store.find(id, caller.agencyCode()).orElseThrow(() -> ProblemException.of(404, "screening.not-found.manifest-job", id));
    }

    /** The HIT, POSSIBLE and unscreenable rows of a job the caller's agency may see (found through {@link #find}). */
    List<BatchStore.ResultRow> notableRows(BatchStore.Batch batch, int limit) {
        return store.notable(batch.id(), limit);
    }

    Map<String, Integer> outcomeCounts(BatchStore.Batch batch) {
        return store.outcomeCounts(batch.id());
    }

    List<BatchStore.Batch> recent(Caller caller) {
        ScreeningService.requireChecker(caller);
        return store.recent(caller.agencyCode(), 20);
    }

    private void run(Caller caller, BatchStore.Batch batch, List<ManifestReader.Row> rows) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        caller.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(caller, null, authorities));
        int done = 0;
        int[] counts = new int[2];
        try {
            store.progress(batch.id(), "RUNNING", 0, 0, 0);
            CheckRequest.Location location = batch.locationCode() == null ? null
                    : new CheckRequest.Location(batch.locationCode(), null);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<ManifestReader.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                int doneAfter = from + chunk.size();
                tx.executeWithoutResult(s -> {
                    List<BatchStore.ResultRow> results = new ArrayList<>(chunk.size());
                    for (ManifestReader.Row row : chunk) {
                        results.add(screen(caller, row, batch.purpose(), location, counts));
                    }
                    store.insertRows(batch.id(), results);
                    store.progress(batch.id(), "RUNNING", doneAfter, counts[0], counts[1]);
                });
                done = doneAfter;
            }
            store.finish(batch.id(), "DONE", clock.instant(), null);
            audit.record(AuditActor.of(caller), new AuditEvent("screening.batch", "batch", batch.id().toString(),
                    batch.purpose(), AuditEvent.Outcome.SUCCESS,
                    rows.size() + " rows, " + counts[0] + " with a HIT, " + counts[1] + " possible"));
        } catch (RuntimeException e) {
            log.error("Manifest job {} failed after {} rows", batch.id(), done, e);
            store.finish(batch.id(), "FAILED", clock.instant(), "failed after " + done + " rows; submit the rest again");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private BatchStore.ResultRow screen(Caller caller, ManifestReader.Row row, String purpose,
            CheckRequest.Location location, int[] counts) {
        Probe probe;
        try {
            probe = Probe.of(row.toRequest(purpose, location));
        } catch (ProblemException e) {
            // the English text for the downloads, the code and arguments to show the reason in the reader's language
            java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
            problem.put("problem", e.englishDetail());
            if (e.detailKey() != null) {
                problem.put("code", e.code());
                problem.put("field", e.field());
                problem.put("args", java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList());
            }
            return new BatchStore.ResultRow(row.number(), row.reference(), row.summary(), "INVALID", null, 0,
                    ManifestReader.JSON.writeValueAsString(List.of(problem)));
        }
        List<CheckAnswer.Match> matches = new ArrayList<>();
        CheckRequest request = row.toRequest(purpose, location);
        String route = CheckRoute.of(request);
        for (ScreeningService.Found f : screening.find(probe)) {
            CheckAnswer.Match m = screening.answer(caller, f, probe, purpose, location, route);
            if (m != null) {
                matches.add(m);
            }
        }
        screening.made(caller, request, clock.instant());
        String outcome = ScreeningService.outcome(matches);
        if (outcome.equals(Verdict.HIT.name())) {
            counts[0]++;
        } else if (outcome.equals(Verdict.POSSIBLE.name())) {
            counts[1]++;
        }
        Double best = matches.stream().map(CheckAnswer.Match::score).filter(s -> s != null).max(Double::compare).orElse(null);
        return new BatchStore.ResultRow(row.number(), row.reference(), row.summary(), outcome, best, matches.size(),
                ManifestReader.JSON.writeValueAsString(matches.stream().map(BatchService::compact).toList()));
    }

    /** A match as stored with the job: what the checker may see, without the long name explanation. */
    private static CheckAnswer.Match compact(CheckAnswer.Match m) {
        return m.withoutDetail();
    }
}
