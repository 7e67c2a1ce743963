package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Texts;
import org.tangier.records.FtmImports;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FollowTheMoney NDJSON (or JSON text sequences, RFC 7464) line by line and upserts each entity by its id within
 * the caller's agency. A line that cannot be read or mapped is rejected with its number and reason; the rest import.
 */
@Component
public class FtmImport implements FtmImports {

    private final RecordBatches batches;
    private final JsonMapper json;

    FtmImport(RecordBatches batches, JsonMapper json) {
        this.batches = batches;
        this.json = json;
    }

    public ImportReport importStream(Caller caller, InputStream body, String restriction) {
        return importStream(caller, body, restriction, ImportBatcher.BATCH_SIZE, null);
    }

    @Override
    public FtmImported importFtm(Caller caller, InputStream body, String restriction) {
        java.util.Map<String, java.util.Set<CrimeArea>> persons = new java.util.LinkedHashMap<>();
        ImportReport report = importStream(caller, body, restriction, ImportBatcher.BATCH_SIZE, persons);
        java.util.Map<String, java.util.UUID> ids = batches.personIds(caller.agencyCode(), persons.keySet());
        // a person line that was rejected has no record: only the stored ones get a notice
        java.util.List<String> stored = persons.keySet().stream().filter(ids::containsKey).toList();
        java.util.Map<java.util.UUID, java.util.Set<CrimeArea>> areas = new java.util.HashMap<>();
        stored.stream().filter(p -> !persons.get(p).isEmpty()).forEach(p -> areas.put(ids.get(p), persons.get(p)));
        return new FtmImported(report.imported(), report.updated(), report.rejectedCount(), report.rejected().stream()
                .map(r -> "line " + r.line() + (r.id() == null ? "" : " (" + r.id() + ")") + ": " + r.error()).toList(),
                stored.stream().map(ids::get).toList(), areas);
    }

    ImportReport importStream(Caller caller, InputStream body, String restriction, int batchSize) {
        return importStream(caller, body, restriction, batchSize, null);
    }

    /**
     * @param persons when not null, collects the external ids of the Person entities read, with the crime areas their
     *        topics name (all its lines', as its record bears them)
     */
    private ImportReport importStream(Caller caller, InputStream body, String restriction, int batchSize,
            java.util.Map<String, java.util.Set<CrimeArea>> persons) {
        String written = Exchange.restriction(restriction);
        Exchange.requireWriter(caller);
        ImportBatcher batcher = new ImportBatcher(batches, caller, "ftm", batchSize);
        // lines are read and mapped on a second thread while this one writes the batches (and keeps the request's
        // transactions and audit entries)
        try (ReadAhead<ReadLine> lines = new ReadAhead<>("ftm-import-reader", sink -> read(body, written, sink))) {
            ReadLine line;
            while ((line = lines.next()) != null) {
                if (persons != null && line.person()) {
                    java.util.Set<CrimeArea> areas = persons.computeIfAbsent(line.id(),
                            k -> java.util.EnumSet.noneOf(CrimeArea.class));
                    if (!line.items().isEmpty()) {
                        areas.addAll(line.items().get(0).crimeAreas());
                    }
                }
                if (line.refusal() != null) {
                    batcher.reject(line.number(), line.id(), null, line.refusal());
                    continue;
                }
                for (BatchItem item : line.items()) {
                    batcher.add(item);
                }
            }
        }
        return batcher.finish();
    }

    /**
     * One line read: the records it maps to, or why it is refused (with the entity's id when known); {@code person}
     * when it is a Person entity, even one refused by the mapping (a watch-list import looks such ids up too).
     */
    record ReadLine(long number, String id, boolean person, List<BatchItem> items, String refusal) {

        static ReadLine refused(long number, String id, String refusal) {
            return new ReadLine(number, id, false, List.of(), refusal);
        }
    }

    /** Reads, parses and maps each line, in order: no database and no request state, so it runs on any thread. */
    private void read(InputStream body, String written, Consumer<ReadLine> sink) throws IOException {
        LineReader lines = new LineReader(body);
        String line;
        while ((line = lines.next()) != null) {
            long number = lines.lineNumber();
            if (lines.tooLong()) {
                sink.accept(ReadLine.refused(number, null, "the line is longer than " + LineReader.MAX_LINE_CHARS + " characters"));
                continue;
            }
            String text = line.strip();
            if (!text.isEmpty() && text.charAt(0) == '\u001e') {
                text = text.substring(1).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            String id = null;
            boolean person = false;
            try {
                JsonNode node = json.readTree(text);
                String unfit = textProblem(node, "");
                if (unfit != null) {
                    // the whole entity is refused before any of the records it maps to is written
                    String named = node.path("id").isString() ? node.path("id").asString() : null;
                    sink.accept(ReadLine.refused(number, Texts.problem(named) == null ? named : null, unfit));
                    continue;
                }
                FtmEntity entity = FtmEntity.of(node);
                id = entity.id();
                person = "Person".equals(entity.schema());
                List<BatchItem> items = FtmMapping.items(number, entity, written);
                sink.accept(new ReadLine(number, id, person, items, null));
            } catch (JacksonException e) {
                sink.accept(ReadLine.refused(number, id, "not JSON: " + Exchange.firstLine(e.getOriginalMessage())));
            } catch (FtmEntity.FtmException e) {
                sink.accept(new ReadLine(number, id, person, List.of(), e.getMessage()));
            }
        }
    }

    /**
     * The first name or value in the entity that may not be stored ({@link Texts}), with where it is
     * ("properties.name[0]: contains the control character U+0000 at position 4"), or null when all may.
     */
    static String textProblem(JsonNode node, String path) {
        if (node.isString()) {
            String problem = Texts.problem(node.asString());
            return problem == null ? null : path + ": " + problem;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String problem = textProblem(node.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                String keyProblem = Texts.problem(key);
                if (keyProblem != null) {
                    return (path.isEmpty() ? "" : path + ": ") + "a property name " + keyProblem;
                }
                String problem = textProblem(property.getValue(), path.isEmpty() ? key : path + "." + key);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** Shared checks of the import endpoints. */
    static final class Exchange {
        private Exchange() {
        }

        static String restriction(String written) {
            if (written == null || written.isBlank()) {
                return null;
            }
            try {
                return org.tangier.access.Restriction.parse(written.strip()).toString();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("restriction", e);
            }
        }

        static void requireWriter(Caller caller) {
            if (!caller.has(org.tangier.platform.Role.BUREAU_OFFICER)) {
                throw ProblemException.of(403, "records.importing-records-needs-bureau-officer");
            }
        }

        static String firstLine(String message) {
            if (message == null) {
                return "unreadable";
            }
            String m = message.lines().findFirst().orElse(message);
            return m.length() > 200 ? m.substring(0, 200) : m;
        }
    }
}
