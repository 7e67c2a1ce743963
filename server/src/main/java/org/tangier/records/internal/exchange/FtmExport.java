package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the records of a type that the caller's agency may see as FtM NDJSON, one entity a line, as they stream out
 * of the database ({@link Records#forEachVisible} applies the access rules and audits the export).
 */
@Component
public class FtmExport {

    private final Records records;
    private final JsonMapper json;

    FtmExport(Records records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /** @return how many entities were written */
    public long export(Caller caller, RecordType type, String purpose, OutputStream out) {
        long[] written = new long[1];
        byte[] newline = {'\n'};
        records.forEachVisible(caller, type, purpose, r -> {
            ObjectNode entity = FtmMapping.entity(r);
            if (entity == null) {
                return;
            }
            try {
                out.write(json.writeValueAsString(entity).getBytes(StandardCharsets.UTF_8));
                out.write(newline);
                written[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return written[0];
    }
}
