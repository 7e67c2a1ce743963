package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A manifest row as the manifest page lists it: a HIT or POSSIBLE with the matches the checker may see (as stored with
 * the job, already filtered by the access rules), or a row that could not be screened with its reason.
 */
record BatchRowView(int rowNumber, String reference, String query, String outcome, Double bestScore, String reason,
        List<MatchLine> matches) {

    /** One match of the row: what the checker was shown of it. */
    record MatchLine(String outcome, String caption, String ownerAgency, String noticeType, String instruction,
            String hitId) {
    }

    static BatchRowView of(BatchStore.ResultRow row) {
        String reason = null;
        List<MatchLine> lines = new ArrayList<>();
        JsonNode matches = row.matches() == null ? null : ManifestReader.JSON.readTree(row.matches());
        if (matches != null && matches.isArray()) {
            for (JsonNode m : matches) {
                if (m.has("problem")) {
                    reason = m.get("problem").asString();
                    continue;
                }
                JsonNode record = m.get("record");
                lines.add(new MatchLine(text(m, "outcome"), record == null ? null : text(record, "caption"),
                        text(m, "ownerAgency"), text(m, "noticeType"), text(m, "instruction"), text(m, "hitId")));
            }
        }
        return new BatchRowView(row.rowNumber(), row.reference(), row.query(), row.outcome(), row.bestScore(), reason,
                List.copyOf(lines));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
