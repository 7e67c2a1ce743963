package org.tangier.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Callers;

@Service
class DefaultAuditLog implements AuditLog {

    private final AuditChainWriter writer;

    DefaultAuditLog(AuditChainWriter writer) {
        this.writer = writer;
    }

    @Override
    public void record(AuditEvent event) {
        record(Callers.current().map(AuditActor::of).orElseGet(AuditActor::system), event);
    }

    @Override
    public void record(AuditActor actor, AuditEvent event) {
        // microseconds: what both H2 and PostgreSQL keep, so the hash survives the round trip
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            writer.append(AuditDraft.of(at, actor, event, sourceAddress())).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit log", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TransactionException | e.getCause() instanceof DataAccessResourceFailureException) {
                // the database is out of reach or out of connections: the handler answers 503 with Retry-After
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException("the audit log could not be written", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit log could not be written", e);
        }
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
