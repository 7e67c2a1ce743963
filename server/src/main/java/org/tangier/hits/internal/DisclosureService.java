package org.tangier.hits.internal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.tangier.access.AccessRules;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Disclosure;
import org.tangier.hits.FoundMatch;
import org.tangier.hits.Hits;
import org.tangier.hits.MatchDisclosure;
import org.tangier.hits.NewHit;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordSnapshot;

/**
 * What a checking agency sees of a match and the hit it raises: see {@link MatchDisclosure}. No transaction of its
 * own: a hit commits with its HitRaised publication in {@link Hits#raise}.
 */
@Service
@EnableConfigurationProperties(ProbingSettings.class)
class DisclosureService implements MatchDisclosure {

    static final String PROBING = "probing";

    private final Hits hits;
    private final ProbingBudget budget;
    private final AuditLog audit;

    DisclosureService(Hits hits, ProbingBudget budget, AuditLog audit) {
        this.hits = hits;
        this.budget = budget;
        this.audit = audit;
    }

    @Override
    public Disclosure disclose(Caller checker, FoundMatch match) {
        RecordSnapshot record = match.record();
        boolean full = mayDisclose(checker.agencyCode(), match);
        NoticeInForce notice = match.notice();
        String instruction = match.hit() || !full ? instruction(full, notice) : Disclosure.VERIFY;
        if (full) {
            UUID hitId = match.hit() ? raise(checker, match) : null;
            return new Disclosure(match.hit() ? Disclosure.HIT : Disclosure.POSSIBLE, hitId, record.owner(), true, record,
                    notice, notice == null ? null : notice.type().name(), instruction, round(match.score()));
        }
        ProbingBudget.Standing standing = budget.count(checker.agencyCode(), record.id());
        UUID hitId = match.hit() ? raise(checker, match) : null;
        if (standing == ProbingBudget.Standing.CROSSED) {
            alertOwner(checker, match);
        }
        if (standing != ProbingBudget.Standing.WITHIN) {
            // over budget: every refused answer on this record looks alike, whatever the probe's variant scored
            return new Disclosure(Disclosure.POSSIBLE, null, record.owner(), false, null, null, null, instruction, null);
        }
        return new Disclosure(match.hit() ? Disclosure.HIT : Disclosure.POSSIBLE, hitId, record.owner(), false, null,
                null, null, instruction, null);
    }

    @Override
    public UUID raise(Caller checker, FoundMatch match) {
        RecordSnapshot record = match.record();
        boolean full = mayDisclose(checker.agencyCode(), match);
        NoticeInForce notice = match.notice();
        CheckContext check = match.check();
        CheckContext bounded = new CheckContext(check.purpose(), cut(check.querySummary(), 1000),
                cut(check.checkpoint(), 40), check.country() == null ? null : cut(check.country().toUpperCase(Locale.ROOT), 3),
                cut(check.route(), 16));
        return hits.raise(checker, new NewHit(subject(record, full ? record.caption() : null), notice(notice),
                instruction(full, notice), round(match.score()), match.matchedOn(), bounded));
    }

    @Override
    public UUID raiseVerified(Caller checker, FoundMatch match, String verification) {
        if (!mayDisclose(checker.agencyCode(), match)) {
            throw ProblemException.of(403, "hits.only-possible-match-were-shown");
        }
        String how = verification == null ? "" : verification.strip();
        if (how.isEmpty()) {
            throw ProblemException.invalid("verification", "hits.say-what-verified-photo-birth");
        }
        UUID hitId = raise(checker, match);
        hits.note(checker, hitId, "[verified possible match] " + cut(how, 1500));
        audit.record(new AuditEvent("screening.possible.verified", "hit", hitId.toString(), match.check().purpose(),
                AuditEvent.Outcome.SUCCESS, "record " + match.record().id() + " of " + match.record().owner() + ": "
                + cut(how, 300)));
        return hitId;
    }

    private static NewHit.Subject subject(RecordSnapshot record, String checkerCaption) {
        return new NewHit.Subject(record.id(), record.type().id(), record.owner(), record.caption(), checkerCaption);
    }

    private static NewHit.Notice notice(NoticeInForce notice) {
        return notice == null ? null : new NewHit.Notice(notice.noticeId(), notice.type().name());
    }

    @Override
    public boolean discloses(Caller checker, FoundMatch match) {
        return mayDisclose(checker.agencyCode(), match);
    }

    /** The record's restriction and that of every notice in force on it must admit the checker. */
    static boolean mayDisclose(String viewer, FoundMatch match) {
        RecordSnapshot record = match.record();
        if (!AccessRules.maySee(viewer, record.owner(), record.restriction())) {
            return false;
        }
        return match.notices().stream().allMatch(n -> AccessRules.maySee(viewer, n.ownerAgency(), n.restriction()));
    }

    private static String instruction(boolean full, NoticeInForce notice) {
        return (full && notice != null ? notice.instruction() : Instruction.CONTACT_OWNER).id();
    }

    /**
     * The owner's alert: once per agency, record and day, a hit in the owner's inbox that names the probing agency and
     * user, and an audit entry. The alert is filed by the probing-budget itself on the owner's side, so it does not
     * appear among the hits the probing agency caused and does not tell it when its answers changed.
     */
    private void alertOwner(Caller checker, FoundMatch match) {
        RecordSnapshot record = match.record();
        NoticeInForce notice = match.notice();
        String summary = "more than " + budget.limit() + " refused matches today by agency " + checker.agencyCode()
                + " (" + cut(checker.name(), 100) + ", last: " + cut(match.check().querySummary(), 200)
                + "); its answers on this record no longer tell HIT from POSSIBLE";
        Caller watch = new Caller(Caller.Kind.CLIENT, PROBING, "probing budget", record.owner(), Set.of());
        hits.raise(watch, new NewHit(subject(record, null), notice(notice), Instruction.CONTACT_OWNER.id(), 0, PROBING,
                CheckContext.of("probing alert", summary)));
        audit.record(new AuditEvent("screening.probing", "record", record.id().toString(), match.check().purpose(),
                AuditEvent.Outcome.DENIED, summary));
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
