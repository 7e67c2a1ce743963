package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.notices.Notices;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The notice lifecycle and its rules. Who writes: the owning agency's bureau officers. Who reviews: reviewers of the
 * coordination agency (OPS by default) for every notice whose restriction admits it, and reviewers of the owning
 * agency; never the officer who drafted or submitted the notice. Who reads: the owner always; others once the notice
 * is published, if its restriction admits them. Every read and transition is audited with its actor; publishing and
 * withdrawing publish {@link NoticeInForce} and {@link NoticeWithdrawn} for screening.
 */
@Service
public class NoticeService implements Notices {

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
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String coordinationAgency;
    private final int reviewWindowDays;

    NoticeService(NoticeStore store, NoticeChecks checks, Records records, AgencyDirectory agencies, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, CoordinationCentre centre,
            @Value("${tangier.notices.review-window-days:60}") int reviewWindowDays) {
        this.store = store;
        this.checks = checks;
        this.records = records;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.coordinationAgency = centre.agency();
        this.reviewWindowDays = reviewWindowDays;
    }

    // ---- writing: the owner's bureau officers

    @Transactional
    public NoticeView create(Caller caller, NoticeDraft draft) {
        requireWriter(caller);
        NoticeType type = type(draft.type());
        boolean diffusion = Boolean.TRUE.equals(draft.diffusion());
        Instant now = clock.instant();
        StoredNotice n = new StoredNotice(UUID.randomUUID(),
                store.nextReference(type, caller.agencyCode(), LocalDate.ofInstant(now, ZoneOffset.UTC).getYear()),
                type, diffusion, caller.agencyCode(), restriction(draft, diffusion, caller.agencyCode()),
                NoticeStatus.DRAFT, false, instruction(draft.instruction(), type), summary(draft.summary()),
                NoticeFields.clean(type, draft.fields()), expiresOn(draft.expiresOn(), diffusion, now), null, 1, now,
                caller.name(), now, caller.name(), null, null, null, null, subjects(caller, draft.subjects()));
        store.insert(n);
        transition(caller, n, "create", diffusion ? "diffusion" : null);
        return view(n, caller, true);
    }

