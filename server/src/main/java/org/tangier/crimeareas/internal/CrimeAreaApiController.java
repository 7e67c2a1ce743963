package org.tangier.crimeareas.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.crimeareas.CrimeArea;

/** The reference list, for clients that fill {@code crimeAreas}: any authenticated caller may read it. */
@RestController
@RequestMapping("/api/v1/crime-areas")
@Tag(name = "Crime areas", description = "The crime-area list (INTERPOL crime areas, EMPACT 2022-2025 priorities mapped)")
class CrimeAreaApiController {

    private final MessageSource messages;

    CrimeAreaApiController(MessageSource messages) {
        this.messages = messages;
    }

    /** One area: its id, its name in the caller's language, and the EMPACT priorities mapped onto it. */
    record Area(String id, String name, List<String> empactPriorities) {
    }

    @GetMapping
    @Operation(summary = "The crime areas, in order: id (what crimeAreas carries), name in the caller's language, EMPACT priorities")
    List<Area> list() {
        return Arrays.stream(CrimeArea.values()).map(a -> new Area(a.id(),
                messages.getMessage(a.messageKey(), null, a.id(), LocaleContextHolder.getLocale()), a.empactPriorities()))
                .toList();
    }
}
