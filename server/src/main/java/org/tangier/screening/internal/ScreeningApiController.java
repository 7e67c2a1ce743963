package org.tangier.screening.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.matching.mrz.Mrz;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening", description = "Hit/no-hit checks of persons, documents, MRZs, vehicles, firearms and indicators")
class ScreeningApiController {

    private final ScreeningService screening;
    private final ScreeningIndex index;

    ScreeningApiController(ScreeningService screening, ScreeningIndex index) {
        this.screening = screening;
        this.index = index;
    }

    @PostMapping("/checks")
    @Operation(summary = "One check: any mix of name, birthDate, nationality, gender, document, mrz, vehicle, firearm, "
            + "indicator; purpose required. Answer HIT / POSSIBLE / NO_HIT with what each owner lets you see.")
    CheckAnswer check(@RequestBody CheckRequest request) {
        return screening.check(Callers.required(), request);
    }

    /** Body: {"mrz": "P<UTO...\nL898...", "purpose": "border control", "location": {...}} */
    @PostMapping(path = "/mrz", consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Parse an MRZ (TD1, TD2, TD3, MRV-A, MRV-B) and check its holder and document")
    MrzCheck mrz(@RequestBody Map<String, Object> body) {
        Object text = body.get("mrz");
        if (!(text instanceof String mrz) || mrz.isBlank()) {
            throw ProblemException.invalid("mrz", "screening.required-mrz-lines-read-separated");
        }
        Caller caller = ScreeningService.requireChecker(Callers.required());
        ScreeningService.requirePurpose(body.get("purpose") instanceof String p ? p : null);
        Mrz parsed = Probe.parseMrz(mrz);
        CheckRequest.Location location = null;
        if (body.get("location") instanceof Map<?, ?> loc) {
            location = new CheckRequest.Location(str(loc.get("checkpoint")), str(loc.get("country")));
        }
        CheckAnswer answer = screening.check(caller,
                CheckRequest.forPurpose((String) body.get("purpose")).at(location).mrz(mrz).build());
        return new MrzCheck(MrzView.of(parsed), answer);
    }

    /** The raw MRZ as a text/plain body (what a document reader emits), purpose and checkpoint as parameters. */
    @PostMapping(path = "/mrz", consumes = org.springframework.http.MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Parse a raw MRZ sent as text/plain (?purpose=...&checkpoint=...) and check holder and document")
    MrzCheck mrzText(@RequestBody String mrz, @org.springframework.web.bind.annotation.RequestParam(required = false) String purpose,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String checkpoint) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("mrz", mrz);
        body.put("purpose", purpose);
        if (checkpoint != null) {
            body.put("location", Map.of("checkpoint", checkpoint));
        }
        return mrz(body);
    }

    record MrzCheck(MrzView parse, CheckAnswer check) {
    }

    @GetMapping("/index")
    @Operation(summary = "This node's screening index: records and keys held, bytes of the key index")
    ScreeningIndex.Stats stats() {
        Caller caller = Callers.required();
        if (!caller.has(Role.DUTY_OFFICER) && !caller.isPlatformAdmin() && !caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "screening.index-statistics-duty-officers-bureau");
        }
        return index.stats();
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }
}
