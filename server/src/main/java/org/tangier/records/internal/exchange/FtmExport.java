package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.platform.Caller;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the records of a type that the caller's agency may see as FtM NDJSON, one entity a line, as they stream out
 * of the database ({@link Records#forEachVisible} applies the access rules and audits the export). Each entity carries
 * its record's crime areas as FtM {@code topics} ({@link FtmTopics#topics}); the areas are read for a chunk of
 * records at a time, and only for records the access rules let through.
 */
@Component
public class FtmExport {

    /** Records whose areas are read in one query before their lines are written. */
    static final int CHUNK = 500;

    private final Records records;
    private final CrimeAreas crimeAreas;
    private final JsonMapper json;

    FtmExport(Records records, CrimeAreas crimeAreas, JsonMapper json) {
        this.records = records;
        this.crimeAreas = crimeAreas;
        this.json = json;
    }

    /** @return how many entities were written */
    public long export(Caller caller, RecordType type, String purpose, OutputStream out) {
        long[] written = new long[1];
        List<RecordView> chunk = new ArrayList<>(CHUNK);
        records.forEachVisible(caller, type, purpose, r -> {
            chunk.add(r);
            if (chunk.size() == CHUNK) {
                written[0] += write(chunk, out);
            }
        });
        written[0] += write(chunk, out);
        return written[0];
    }

    /** Writes the chunk's entities with their areas and empties it; @return how many were written */
    private long write(List<RecordView> chunk, OutputStream out) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Map<UUID, Set<CrimeArea>> areas = crimeAreas.of(Carrier.RECORD, chunk.stream().map(RecordView::id).toList());
        long written = 0;
        try {
            for (RecordView r : chunk) {
                ObjectNode entity = FtmMapping.entity(r, areas.getOrDefault(r.id(), Set.of()));
                if (entity != null) {
                    out.write(json.writeValueAsString(entity).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk.clear();
        return written;
    }
}
