package org.tangier.notices.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.PickerOption;

/**
 * Notices for the pickers (link a notice to an operation or a message) and for naming notice ids wherever they appear,
 * by reference (RED-MA-2026-000001) and summary. Through the notice service: access rules and audit apply.
 */
@RestController
class NoticeOptions {

    private static final int MAX = 20;
    private static final int CAPTION = 80;

    private final NoticeService notices;

    NoticeOptions(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/notices/options")
    List<PickerOption> options(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> id) {
        Caller caller = Callers.required();
        List<PickerOption> options = new ArrayList<>();
        if (id != null) {
            for (String one : id.stream().limit(MAX).toList()) {
                parse(one).flatMap(u -> notices.read(caller, u, "name a notice on a page")).ifPresent(n -> options.add(option(n)));
            }
            return options;
        }
        if (q == null || q.trim().length() < 2) {
            return options;
        }
        for (NoticeView n : notices.search(caller, new NoticeFilter(null, null, null, null, q.trim(), MAX, 0), "choose a notice")) {
            options.add(option(n));
        }
        return options;
    }

    private static PickerOption option(NoticeView n) {
        String summary = n.summary() == null ? "" : n.summary();
        String caption = summary.length() <= CAPTION ? summary : summary.substring(0, CAPTION - 1) + "…";
        return new PickerOption(n.id().toString(), caption, n.reference(), "/notices/" + n.id());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
