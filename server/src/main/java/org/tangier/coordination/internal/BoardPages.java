package org.tangier.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tangier.access.AccessRules;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.analysis.RaisedWarnings;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.Hits;
import org.tangier.hits.WaitingHit;
import org.tangier.messaging.Messaging;
import org.tangier.notices.Notices;
import org.tangier.operations.Operations;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.platform.web.WorldMap;

/**
 * The coordination-centre board: hits waiting for their owner's acknowledgement with how long each has waited, those
 * past their deadline in red, and where they happen by country; new hits arrive live. The coordination agency's
 * duty officers see every hit; another agency's duty officers see the hits it owns or caused.
 */
@Controller
class BoardPages {

    private final Hits hits;
    private final Messaging messaging;
    private final Operations operations;
    private final HitEscalation escalation;
    private final WorldMap map;
    private final Notices notices;
    private final BoardStream stream;
    private final AuditLog audit;
    private final Clock clock;
    private final CoordinationCentre centre;
    private final RaisedWarnings warnings;

    BoardPages(Hits hits, Messaging messaging, Operations operations, HitEscalation escalation, WorldMap map,
            Notices notices, BoardStream stream, AuditLog audit, Clock clock, CoordinationCentre centre,
            RaisedWarnings warnings) {
        this.warnings = warnings;
        this.map = map;
        this.notices = notices;
        this.hits = hits;
        this.messaging = messaging;
        this.operations = operations;
        this.escalation = escalation;
        this.stream = stream;
        this.audit = audit;
        this.clock = clock;
        this.centre = centre;
    }

    @GetMapping("/board")
    String board(Model model) {
        Caller caller = dutyOfficer();
        fill(model, caller);
        model.addAttribute("urgentMessages", messaging.recentUrgent(caller, 20));
        model.addAttribute("noticeMap", map.svg(noticesByCountry(caller)));
        model.addAttribute("activeOperations", operations.underWay(caller));
        // the early warnings pushed for the duty officer's agency (the centre's cover every agency's hits)
        model.addAttribute("earlyWarnings", warnings.recentFor(caller.agencyCode(), 2));
        return "coordination/board";
    }

    /** htmx: the early-warnings list again, when the stream says a warning was raised for the agency. */
    @GetMapping("/board/warnings")
    String warningsFragment(Model model) {
        model.addAttribute("earlyWarnings", warnings.recentFor(dutyOfficer().agencyCode(), 2));
        return "coordination/board :: warnings";
    }

    @GetMapping("/board/hits")
    String hitsFragment(Model model) {
        fill(model, dutyOfficer());
        return "coordination/board :: hits";
    }

    /** The duty officer takes a hit over, calls the owner in, or notes what was done: kept on the hit, audited. */
    @org.springframework.web.bind.annotation.PostMapping("/board/hits/{id}/action")
    String action(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String action,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            hits.logCoordinationAction(dutyOfficer(), id, action);
            redirect.addFlashAttribute("logged", true);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/board";
    }

    @GetMapping(path = "/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live() {
        Caller caller = dutyOfficer();
        return stream.open(scope(caller), caller.agencyCode());
    }

    private void fill(Model model, Caller caller) {
        String scope = scope(caller);
        Instant now = clock.instant();
        List<BoardRow> rows = hits.waitingFor(caller, 500).stream()
                .filter(h -> scope == null || h.ownerAgency().equals(scope) || h.checkingAgency().equals(scope))
                .map(h -> new BoardRow(h, Duration.between(h.raisedAt(), now).toMinutes(), h.overdue(now),
                        escalation.escalated(h.id()), Duration.between(now, h.acknowledgeBy()).toMinutes(),
                        placeOfCheck(h)))
                .toList();
        Map<String, Long> byCountry = new TreeMap<>();
        for (BoardRow row : rows) {
            if (row.place() != null) {
                byCountry.merge(row.place(), 1L, Long::sum);
            }
        }
        long max = byCountry.values().stream().mapToLong(Long::longValue).max().orElse(1);
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(BoardRow::overdue).count());
        model.addAttribute("byCountry", byCountry);
        model.addAttribute("maxCount", max);
        model.addAttribute("hitMap", map.svg(byCountry));
        model.addAttribute("scope", scope);
        audit.record(new AuditEvent("board.view", "hit", null, "coordination board", AuditEvent.Outcome.SUCCESS,
                rows.size() + " waiting hits"));
    }

    /** Notices and diffusions in force that the caller's agency may see, by the owning agency's country. */
    private Map<String, Long> noticesByCountry(Caller caller) {
        Map<String, Long> counts = new TreeMap<>();
        notices.forEachInForce(n -> {
            if (AccessRules.maySee(caller.agencyCode(), n.ownerAgency(), n.restriction())
                    && map.knows(n.ownerAgency())) {
                counts.merge(n.ownerAgency(), 1L, Long::sum);
            }
        });
        return counts;
    }

    private String scope(Caller caller) {
        return centre.is(caller.agencyCode()) || caller.isPlatformAdmin() ? null : caller.agencyCode();
    }

    private static Caller dutyOfficer() {
        Caller caller = Callers.required();
        if (!caller.has(Role.DUTY_OFFICER) && !caller.isPlatformAdmin()) {
            throw ProblemException.of(403, "coordination.board-duty-officers");
        }
        return caller;
    }

    /**
     * Where the check happened: the country the checkpoint reported, else the country of a UN/LOCODE checkpoint
     * ("MA TNG"), else the checking agency if it is a country on the map. Null when unknown: such a hit is
     * not drawn rather than drawn where the check did not happen.
     */
    String placeOfCheck(WaitingHit h) {
        if (h.locationCountry() != null && !h.locationCountry().isBlank()) {
            return h.locationCountry().trim().toUpperCase(Locale.ROOT);
        }
        String checkpoint = h.checkpoint() == null ? "" : h.checkpoint().trim().toUpperCase(Locale.ROOT);
        if (checkpoint.matches("[A-Z]{2} [A-Z2-9]{3}") && map.knows(checkpoint.substring(0, 2))) {
            return checkpoint.substring(0, 2);
        }
        return map.knows(h.checkingAgency()) ? h.checkingAgency() : null;
    }

    /**
     * A waiting hit, how long it has waited, whether its acknowledgement deadline has passed, the minutes left until
     * it (negative once past), and the country where the check happened.
     */
    record BoardRow(WaitingHit hit, long waitedMinutes, boolean overdue, boolean escalated, long minutesLeft,
            String place) {
    }
}