    /** Changes a draft; editing a rejected notice makes it a draft again, to be corrected and resubmitted. */
    @Transactional
    public NoticeView update(Caller caller, UUID id, Integer expectedVersion, NoticeDraft draft) {
        requireWriter(caller);
        StoredNotice current = owned(caller, id);
        if (current.status() != NoticeStatus.DRAFT && current.status() != NoticeStatus.REJECTED) {
            throw ProblemException.conflict("Only a draft or a rejected notice can be changed; this one is "
                    + current.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (draft.type() != null && type(draft.type()) != current.type()) {
            throw ProblemException.invalidField("type", "a notice keeps its type; create a new one instead");
        }
        int expected = expectedVersion == null ? current.version() : expectedVersion;
        Instant now = clock.instant();
        StoredNotice next = new StoredNotice(id, current.reference(), current.type(), current.diffusion(), current.owner(),
                restriction(draft, current.diffusion(), caller.agencyCode()), NoticeStatus.DRAFT, false,
                instruction(draft.instruction(), current.type()), summary(draft.summary()),
                NoticeFields.clean(current.type(), draft.fields()),
                expiresOn(draft.expiresOn(), current.diffusion(), now), current.externalId(), current.version() + 1,
                current.createdAt(), current.createdBy(), now, caller.name(), null, null, null,
                current.reviewReasons(), subjects(caller, draft.subjects()));
        save(next, expected);
        transition(caller, next, "update", null);
        return view(next, caller, true);
    }

    /**
     * Sends a notice to review; issues a diffusion: in force at once (its recipients' screening checks it) and in the
     * reviewers' queue as a diffusion to review.
     */
    @Transactional
    public NoticeView submit(Caller caller, UUID id) {
        requireWriter(caller);
        StoredNotice current = owned(caller, id);
        if (current.status() != NoticeStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft can be submitted; this one is "
                    + current.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        Instant now = clock.instant();
        if (current.diffusion()) {
            List<NoticeView.Check> blocking = checks.blocking(current);
            if (!blocking.isEmpty()) {
                throw new ProblemException(400, "Invalid request", "A diffusion is in force at once, so it needs its "
                        + "required data first: " + String.join("; ", blocking.stream().map(NoticeView.Check::message).toList()),
                        Map.of("checks", blocking));
            }
            StoredNotice issued = copy(current, NoticeStatus.PUBLISHED, true, now, caller.name(), caller.name(), null,
                    null, null);
            save(issued, current.version());
            transition(caller, issued, "issue", null);
            events.publishEvent(issued.inForce());
            return view(issued, caller, true);
        }
        StoredNotice submitted = copy(current, NoticeStatus.SUBMITTED, false, now, caller.name(), caller.name(), null,
                null, null);
        save(submitted, current.version());
        transition(caller, submitted, "submit", null);
        return view(submitted, caller, true);
    }

    /** Cancels a notice of the caller's agency; one in force is withdrawn from screening. */
    @Transactional
    public NoticeView cancel(Caller caller, UUID id, String reason) {
        requireWriter(caller);
        StoredNotice current = owned(caller, id);
        String why = reason(reason, "reason", "say why the notice is cancelled");
        if (current.status() == NoticeStatus.CANCELLED || current.status() == NoticeStatus.EXPIRED) {
            throw ProblemException.conflict("This notice is already " + current.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        Instant now = clock.instant();
        StoredNotice cancelled = copy(current, NoticeStatus.CANCELLED, false, now, caller.name(), current.submittedBy(),
                current.reviewedAt(), current.reviewedBy(), current.reviewReasons());
        save(cancelled, current.version());
        transition(caller, cancelled, "cancel", why);
        if (current.status().inForce()) {
            events.publishEvent(new NoticeWithdrawn(id, current.subjects(), "cancelled: " + why));
        }
        return view(cancelled, caller, true);
    }

    /** Extends a notice in force (or due) to a new expiry date, with a reason. */
    @Transactional
    public NoticeView extend(Caller caller, UUID id, LocalDate until, String reason) {
        requireWriter(caller);
        StoredNotice current = owned(caller, id);
        String why = reason(reason, "reason", "say why the notice is still needed");
        if (current.status() != NoticeStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a notice in force can be extended.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (until == null || !until.isAfter(current.expiresOn()) || until.isAfter(today.plusYears(MAX_YEARS))) {
            throw ProblemException.invalidField("until", "a date after the current expiry (" + current.expiresOn()
                    + ") and at most " + MAX_YEARS + " years ahead");
        }
        StoredNotice extended = new StoredNotice(id, current.reference(), current.type(), current.diffusion(),
                current.owner(), current.restriction(), current.status(), current.reviewPending(), current.instruction(),
                current.summary(), current.fields(), until, current.externalId(), current.version() + 1,
                current.createdAt(), current.createdBy(), now, caller.name(), current.submittedBy(),
                current.reviewedAt(), current.reviewedBy(), current.reviewReasons(), current.subjects());
        save(extended, current.version());
        transition(caller, extended, "extend", current.expiresOn() + " -> " + until + ": " + why);
        return view(extended, caller, true);
    }

    // ---- review

    /** Publishes a submitted notice, or confirms a diffusion in force. */
    @Transactional
    public NoticeView publish(Caller caller, UUID id, String note) {
        StoredNotice current = reviewable(caller, id);
        List<NoticeView.Check> blocking = checks.blocking(current);
        if (!blocking.isEmpty()) {
            throw new ProblemException(409, "Conflict", "The notice cannot be published while required data is missing: "
                    + String.join("; ", blocking.stream().map(NoticeView.Check::message).toList())
                    + ". Reject it with your reasons instead.", Map.of("checks", blocking));
        }
        Instant now = clock.instant();
        String remark = note == null || note.isBlank() ? null : note.strip();
        StoredNotice published = copy(current, NoticeStatus.PUBLISHED, false, now, caller.name(), current.submittedBy(),
                now, caller.name(), remark);
        save(published, current.version());
        transition(caller, published, current.diffusion() ? "confirm" : "publish", remark);
        if (!current.diffusion()) {
            events.publishEvent(published.inForce());
        }
        return view(published, caller, true);
    }

    /** Rejects a submitted notice, or a diffusion in force (which is then withdrawn), giving reasons. */
    @Transactional
    public NoticeView reject(Caller caller, UUID id, String reasons) {
        StoredNotice current = reviewable(caller, id);
        String why = reason(reasons, "reasons", "tell the owner why the notice is rejected");
        Instant now = clock.instant();
        StoredNotice rejected = copy(current, NoticeStatus.REJECTED, false, now, caller.name(), current.submittedBy(),
                now, caller.name(), why);
        save(rejected, current.version());
        transition(caller, rejected, "reject", why);
        if (current.status().inForce()) {
            events.publishEvent(new NoticeWithdrawn(id, current.subjects(), "rejected on review: " + why));
        }
        return view(rejected, caller, true);
    }

    /** The caller's queue: what it may review, with the automatic checks. */
    public List<NoticeView> queue(Caller caller) {
        requireReviewer(caller);
        List<StoredNotice> found = store.queue(caller.agencyCode(), coordinates(caller)).stream()
                .filter(n -> !ownWork(caller, n)).toList();
        audit.record(AuditActor.of(caller), new AuditEvent("notice.queue", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, found.size() + " notices"));
        return found.stream().map(n -> view(n, caller, true)).toList();
    }

    public boolean mayReview(Caller caller, NoticeView n) {
        return caller.has(Role.REVIEWER) && (n.status() == NoticeStatus.SUBMITTED || n.reviewPending())
                && (caller.agencyCode().equals(coordinationAgency) || caller.agencyCode().equals(n.owner()))
                && !caller.name().equals(n.createdBy()) && !caller.name().equals(n.submittedBy());
    }

    // ---- reading

    public Optional<NoticeView> read(Caller caller, UUID id, String purpose) {
        requireReader(caller);
        Optional<StoredNotice> found = store.find(id).filter(n -> visible(caller, n));
        audit.record(AuditActor.of(caller), new AuditEvent("notice.read", "notice", id.toString(), purpose,
                found.isPresent() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED, null));
        return found.map(n -> view(n, caller, true));
    }

    public List<NoticeView> search(Caller caller, NoticeFilter filter, String purpose) {
        requireReader(caller);
        List<StoredNotice> found = store.search(caller.agencyCode(), coordinates(caller), filter);
        audit.record(AuditActor.of(caller), new AuditEvent("notice.search", "notice", null, purpose,
                AuditEvent.Outcome.SUCCESS, "type=" + filter.type() + " status=" + filter.status() + " owner="
                        + filter.owner() + " text=" + truncate(filter.text() == null ? "" : filter.text(), 80)
                        + " results=" + found.size()));
        return found.stream().map(n -> view(n, caller, false)).toList();
    }

    /** The caller's agency's notices in force that expire within the review window. */
    public List<NoticeView> reviewDue(Caller caller) {
        requireReader(caller);
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(reviewWindowDays);
        List<StoredNotice> due = store.dueForReview(caller.agencyCode(), until);
        audit.record(AuditActor.of(caller), new AuditEvent("notice.review-due", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, due.size() + " notices due by " + until));
        return due.stream().map(n -> view(n, caller, false)).toList();
    }

    // ---- system: screening and the scheduled job

    @Override
    public void forEachInForce(Consumer<NoticeInForce> consumer) {
        store.forEachInForce(n -> consumer.accept(n.inForce()));
    }

    @Override
    public List<NoticeInForce> inForceFor(UUID recordId) {
        return store.inForceFor(recordId).stream().map(StoredNotice::inForce).toList();
    }

    /** Expires every notice in force whose expiry date has passed; returns how many. */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        int count = 0;
        for (StoredNotice n : store.expiredBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            StoredNotice expired = copy(n, NoticeStatus.EXPIRED, false, now, "tangier", n.submittedBy(),
                    n.reviewedAt(), n.reviewedBy(), n.reviewReasons());
            if (!store.update(expired, n.version())) {
                continue;
            }
            store.addHistory(n.id(), now, "tangier", n.owner(), "expire", "expired on " + n.expiresOn());
            audit.record(AuditActor.system(), AuditEvent.success("notice.expire", "notice", n.id().toString())
                    .withDetail(n.reference() + " expired on " + n.expiresOn()));
            events.publishEvent(new NoticeWithdrawn(n.id(), n.subjects(), "expired on " + n.expiresOn()));
            count++;
        }
        return count;
    }

    // ---- UN sanctions list import

    /** Creates or refreshes the importing agency's published UN notice for one listed individual. */
    @Transactional
    public boolean upsertUnNotice(Caller caller, String unReference, UUID subject, String summary,
            Map<String, String> fields) {
        requireWriter(caller);
        Instant now = clock.instant();
        Map<String, String> clean = NoticeFields.clean(NoticeType.UN, fields);
        Optional<StoredNotice> existing = store.findByExternalId(caller.agencyCode(), unReference);
        if (existing.isPresent()) {
            StoredNotice c = existing.get();
            boolean wasInForce = c.status().inForce();
            StoredNotice next = new StoredNotice(c.id(), c.reference(), c.type(), false, c.owner(),
                    Restriction.ALL_MEMBERS, NoticeStatus.PUBLISHED, false, c.instruction(), summary(summary), clean,
                    c.expiresOn().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? c.expiresOn()
                            : LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(NOTICE_YEARS),
                    c.externalId(), c.version() + 1, c.createdAt(), c.createdBy(), now, caller.name(), c.submittedBy(),
                    now, caller.name(), "UN Security Council consolidated list", List.of(subject));
            save(next, c.version());
            transition(caller, next, "import-update", unReference);
            if (!wasInForce || !c.subjects().equals(next.subjects()) || !c.restriction().equals(next.restriction())) {
                events.publishEvent(next.inForce());
            }
            return false;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        StoredNotice n = new StoredNotice(UUID.randomUUID(),
                store.nextReference(NoticeType.UN, caller.agencyCode(), today.getYear()), NoticeType.UN, false,
                caller.agencyCode(), Restriction.ALL_MEMBERS, NoticeStatus.PUBLISHED, false,
                NoticeFields.defaultInstruction(NoticeType.UN), summary(summary), clean, today.plusYears(NOTICE_YEARS),
                unReference, 1, now, caller.name(), now, caller.name(), caller.name(), now, caller.name(),
                "UN Security Council consolidated list", List.of(subject));
        store.insert(n);
        transition(caller, n, "import", unReference);
        events.publishEvent(n.inForce());
        return true;
    }

    // ---- rules

    private boolean visible(Caller caller, StoredNotice n) {
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

    private boolean coordinates(Caller caller) {
        return caller.has(Role.REVIEWER) && caller.agencyCode().equals(coordinationAgency);
    }

    private static boolean ownWork(Caller caller, StoredNotice n) {
        return caller.name().equals(n.createdBy()) || caller.name().equals(n.submittedBy());
    }

    private StoredNotice reviewable(Caller caller, UUID id) {
        requireReviewer(caller);
        StoredNotice n = store.find(id).filter(x -> visible(caller, x))
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (!caller.agencyCode().equals(coordinationAgency) && !caller.agencyCode().equals(n.owner())) {
            throw ProblemException.forbidden("Notices are reviewed by reviewers of the coordination centre ("
                    + coordinationAgency + ") or of the owning agency (" + n.owner() + ").");
        }
        if (ownWork(caller, n)) {
            throw ProblemException.forbidden("You drafted or submitted this notice: another reviewer must review it.");
        }
        boolean awaiting = n.status() == NoticeStatus.SUBMITTED || (n.status() == NoticeStatus.PUBLISHED && n.reviewPending());
        if (!awaiting) {
            throw ProblemException.conflict("This notice is not awaiting review; it is "
                    + n.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return n;
    }

    private StoredNotice owned(Caller caller, UUID id) {
        StoredNotice n = store.find(id).filter(x -> visible(caller, x))
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        if (!n.owner().equals(caller.agencyCode())) {
            throw ProblemException.forbidden("Only the owning agency (" + n.owner() + ") changes this notice.");
        }
        return n;
    }

    private void save(StoredNotice next, int expectedVersion) {
        if (!store.update(next, expectedVersion)) {
            throw ProblemException.conflict("The notice changed since version " + expectedVersion
                    + "; reload it and apply your change again.");
        }
    }

    private void transition(Caller caller, StoredNotice n, String action, String detail) {
        store.addHistory(n.id(), n.updatedAt(), caller.name(), caller.agencyCode(), action,
                detail == null ? null : truncate(detail, 4000));
        audit.record(AuditActor.of(caller), AuditEvent.success("notice." + action, "notice", n.id().toString())
                .withDetail(truncate(n.reference() + " " + n.status().name().toLowerCase(Locale.ROOT)
                        + (detail == null ? "" : ": " + detail), 500)));
    }

    private static StoredNotice copy(StoredNotice c, NoticeStatus status, boolean reviewPending, Instant now, String by,
            String submittedBy, Instant reviewedAt, String reviewedBy, String reasons) {
        return new StoredNotice(c.id(), c.reference(), c.type(), c.diffusion(), c.owner(), c.restriction(), status,
                reviewPending, c.instruction(), c.summary(), c.fields(), c.expiresOn(), c.externalId(), c.version() + 1,
                c.createdAt(), c.createdBy(), now, by, submittedBy, reviewedAt, reviewedBy, reasons, c.subjects());
    }

    private NoticeView view(StoredNotice n, Caller caller, boolean full) {
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

    private List<UUID> subjects(Caller caller, List<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>(ids);
        if (unique.size() > MAX_SUBJECTS) {
            throw ProblemException.invalidField("subjects", "at most " + MAX_SUBJECTS + " subjects");
        }
        for (UUID id : unique) {
            RecordView r = records.read(caller, id, "notice subject").orElseThrow(() ->
                    ProblemException.invalidField("subjects", "no record " + id + " that your agency may see"));
            if (r.status() != RecordStatus.ACTIVE) {
                throw ProblemException.invalidField("subjects", "record " + id + " is cancelled");
            }
        }
        return List.copyOf(unique);
    }

    private static NoticeType type(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("type", "required: RED, YELLOW, BLUE, BLACK, GREEN, ORANGE, PURPLE or UN");
        }
        try {
            return NoticeType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "'" + value + "' is not one of RED, YELLOW, BLUE, BLACK, GREEN, ORANGE, PURPLE, UN");
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
        throw ProblemException.invalidField("instruction", "one of arrest, locate, do-not-alert, contact-owner");
    }

    /**
     * A diffusion is restricted to its recipients; a notice to what its owner writes, the owner alone when nothing is
     * written (deny by default). Every agency named must be a member.
     */
    private Restriction restriction(NoticeDraft draft, boolean diffusion, String owner) {
        if (diffusion) {
            List<String> recipients = draft.recipients().stream().filter(r -> r != null && !r.isBlank())
                    .map(r -> r.trim().toUpperCase(Locale.ROOT)).filter(r -> !r.equals(owner)).toList();
            if (recipients.isEmpty()) {
                throw ProblemException.invalidField("recipients", "a diffusion goes to at least one other agency");
            }
            try {
                return Restriction.only(recipients.toArray(String[]::new)).requireKnownAgencies(this::isMember);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("recipients", e.getMessage());
            }
        }
        if (draft.restriction() == null || draft.restriction().isBlank()) {
            return Restriction.DEFAULT;
        }
        try {
            return Restriction.parse(draft.restriction()).requireKnownAgencies(this::isMember);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("restriction", e.getMessage());
        }
    }

    private boolean isMember(String code) {
        return agencies.find(code).isPresent();
    }

    private static String summary(String value) {
        String s = value == null ? "" : value.strip();
        if (s.length() > 4000) {
            throw ProblemException.invalidField("summary", "at most 4000 characters");
        }
        return s;
    }

    private LocalDate expiresOn(LocalDate requested, boolean diffusion, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (requested == null) {
            return today.plusYears(diffusion ? DIFFUSION_YEARS : NOTICE_YEARS);
        }
        if (!requested.isAfter(today) || requested.isAfter(today.plusYears(MAX_YEARS))) {
            throw ProblemException.invalidField("expiresOn", "a date after today and at most " + MAX_YEARS + " years ahead");
        }
        return requested;
    }

    private static String reason(String value, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, detail);
        }
        return truncate(value.strip(), 4000);
    }

    private static void requireWriter(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.forbidden("Creating and changing notices needs the bureau-officer role.");
        }
    }

    private static void requireReviewer(Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            throw ProblemException.forbidden("Reviewing notices needs the reviewer role.");
        }
    }

    private static void requireReader(Caller caller) {
        caller.requireAny(READERS, "Reading notices needs the bureau-officer, reviewer, duty-officer or analyst role.");
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
