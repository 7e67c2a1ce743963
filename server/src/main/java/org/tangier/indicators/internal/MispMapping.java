package org.tangier.indicators.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * MISP core-format events to and from Tangier's indicators. Attributes (and coin-address objects) of the kinds
 * Tangier keeps are read; distribution maps to restrictions: 0 (organisation only) and 4 (sharing group) to the
 * owner alone, 1-3 (community, connected communities, all) to all members, 5 to the event's. Tangier writes the
 * exact restriction as the tag {@code tangier:restriction="..."} so an exported event re-imports to the same objects.
 */
final class MispMapping {

    /** One attribute read, or the reason it was refused; {@code indicator} null and {@code error} null: skipped. */
    record Read(int index, String id, ExchangedIndicator indicator, String error) {
    }

    private MispMapping() {
    }

    static List<Read> read(JsonNode root) {
        JsonNode event = root == null ? null : root.has("Event") ? root.get("Event") : root;
        if (event == null || !event.isObject() || (event.get("Attribute") == null && event.get("Object") == null)) {
            throw new IllegalArgumentException("a MISP event is {\"Event\": {\"Attribute\": [...], \"Object\": [...]}}");
        }
        String eventDistribution = text(event, "distribution");
        List<Read> reads = new ArrayList<>();
        int index = 0;
        if (event.get("Attribute") != null) {
            for (JsonNode a : event.get("Attribute")) {
                reads.add(attribute(index++, a, eventDistribution, null));
            }
        }
        if (event.get("Object") != null) {
            for (JsonNode o : event.get("Object")) {
                String symbol = null;
                JsonNode address = null;
                if ("coin-address".equals(text(o, "name")) && o.get("Attribute") != null) {
                    for (JsonNode a : o.get("Attribute")) {
                        if ("symbol".equals(text(a, "object_relation"))) {
                            symbol = text(a, "value");
                        } else if ("address".equals(text(a, "object_relation"))) {
                            address = a;
                        }
                    }
                }
                reads.add(address == null ? new Read(index++, text(o, "uuid"), null, null)
                        : attribute(index++, address, eventDistribution, symbol == null ? "BTC" : symbol));
            }
        }
        return reads;
    }

    private static Read attribute(int index, JsonNode a, String eventDistribution, String coin) {
        String id = text(a, "uuid");
        try {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an attribute has a uuid");
            }
            String type = coin != null ? "coin-address" : String.valueOf(text(a, "type")).toLowerCase(Locale.ROOT);
            String chain = coin;
            String kind = switch (type) {
                case "ip-src", "ip-dst" -> "ip-address";
                case "domain", "hostname" -> "domain";
                case "email", "email-src", "email-dst" -> "email";
                case "phone-number" -> "phone";
                case "iban", "bank-account-nr" -> "bank-account";
                case "btc" -> {
                    chain = "BTC";
                    yield "crypto-wallet";
                }
                case "xmr" -> {
                    chain = "XMR";
                    yield "crypto-wallet";
                }
                case "coin-address" -> "crypto-wallet";
                default -> null;
            };
            if (kind == null) {
                return new Read(index, id, null, null);
            }
            String value = text(a, "value");
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the attribute has no value");
            }
            String restriction = null;
            if (a.get("Tag") != null) {
                for (JsonNode tag : a.get("Tag")) {
                    String name = text(tag, "name");
                    if (name != null && name.startsWith("tangier:restriction=\"") && name.endsWith("\"")) {
                        restriction = name.substring("tangier:restriction=\"".length(), name.length() - 1);
                    }
                }
            }
            if (restriction == null) {
                restriction = distribution(text(a, "distribution"), eventDistribution);
            }
            return new Read(index, id, new ExchangedIndicator(id, kind, value, chain, restriction, text(a, "comment")), null);
        } catch (IllegalArgumentException e) {
            return new Read(index, id, null, e.getMessage());
        }
    }

    private static String distribution(String attribute, String event) {
        String d = attribute == null || attribute.equals("5") ? event : attribute;
        if (d == null) {
            return null;
        }
        return switch (d) {
            case "1", "2", "3" -> "all";
            case "0", "4" -> "owner";
            default -> throw new IllegalArgumentException("distribution " + d + " is not 0 to 5");
        };
    }

    static ObjectNode event(List<ExchangedIndicator> indicators, String date) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode event = root.putObject("Event");
        event.put("uuid", UUID.randomUUID().toString());
        event.put("info", "Tangier indicators export");
        event.put("date", date);
        event.put("distribution", "0");
        event.put("threat_level_id", "4");
        event.put("analysis", "2");
        ArrayNode attributes = event.putArray("Attribute");
        for (ExchangedIndicator i : indicators) {
            ObjectNode a = attributes.addObject();
            a.put("uuid", i.id());
            a.put("type", switch (i.kind()) {
                case "ip-address" -> "ip-dst";
                case "domain" -> "domain";
                case "email" -> "email";
                case "phone" -> "phone-number";
                case "bank-account" -> "bank-account-nr";
                default -> "BTC".equals(i.chain()) ? "btc" : "XMR".equals(i.chain()) ? "xmr" : "other";
            });
            if ("other".equals(a.get("type").asString())) {
                // a wallet of another chain travels as a coin-address object
                attributes.remove(attributes.size() - 1);
                ObjectNode o = event.withArray("Object").addObject();
                o.put("name", "coin-address");
                o.put("uuid", UUID.nameUUIDFromBytes(i.id().getBytes(StandardCharsets.UTF_8)).toString());
                ArrayNode oa = o.putArray("Attribute");
                ObjectNode address = oa.addObject();
                address.put("object_relation", "address");
                address.put("type", "btc");
                fill(address, i);
                ObjectNode symbol = oa.addObject();
                symbol.put("object_relation", "symbol");
                symbol.put("type", "text");
                symbol.put("value", i.chain());
                continue;
            }
            fill(a, i);
        }
        return root;
    }

    /**
     * Adds the indicator sightings to the event's attributes (and coin-address objects' address attributes) as MISP
     * sightings: type 0 (seen), the time in epoch seconds, the checking agency as the sighting's organisation.
     */
    static void addSightings(ObjectNode root, Map<String, List<IndicatorSighting>> byIndicator) {
        JsonNode event = root.get("Event");
        List<JsonNode> attributes = new ArrayList<>();
        event.path("Attribute").forEach(attributes::add);
        event.path("Object").forEach(o -> o.path("Attribute").forEach(attributes::add));
        for (JsonNode a : attributes) {
            List<IndicatorSighting> list = byIndicator.get(text(a, "uuid"));
            if (list == null || !(a instanceof ObjectNode attribute)) {
                continue;
            }
            ArrayNode out = attribute.putArray("Sighting");
            for (IndicatorSighting s : list) {
                ObjectNode sighting = out.addObject();
                sighting.put("uuid", s.id().toString());
                sighting.put("type", "0");
                sighting.put("date_sighting", Long.toString(s.sightedAt().getEpochSecond()));
                sighting.put("source", "tangier");
                sighting.putObject("Organisation").put("name", s.checkingAgency());
            }
        }
    }

    private static void fill(ObjectNode a, ExchangedIndicator i) {
        a.put("uuid", i.id());
        a.put("category", "Network activity");
        a.put("to_ids", true);
        a.put("value", i.value());
        a.put("distribution", "all".equals(i.restriction()) ? "1" : i.restriction().equals("owner") ? "0" : "4");
        if (i.description() != null) {
            a.put("comment", i.description());
        }
        a.putArray("Tag").addObject().put("name", "tangier:restriction=\"" + i.restriction() + "\"");
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
