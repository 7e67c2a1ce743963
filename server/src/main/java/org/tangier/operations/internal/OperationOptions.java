package org.tangier.operations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.PickerOption;
import org.tangier.platform.ProblemException;

/**
 * Operations for the pickers (link an operation to a message) and for naming operation ids on the pages: by name,
 * with the lead agency and status as reference. Only the operations the caller's agency takes part in, through the
 * operation service (audited).
 */
@RestController
class OperationOptions {

    private static final int MAX = 20;

    private final OperationService operations;

    OperationOptions(OperationService operations) {
        this.operations = operations;
    }

    @GetMapping("/operations/options")
    List<PickerOption> options(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> id) {
        Caller caller = Callers.required();
        List<PickerOption> options = new ArrayList<>();
        if (id != null) {
            for (String one : id.stream().limit(MAX).toList()) {
                parse(one).flatMap(u -> readable(caller, u)).ifPresent(o -> options.add(
                        option(o.id(), o.name(), o.lead(), o.status().name())));
            }
            return options;
        }
        if (q == null || q.trim().length() < 2) {
            return options;
        }
        String text = q.trim().toLowerCase(Locale.ROOT);
        operations.list(caller).stream().filter(o -> o.name().toLowerCase(Locale.ROOT).contains(text)).limit(MAX)
                .forEach(o -> options.add(option(o.id(), o.name(), o.lead(), o.status().name())));
        return options;
    }

    private Optional<OperationModel.OperationView> readable(Caller caller, UUID id) {
        try {
            return Optional.of(operations.read(caller, id));
        } catch (ProblemException e) {
            return Optional.empty(); // not a participant: the id stays unnamed
        }
    }

    private static PickerOption option(UUID id, String name, String lead, String status) {
        return new PickerOption(id.toString(), name, lead + " · " + status.toLowerCase(Locale.ROOT), "/operations/" + id);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
