package org.tangier.analysis.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart's nodes and edges as files other tools read: GraphML (yEd, Gephi, i2 import it) and FollowTheMoney
 * entities, one JSON object a line (Aleph, yente and the FtM tools read it). It writes only the answer it is given,
 * which the caller's view has already cut to what its agency may see.
 */
final class ChartExport {

    static final String GRAPHML = "graphml";
    static final String FTM = "ftm";

    private static final String[][] NODE_KEYS = {{"type", "type"}, {"caption", "caption"}, {"owner", "owner"},
            {"at", "at"}, {"country", "country"}, {"checkpoint", "checkpoint"}};

    private ChartExport() {
    }

    /** GraphML 1.0, undirected; node keys type, caption, owner (at, country, checkpoint for hits), edge keys kind, explanation. */
    static String graphml(GraphAnswer chart) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] key : NODE_KEYS) {
                key(xml, key[0], "node");
            }
            key(xml, "kind", "edge");
            key(xml, "explanation", "edge");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "chart");
            xml.writeAttribute("edgedefault", "undirected");
            for (GraphAnswer.Node n : chart.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                data(xml, "type", n.type());
                data(xml, "caption", n.caption());
                data(xml, "owner", n.owner());
                data(xml, "at", n.at());
                data(xml, "country", n.country());
                data(xml, "checkpoint", n.checkpoint());
                xml.writeEndElement();
            }
            int i = 0;
            for (GraphAnswer.Edge e : chart.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", e.source());
                xml.writeAttribute("target", e.target());
                data(xml, "kind", e.kind());
                data(xml, "explanation", e.explanation());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String name, String target) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * FollowTheMoney entities, one a line: each node as the nearest schema (Person, Passport, Vehicle, CryptoWallet,
     * UserAccount for the other indicators, Asset for a firearm, Event for a hit, Note for a notice, Project for an
     * operation) with its caption in that schema's naming property, and each edge as an UnknownLink (subject, object,
     * role = the edge's kind, summary = its explanation). Entity ids are Tangier's, so a re-export names the same
     * entities.
     */
    static String ftm(GraphAnswer chart, JsonMapper json) {
        StringBuilder out = new StringBuilder();
        for (GraphAnswer.Node n : chart.nodes()) {
            Map<String, List<String>> properties = new LinkedHashMap<>();
            String schema = switch (n.type()) {
                case "person" -> put(properties, "name", n.caption(), "Person");
                case "travel-document" -> passport(properties, n.caption());
                case "vehicle" -> put(properties, "name", n.caption(), "Vehicle");
                case "firearm" -> put(properties, "name", n.caption(), "Asset");
                case "indicator" -> indicator(properties, n.caption());
                case "hit" -> {
                    put(properties, "name", n.caption(), "Event");
                    put(properties, "date", n.at(), "Event");
                    put(properties, "country", n.country() == null ? null : n.country().toLowerCase(Locale.ROOT), "Event");
                    yield put(properties, "location", n.checkpoint(), "Event");
                }
                case "notice" -> put(properties, "description", n.caption(), "Note");
                default -> put(properties, "name", n.caption(), "Project");
            };
            put(properties, "publisher", n.owner(), schema);
            line(out, json, n.id(), schema, properties);
        }
        int i = 0;
        for (GraphAnswer.Edge e : chart.edges()) {
            Map<String, List<String>> properties = new LinkedHashMap<>();
            put(properties, "subject", e.source(), null);
            put(properties, "object", e.target(), null);
            put(properties, "role", e.kind(), null);
            put(properties, "summary", e.explanation(), null);
            line(out, json, "link-" + e.source() + "-" + e.target() + "-" + i++, "UnknownLink", properties);
        }
        return out.toString();
    }

    /** A travel document's caption is "country type number" ({@code TravelDocumentDetails.caption}). */
    private static String passport(Map<String, List<String>> properties, String caption) {
        String[] parts = caption.strip().split("\\s+");
        put(properties, "number", parts[parts.length - 1], null);
        if (parts.length >= 3 && parts[0].length() == 2) {
            put(properties, "country", parts[0].toLowerCase(Locale.ROOT), null);
        }
        put(properties, "summary", caption, null);
        return "Passport";
    }

    /** An indicator's caption is "kind value" or "kind chain:value" ({@code IndicatorDetails.caption}). */
    private static String indicator(Map<String, List<String>> properties, String caption) {
        int space = caption.indexOf(' ');
        String kind = space < 0 ? "" : caption.substring(0, space).toLowerCase(Locale.ROOT);
        String value = space < 0 ? caption : caption.substring(space + 1);
        switch (kind) {
            case "wallet", "crypto-wallet", "crypto" -> {
                int colon = value.indexOf(':');
                put(properties, "publicKey", colon < 0 ? value : value.substring(colon + 1), null);
                put(properties, "currency", colon < 0 ? null : value.substring(0, colon), null);
                return "CryptoWallet";
            }
            case "phone" -> put(properties, "phone", value, null);
            case "email", "e-mail" -> put(properties, "email", value, null);
            default -> put(properties, "username", value, null);
        }
        put(properties, "summary", caption, null);
        return "UserAccount";
    }

    private static String put(Map<String, List<String>> properties, String name, String value, String schema) {
        if (value != null && !value.isBlank()) {
            properties.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return schema;
    }

    private static void line(StringBuilder out, JsonMapper json, String id, String schema,
            Map<String, List<String>> properties) {
        ObjectNode entity = json.createObjectNode();
        entity.put("id", id);
        entity.put("schema", schema);
        ObjectNode props = entity.putObject("properties");
        properties.forEach((name, values) -> {
            ArrayNode array = props.putArray(name);
            values.forEach(array::add);
        });
        out.append(json.writeValueAsString(entity)).append('\n');
    }
}
