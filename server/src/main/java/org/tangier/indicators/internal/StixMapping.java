package org.tangier.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * STIX 2.1 indicators to and from Tangier's. Patterns of one comparison are read ({@code [ipv4-addr:value = '...']});
 * TLP 2.0 (and 1.0) marking definitions map to restrictions: CLEAR, WHITE and GREEN to all members; AMBER,
 * AMBER+STRICT and RED to the owner alone. Tangier writes the exact restriction in {@code x_tangier_restriction}
 * and the chain of a wallet in {@code x_tangier_chain}, so a bundle it exported re-imports to the same objects.
 */
final class StixMapping {

    static final Map<String, String> TLP = Map.of(
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "all", // TLP:CLEAR
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "all", // TLP:GREEN
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "owner", // TLP:AMBER
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "owner", // TLP:AMBER+STRICT
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "owner", // TLP:RED
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "all", // TLP 1.0 WHITE
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "all", // TLP 1.0 GREEN
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "owner", // TLP 1.0 AMBER
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "owner"); // TLP 1.0 RED
    static final String GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    static final String AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    static final String RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    /** STIX cyber-observable object paths by Tangier kind; phones, accounts and wallets have no STIX SCO. */
    static final Map<String, String> PATHS = Map.of("ip-address", "ipv4-addr:value", "domain", "domain-name:value",
            "email", "email-addr:value", "phone", "x-tangier-phone:value", "bank-account", "x-tangier-bank-account:value",
            "crypto-wallet", "x-tangier-crypto-wallet:value");
    private static final Pattern PATTERN = Pattern.compile(
            "\\[\\s*([a-z0-9-]+):([a-z_.]+)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*]");

    private StixMapping() {
    }

    /** Reads one STIX object; objects that are not indicators answer null (skipped, not rejected). */
    static ExchangedIndicator read(JsonNode o) {
        String type = text(o, "type");
        if (!"indicator".equals(type)) {
            return null;
        }
        String id = text(o, "id");
        if (id == null || !id.startsWith("indicator--")) {
            throw new IllegalArgumentException("an indicator's id is indicator--<uuid>");
        }
        String pattern = text(o, "pattern");
        if (pattern == null || !"stix".equals(text(o, "pattern_type") == null ? "stix" : text(o, "pattern_type"))) {
            throw new IllegalArgumentException("only STIX patterns are read (pattern_type stix)");
        }
        Matcher m = PATTERN.matcher(pattern.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("only patterns of one comparison are read, like [ipv4-addr:value = '203.0.113.7']");
        }
        String kind = switch (m.group(1) + ":" + m.group(2)) {
            case "ipv4-addr:value", "ipv6-addr:value" -> "ip-address";
            case "domain-name:value" -> "domain";
            case "email-addr:value" -> "email";
            case "x-tangier-phone:value" -> "phone";
            case "x-tangier-bank-account:value" -> "bank-account";
            case "x-tangier-crypto-wallet:value" -> "crypto-wallet";
            default -> throw new IllegalArgumentException("'" + m.group(1) + ":" + m.group(2) + "' is not an indicator Tangier keeps");
        };
        String value = m.group(3).replace("\\'", "'").replace("\\\\", "\\");
        String restriction = text(o, "x_tangier_restriction");
        if (restriction == null && o.get("object_marking_refs") != null) {
            for (JsonNode ref : o.get("object_marking_refs")) {
                String mapped = TLP.get(ref.asString());
                if (mapped != null) {
                    restriction = restriction == null || mapped.equals("owner") ? mapped : restriction;
                }
            }
        }
        return new ExchangedIndicator(id, kind, value, text(o, "x_tangier_chain"), restriction, text(o, "description"));
    }

    static ObjectNode write(ExchangedIndicator i, String created) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", "indicator");
        o.put("spec_version", "2.1");
        o.put("id", i.id());
        o.put("created", created);
        o.put("modified", created);
        o.put("pattern_type", "stix");
        String path = "ip-address".equals(i.kind()) && i.value().contains(":") ? "ipv6-addr:value" : PATHS.get(i.kind());
        o.put("pattern", "[" + path + " = '" + i.value().replace("\\", "\\\\").replace("'", "\\'") + "']");
        o.put("valid_from", created);
        if (i.description() != null) {
            o.put("description", i.description());
        }
        if (i.chain() != null) {
            o.put("x_tangier_chain", i.chain());
        }
        ArrayNode markings = o.putArray("object_marking_refs");
        markings.add("all".equals(i.restriction()) ? GREEN : "owner".equals(i.restriction()) ? RED : AMBER);
        o.put("x_tangier_restriction", i.restriction());
        return o;
    }

    /**
     * STIX 2.1 {@code sighting} objects, one per indicator sighting, each {@code sighting_of_ref} the exported
     * indicator and {@code where_sighted_refs} an {@code identity} for the checking agency (its id derived from the
     * agency code, so one agency is one identity across exports); the identities come first.
     */
    static List<ObjectNode> sightings(Map<String, List<IndicatorSighting>> byIndicator, String created) {
        Map<String, ObjectNode> identities = new java.util.LinkedHashMap<>();
        List<ObjectNode> sightings = new java.util.ArrayList<>();
        byIndicator.forEach((indicatorId, list) -> {
            for (IndicatorSighting s : list) {
                String identityId = identities.computeIfAbsent(s.checkingAgency(), agency -> identity(agency, created))
                        .get("id").asString();
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.put("type", "sighting");
                o.put("spec_version", "2.1");
                o.put("id", "sighting--" + s.id());
                o.put("created", created);
                o.put("modified", created);
                String at = s.sightedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
                o.put("first_seen", at);
                o.put("last_seen", at);
                o.put("count", 1);
                o.put("sighting_of_ref", indicatorId);
                o.putArray("where_sighted_refs").add(identityId);
                o.put("x_tangier_hit", s.hitId().toString());
                sightings.add(o);
            }
        });
        List<ObjectNode> all = new java.util.ArrayList<>(identities.values());
        all.addAll(sightings);
        return all;
    }

    private static ObjectNode identity(String agency, String created) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", "identity");
        o.put("spec_version", "2.1");
        o.put("id", "identity--" + UUID.nameUUIDFromBytes(("tangier-agency:" + agency).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        o.put("created", created);
        o.put("modified", created);
        o.put("name", agency);
        o.put("identity_class", "organization");
        return o;
    }

    static ObjectNode bundle(List<ObjectNode> objects) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("type", "bundle");
        b.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode list = b.putArray("objects");
        objects.forEach(list::add);
        return b;
    }

    static List<JsonNode> objects(JsonNode bundle) {
        if (bundle == null || !"bundle".equals(text(bundle, "type")) || bundle.get("objects") == null || !bundle.get("objects").isArray()) {
            throw new IllegalArgumentException("a STIX bundle is {\"type\": \"bundle\", \"id\", \"objects\": [...]}");
        }
        List<JsonNode> list = new ArrayList<>();
        bundle.get("objects").forEach(list::add);
        return list;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
