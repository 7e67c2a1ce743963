package org.tangier.notices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.notices.Notices;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The rules every notice use case shares. Who writes: the owning agency's bureau officers. Who reviews: reviewers of
 * the coordination agency (OPS by default) for every notice whose restriction admits it, and reviewers of the owning
 * agency; never the officer who drafted or submitted the notice. Who reads: the owner always; others once the notice
 * is published, if its restriction admits them. Every transition is saved at the version read, written to the
 * notice's history and audited with its actor.
 */
@Component
class NoticeRules {

    static final int NOTICE_YEARS = 5;
    static final int DIFFUSION_YEARS = 1;
    static final int MAX_YEARS = 10;
    static final int MAX_SUBJECTS = 20;
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.REVIEWER, Role.DUTY_OFFICER, Role.ANALYST);

    private final NoticeStore store;
    private final NoticeChecks checks;
    private final Records records;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final String coordinationAgency;

    NoticeRules(NoticeStore store, NoticeChecks checks, Records records, AgencyDirectory agencies, AuditLog audit,
            CoordinationCentre centre) {
        this.store = store;
        this.checks = checks;
        this.records = records;
        this.agencies = agencies;
        this.audit = audit;
        this.coordinationAgency = centre.agency();
    }

    String coordinationAgency() {
        return coordinationAgency;
    }


    boolean visible(Caller caller, StoredNotice n) {
        if (n.owner().equals(caller.agencyCode())) {
            return true;
        }
        boolean admitted = AccessRules.maySee(caller.agencyCode(), n.owner(), n.restriction());
        return admitted && switch (n.status()) {
            case PUBLISHED, CANCELLED, EXPIRED -> true;
            case SUBMITTED -> coordinates(caller);
            case DRAFT, REJECTED -> false;
        };
    }

    boolean coordinates(Caller caller) {
        return caller.has(Role.REVIEWER) && caller.agencyCode().equals(coordinationAgency);
    }

    static boolean ownWork(Caller caller, StoredNotice n) {
        return caller.name().equals(n.createdBy()) || caller.name().equals(n.submittedBy());
    }

    StoredNotice reviewable(Caller caller, UUID id) {
        requireReviewer(caller);
        StoredNotice n = store.find(id).filter(x -> visible(caller, x))
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (!caller.agencyCode().equals(coordinationAgency) && !caller.agencyCode().equals(n.owner())) {
            throw ProblemException.of(403, "notice.review-not-yours", coordinationAgency, n.owner());
        }
        if (ownWork(caller, n)) {
            throw ProblemException.of(403, "notice.review-own-work");
        }
        boolean awaiting = n.status() == NoticeStatus.SUBMITTED || (n.status() == NoticeStatus.PUBLISHED && n.reviewPending());
        if (!awaiting) {
            throw ProblemException.of(409, "notice.not-awaiting-review", ProblemException.term("notice.status." + n.status().name()));
        }
        return n;
    }

    StoredNotice owned(Caller caller, UUID id) {
        StoredNotice n = store.find(id).filter(x -> visible(caller, x))
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (!n.owner().equals(caller.agencyCode())) {
            throw ProblemException.of(403, "notice.not-owner", n.owner());
        }
        return n;
    }

    void save(StoredNotice next, int expectedVersion) {
        if (!store.update(next, expectedVersion)) {
            throw ProblemException.of(409, "notice.changed-meanwhile", expectedVersion);
        }
    }

    /** A history entry whose detail the platform writes: the bundle text {@code code} with {@code args}. */
    void transitionCoded(Caller caller, StoredNotice n, String action, String code, String... args) {
        store.addHistory(n.id(), n.updatedAt(), caller.name(), caller.agencyCode(), action, null, code, List.of(args));
        audit.record(AuditActor.of(caller), AuditEvent.success("notice." + action, "notice", n.id().toString())
                .withDetail(truncate(n.reference() + " " + n.status().name().toLowerCase(Locale.ROOT) + ": " + code + " "
                        + String.join(" ", args), 500)));
    }

    void transition(Caller caller, StoredNotice n, String action, String detail) {
        store.addHistory(n.id(), n.updatedAt(), caller.name(), caller.agencyCode(), action,
                detail == null ? null : truncate(detail, 4000));
        audit.record(AuditActor.of(caller), AuditEvent.success("notice." + action, "notice", n.id().toString())
                .withDetail(truncate(n.reference() + " " + n.status().name().toLowerCase(Locale.ROOT)
                        + (detail == null ? "" : ": " + detail), 500)));
    }

    static StoredNotice copy(StoredNotice c, NoticeStatus status, boolean reviewPending, Instant now, String by,
            String submittedBy, Instant reviewedAt, String reviewedBy, String reasons) {
        return new StoredNotice(c.id(), c.reference(), c.type(), c.diffusion(), c.owner(), c.restriction(), status,
                reviewPending, c.instruction(), c.summary(), c.fields(), c.expiresOn(), c.externalId(), c.version() + 1,
                c.createdAt(), c.createdBy(), now, by, submittedBy, reviewedAt, reviewedBy, reasons, c.subjects());
    }

    NoticeView view(StoredNotice n, Caller caller, boolean full) {
        List<NoticeView.Subject> subjects = new ArrayList<>();
        int hidden = 0;
        if (full) {
            for (UUID id : n.subjects()) {
                Optional<RecordView> r = records.read(caller, id, "notice " + n.reference());
                if (r.isPresent()) {
                    subjects.add(new NoticeView.Subject(id, r.get().type().id(), r.get().caption(),
                            NoticeText.describe(r.get().details()), r.get().hasPhoto()));
                } else {
                    hidden++;
                }
            }
        }
        boolean awaiting = n.status() == NoticeStatus.SUBMITTED || n.reviewPending() || n.status() == NoticeStatus.DRAFT;
        List<NoticeView.Check> found = full && awaiting ? checks.all(n, caller.agencyCode()) : List.of();
        List<NoticeView.Transition> history = full ? store.history(n.id()) : List.of();
        return new NoticeView(n.id(), n.reference(), n.type(), n.diffusion(), n.status(), n.reviewPending(), n.owner(),
                n.restriction().toString(), n.instruction().id(), n.summary(), n.fields(), n.expiresOn(), n.subjects().size(), subjects,
                hidden, n.version(), n.createdAt(), n.createdBy(), n.updatedAt(), n.updatedBy(), n.submittedBy(),
                n.reviewedAt(), n.reviewedBy(), n.reviewReasons(), found, history);
    }

    List<UUID> subjects(Caller caller, List<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>(ids);
        if (unique.size() > MAX_SUBJECTS) {
            throw ProblemException.invalid("subjects", "notices.most-subjects", MAX_SUBJECTS);
        }
        for (UUID id : unique) {
            RecordView r = records.read(caller, id, "notice subject").orElseThrow(() ->
                    ProblemException.invalid("subjects", "notices.no-record-agency-may-see", id));
            if (r.status() != RecordStatus.ACTIVE) {
                throw ProblemException.invalid("subjects", "notices.record-cancelled", id);
            }
        }
        return List.copyOf(unique);
    }

    static NoticeType type(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("type", "notices.required-red-yellow-blue-black");
        }
        try {
            return NoticeType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "notices.not-red-yellow-blue-black", value);
        }
    }

    static Instruction instruction(String value, NoticeType type) {
        if (value == null || value.isBlank()) {
            return NoticeFields.defaultInstruction(type);
        }
        for (Instruction i : Instruction.values()) {
            if (i.id().equalsIgnoreCase(value.trim()) || i.name().equalsIgnoreCase(value.trim())) {
                return i;
            }
        }
        throw ProblemException.invalid("instruction", "notices.arrest-locate-do-not-alert");
    }

    /**
     * A diffusion is restricted to its recipients; a notice to what its owner writes, the owner alone when nothing is
     * written (deny by default). Every agency named must be a member.
     */
    Restriction restriction(NoticeDraft draft, boolean diffusion, String owner) {
        if (diffusion) {
            List<String> recipients = draft.recipients().stream().filter(r -> r != null && !r.isBlank())
                    .map(r -> r.trim().toUpperCase(Locale.ROOT)).filter(r -> !r.equals(owner)).toList();
            if (recipients.isEmpty()) {
                throw ProblemException.invalid("recipients", "notices.diffusion-goes-least-other-agency");
            }
            try {
                return Restriction.only(recipients.toArray(String[]::new)).requireKnownAgencies(this::isMember);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("recipients", e);
            }
        }
        if (draft.restriction() == null || draft.restriction().isBlank()) {
            return Restriction.DEFAULT;
        }
        try {
            return Restriction.parse(draft.restriction()).requireKnownAgencies(this::isMember);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("restriction", e);
        }
    }

    boolean isMember(String code) {
        return agencies.find(code).isPresent();
    }

    static String summary(String value) {
        String s = value == null ? "" : value.strip();
        if (s.length() > 4000) {
            throw ProblemException.invalid("summary", "notices.most-4000-characters");
        }
        return s;
    }

    LocalDate expiresOn(LocalDate requested, boolean diffusion, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (requested == null) {
            return today.plusYears(diffusion ? DIFFUSION_YEARS : NOTICE_YEARS);
        }
        if (!requested.isAfter(today) || requested.isAfter(today.plusYears(MAX_YEARS))) {
            throw ProblemException.invalid("expiresOn", "notices.date-after-today-most-years", MAX_YEARS);
        }
        return requested;
    }

    static String reason(String value, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, detail);
        }
        return truncate(value.strip(), 4000);
    }

    static void requireWriter(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "notices.creating-changing-notices-needs-bureau");
        }
    }

    static void requireReviewer(Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            throw ProblemException.of(403, "notices.reviewing-notices-needs-reviewer-role");
        }
    }

    static void requireReader(Caller caller) {
        caller.requireAny(READERS, "notices.role.read");
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
