package org.tangier.matching.name;

import java.util.List;

/**
 * Why a record scored as it did: which of its names matched which query name, which parts aligned and how,
 * what was left over, and what the date of birth, nationality and gender added or took away.
 */
public record Explanation(
        String queryName,
        String recordName,
        NameKind recordNameKind,
        double nameScore,
        List<TokenMatch> alignedParts,
        List<String> unmatchedQueryParts,
        List<String> unmatchedRecordParts,
        DateRule birthDate,
        Agreement nationality,
        Agreement gender,
        List<String> notes) {

    public Explanation {
        alignedParts = List.copyOf(alignedParts);
        unmatchedQueryParts = List.copyOf(unmatchedQueryParts);
        unmatchedRecordParts = List.copyOf(unmatchedRecordParts);
        notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("name %.3f: \"%s\" vs %s \"%s\"%n", nameScore, queryName, recordNameKind, recordName));
        for (TokenMatch m : alignedParts) sb.append("  ").append(m).append('\n');
        if (!unmatchedQueryParts.isEmpty()) sb.append("  query only: ").append(unmatchedQueryParts).append('\n');
        if (!unmatchedRecordParts.isEmpty()) sb.append("  record only: ").append(unmatchedRecordParts).append('\n');
        sb.append("  birth date ").append(birthDate).append(", nationality ").append(nationality)
                .append(", gender ").append(gender).append('\n');
        for (String note : notes) sb.append("  note: ").append(note).append('\n');
        return sb.toString();
    }
}
