package org.tangier.operations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "The agency's webhooks (agency admins): hit, message and operation events, signed")
class WebhookApiController {

    private final WebhookService webhooks;

    WebhookApiController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    List<WebhookService.Webhook> list() {
        return webhooks.list(Callers.required());
    }

    @PostMapping
    @Operation(summary = "Add a webhook: {url, events: [hit, message, operation]}; the answer holds the signing secret, shown once")
    ResponseEntity<WebhookService.Created> create(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.of(400, "operations.json-object-expected");
        }
        Set<String> events = new LinkedHashSet<>();
        body.path("events").forEach(n -> events.add(n.asString()));
        JsonNode url = body.get("url");
        return ResponseEntity.status(201).body(webhooks.create(Callers.required(), url == null ? null : url.asString(), events));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> deactivate(@PathVariable UUID id) {
        webhooks.deactivate(Callers.required(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/deliveries")
    @Operation(summary = "The delivery log, newest first")
    List<WebhookService.Delivery> deliveries(@RequestParam(defaultValue = "100") int limit) {
        return webhooks.deliveries(Callers.required(), limit);
    }

    @PostMapping("/deliveries/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        webhooks.retry(Callers.required(), id);
        return ResponseEntity.accepted().build();
    }
}
