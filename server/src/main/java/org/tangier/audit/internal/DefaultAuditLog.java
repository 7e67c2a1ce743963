package org.tangier.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;
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
        } catch (ExecutionException | TimeoutException e) {
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
