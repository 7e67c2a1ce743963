package org.tangier.records.internal;

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
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;

/**
 * Records for the pickers of the pages (link a record, watch a record, attach a record to a message) and for naming
 * record ids wherever they appear. Through the record service: the access rules apply and each use is audited.
 */
@RestController
class RecordOptions {

    private static final int MAX = 20;

    private final RecordService records;

    RecordOptions(RecordService records) {
        this.records = records;
    }

    @GetMapping("/records/options")
    List<PickerOption> options(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> id) {
        Caller caller = Callers.required();
        List<PickerOption> options = new ArrayList<>();
        if (id != null) {
            for (String one : id.stream().limit(MAX).toList()) {
                parse(one).flatMap(u -> records.read(caller, u, "name a record on a page")).ifPresent(r -> options.add(option(r)));
            }
            return options;
        }
        if (q == null || q.trim().length() < 2) {
            return options;
        }
        for (RecordView r : records.search(caller, new RecordSearch(null, q.trim(), RecordStatus.ACTIVE, null, MAX, 0),
                "choose a record")) {
            options.add(option(r));
        }
        return options;
    }

    private static PickerOption option(RecordView r) {
        String reference = r.type().id() + " · " + r.owner() + (r.externalId() == null ? "" : " · " + r.externalId());
        return new PickerOption(r.id().toString(), r.caption(), reference, "/records/" + r.id());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
