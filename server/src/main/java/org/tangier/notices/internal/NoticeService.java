package org.tangier.notices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.tangier.access.Restriction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.Notices;
import org.tangier.platform.Caller;

/**
 * The part's face for its pages, API and jobs: each method hands over to the use case that owns it (see the package
 * documentation), where the rule is written once.
 */
@Service
public class NoticeService implements Notices {

    private final DraftNotice drafting;
    private final ReviewNotice reviewing;
    private final WithdrawNotice withdrawing;
    private final ExtendNotice extending;
    private final NoticeQueries queries;
    private final ImportUnNotice unImport;

    NoticeService(DraftNotice drafting, ReviewNotice reviewing, WithdrawNotice withdrawing, ExtendNotice extending,
            NoticeQueries queries, ImportUnNotice unImport) {
        this.drafting = drafting;
        this.reviewing = reviewing;
        this.withdrawing = withdrawing;
        this.extending = extending;
        this.queries = queries;
        this.unImport = unImport;
    }

    public NoticeView create(Caller caller, NoticeDraft draft) {
        return drafting.create(caller, draft);
    }

    public NoticeView update(Caller caller, UUID id, Integer expectedVersion, NoticeDraft draft) {
        return drafting.update(caller, id, expectedVersion, draft);
    }

    public NoticeView submit(Caller caller, UUID id) {
        return drafting.submit(caller, id);
    }

    public NoticeView cancel(Caller caller, UUID id, String reason) {
        return withdrawing.cancel(caller, id, reason);
    }

    public NoticeView extend(Caller caller, UUID id, LocalDate until, String reason) {
        return extending.extend(caller, id, until, reason);
    }

    public NoticeView publish(Caller caller, UUID id, String note) {
        return reviewing.publish(caller, id, note);
    }

    public NoticeView reject(Caller caller, UUID id, String reasons) {
        return reviewing.reject(caller, id, reasons);
    }

    public List<NoticeView> queue(Caller caller) {
        return reviewing.queue(caller);
    }

    public boolean mayReview(Caller caller, NoticeView n) {
        return reviewing.mayReview(caller, n);
    }

    public Optional<NoticeView> read(Caller caller, UUID id, String purpose) {
        return queries.read(caller, id, purpose);
    }

    public List<NoticeView> search(Caller caller, NoticeFilter filter, String purpose) {
        return queries.search(caller, filter, purpose);
    }

    public List<NoticeView> reviewDue(Caller caller) {
        return queries.reviewDue(caller);
    }

    @Override
    public void forEachInForce(Consumer<NoticeInForce> consumer) {
        queries.forEachInForce(consumer);
    }

    @Override
    public void forEachChangedSince(Instant since, Consumer<NoticeInForce> inForce, Consumer<UUID> notInForce) {
        queries.forEachChangedSince(since, inForce, notInForce);
    }

    @Override
    public List<NoticeInForce> inForceFor(UUID recordId) {
        return queries.inForceFor(recordId);
    }

    @Override
    public java.util.Optional<NoticeInForce> inForce(UUID noticeId) {
        return queries.inForce(noticeId);
    }

    public int expireDue() {
        return withdrawing.expireDue();
    }

    public boolean upsertUnNotice(Caller caller, String unReference, UUID subject, String summary,
            Map<String, String> fields, Restriction restriction) {
        return unImport.upsertUnNotice(caller, unReference, subject, summary, fields, restriction);
    }

    /** The restriction a UN list import asks for; blank: all members. Refuses a wrong one (400, field restriction). */
    public Restriction unImportRestriction(String restriction) {
        return unImport.importRestriction(restriction);
    }

    static String truncate(String s, int max) {
        return NoticeRules.truncate(s, max);
    }
}
