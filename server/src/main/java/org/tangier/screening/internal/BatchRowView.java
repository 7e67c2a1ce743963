package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A manifest row as the manifest page lists it: a HIT or POSSIBLE with the matches the checker may see (as stored with
 * the job, already filtered by the access rules), or a row that could not be screened with its reason.
 */
record BatchRowView(int rowNumber, String reference, String query, String outcome, Double bestScore, String reason,
        List<MatchLine> matches, String reasonKey, String reasonField, List<String> reasonArgs) {

    /** A birth date written as an ISO day in the row's summary, shown in the reader's format. */
    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** The passenger as the manifest names them, without the birth date shown apart. */
    public String passenger() {
        return query == null ? null : ISO_DAY.matcher(query).replaceFirst("").replaceAll("\\s+", " ").strip();
    }

    /** The birth date in the summary as an ISO day, or null. */
    public String birthDate() {
        if (query == null) {
            return null;
        }
        java.util.regex.Matcher day = ISO_DAY.matcher(query);
        return day.find() ? day.group() : null;
    }

    /** One match of the row: what the checker was shown of it. */
    record MatchLine(String outcome, String caption, String ownerAgency, String noticeType, String instruction,
            String hitId) {
    }

    static BatchRowView of(BatchStore.ResultRow row) {
        String reason = null;
        String reasonKey = null;
        String reasonField = null;
        List<String> reasonArgs = new ArrayList<>();
        List<MatchLine> lines = new ArrayList<>();
        JsonNode matches = row.matches() == null ? null : ManifestReader.JSON.readTree(row.matches());
        if (matches != null && matches.isArray()) {
            for (JsonNode m : matches) {
                if (m.has("problem")) {
                    reason = m.get("problem").asString();
                    // rows screened before codes were stored keep their English reason
                    reasonKey = m.has("code") ? "problem." + m.get("code").asString() : null;
                    reasonField = text(m, "field");
                    if (m.has("args")) {
                        m.get("args").forEach(a -> reasonArgs.add(a.asString()));
                    }
                    continue;
                }
                JsonNode record = m.get("record");
                lines.add(new MatchLine(text(m, "outcome"), record == null ? null : text(record, "caption"),
                        text(m, "ownerAgency"), text(m, "noticeType"), text(m, "instruction"), text(m, "hitId")));
            }
        }
        return new BatchRowView(row.rowNumber(), row.reference(), row.query(), row.outcome(), row.bestScore(), reason,
                List.copyOf(lines), reasonKey, reasonField, List.copyOf(reasonArgs));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
