package org.tangier.notices.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.FtmImports;

/**
 * A watch list in one step: imports a FollowTheMoney list as records (through the records part) and gives each
 * imported person a notice of the chosen type, submitted for review. Nothing is screened before a reviewer of the
 * owning agency publishes the notices (each through the review API, or all of them at once through
 * {@link PublishWatchListBatch}): the review rule is kept, only the drafting is done for the officer. Each notice
 * bears the crime areas its person's FtM topics name (docs/exchange.md, "Topics and crime areas").
 */
@Component
class WatchListImport {

    /** BLACK (unidentified bodies) and YELLOW (missing persons) describe no one to stop or watch at a border. */
    static final Set<NoticeType> WATCH_LIST_TYPES = EnumSet.of(NoticeType.UN, NoticeType.RED, NoticeType.GREEN,
            NoticeType.ORANGE, NoticeType.BLUE, NoticeType.PURPLE);

    /**
     * @param notices the submitted notices, one per imported person, waiting in the owner's review queue
     * @param noticeErrors persons whose notice could not be drafted, with the reason (their records are stored)
     * @param batch the id under which the owner's reviewer may publish all the notices in one approval (null when
     *        none was submitted)
     */
    record Result(long imported, long updated, long rejectedCount, List<String> rejected, int noticesSubmitted,
            List<UUID> notices, List<String> noticeErrors, UUID batch) {
    }

    private final FtmImports ftm;
    private final NoticeService service;
    private final NoticeRules rules;
    private final NoticeStore store;
    private final AuditLog audit;
    private final CrimeAreas crimeAreas;

    WatchListImport(FtmImports ftm, NoticeService service, NoticeRules rules, NoticeStore store, AuditLog audit,
            CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.ftm = ftm;
        this.service = service;
        this.rules = rules;
        this.store = store;
        this.audit = audit;
    }

    Result run(Caller caller, InputStream body, String noticeType, String restriction, String summary,
            Map<String, String> fields) {
        NoticeRules.requireWriter(caller);
        NoticeType type = NoticeRules.type(noticeType);
        if (!WATCH_LIST_TYPES.contains(type)) {
            throw ProblemException.invalid("type", "notices.watch-list-takes-un-red");
        }
        String text = summary == null || summary.isBlank() ? "Listed on an imported watch list" : summary.strip();
        // the restriction is read before any line: a wrong one refuses the whole call with nothing stored
        NoticeDraft template = new NoticeDraft(type.name(), false, null, restriction, null, text, fields, List.of(), null);
        rules.restriction(template, false, caller.agencyCode());
        FtmImports.FtmImported imported = ftm.importFtm(caller, body, restriction);
        List<UUID> notices = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (UUID person : imported.persons()) {
            try {
                NoticeView draft = service.create(caller, new NoticeDraft(type.name(), false, null, restriction, null,
                        text, fields, List.of(person), null));
                // the notice bears the crime areas its person's FtM topics named, as the person's record does
                if (imported.crimeAreas().containsKey(person)) {
                    crimeAreas.tag(Carrier.NOTICE, draft.id(), imported.crimeAreas().get(person));
                }
                notices.add(service.submit(caller, draft.id()).id());
            } catch (ProblemException | IllegalArgumentException e) {
                errors.add(person + ": " + e.getMessage());
            }
        }
        UUID batch = notices.isEmpty() ? null : UUID.randomUUID();
        if (batch != null) {
            store.markWatchListBatch(batch, notices);
        }
        audit.record(AuditActor.of(caller), new AuditEvent("notice.import.watch-list", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, "type=" + type + " batch=" + batch + " persons=" + imported.persons().size()
                        + " submitted=" + notices.size() + " failed=" + errors.size()));
        return new Result(imported.imported(), imported.updated(), imported.rejectedCount(), imported.rejected(),
                notices.size(), notices, errors, batch);
    }
}
