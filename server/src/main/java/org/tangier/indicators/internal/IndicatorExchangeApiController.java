package org.tangier.indicators.internal;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Cyber indicators", description = "STIX 2.1 bundles and MISP events in and out")
class IndicatorExchangeApiController {

    private final IndicatorExchange exchange;
    private final IndicatorSightings sightings;
    private final MispFeeds feeds;

    IndicatorExchangeApiController(IndicatorExchange exchange, IndicatorSightings sightings, MispFeeds feeds) {
        this.exchange = exchange;
        this.sightings = sightings;
        this.feeds = feeds;
    }

    @GetMapping("/feeds")
    @Operation(summary = "The MISP feeds configured (tangier.indicators.feeds)")
    List<String> feeds() {
        Callers.required();
        return feeds.names();
    }

    @PostMapping("/feeds/{name}/pull")
    @Operation(summary = "Pull a configured MISP feed (manifest.json and its events) into your agency's indicators",
            description = "Each event imports as POST /import?format=misp would; indicators on a warning list are "
                    + "imported cancelled (not screened) and listed under warned. Only configured URLs are fetched.")
    MispFeeds.PullAnswer pull(@PathVariable String name, @RequestParam(required = false) String restriction) {
        return feeds.pull(Callers.required(), name, restriction);
    }

    @GetMapping("/sightings")
    @Operation(summary = "Indicator sightings: the hits other agencies' checks raised on your agency's indicators",
            description = "Only the indicators' owner reads them; each names the checking agency (as the hit does), "
                    + "the hit to open and when. record= narrows to one indicator record. Newest first.")
    List<IndicatorSighting> sightings(@RequestParam(required = false) UUID record,
            @RequestParam(defaultValue = "500") int limit) {
        return sightings.ofOwner(Callers.required(), record, limit);
    }

    @PostMapping("/import")
    @Operation(summary = "Import a STIX 2.1 bundle or a MISP event as indicator records (upsert on the STIX id / MISP uuid)",
            description = "TLP markings and MISP distribution set each object's restriction; restriction= is the default "
                    + "for objects without one (owner when absent). Answers {imported, updated, rejected:[{index, id, error}]}.")
    IndicatorExchange.ImportAnswer importIndicators(@RequestParam String format, @RequestParam(required = false) String restriction,
            @RequestBody String body) {
        if (body.length() > 50 * 1024 * 1024) {
            throw ProblemException.of(400, "indicators.most-50-mb-import");
        }
        return exchange.importBody(Callers.required(), format, body, restriction);
    }

    @GetMapping("/export")
    @Operation(summary = "Export the indicators you may see as a STIX 2.1 bundle or a MISP event")
    JsonNode export(@RequestParam String format) {
        return exchange.export(Callers.required(), format);
    }
}
