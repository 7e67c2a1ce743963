package org.tangier.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.NameKind;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;
import org.tangier.matching.name.Verdict;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;

/**
 * Derives "possibly the same person" edges between persons of different agencies with the name engine that screening
 * uses: every person is searched against all others by names, birth dates, nationalities and gender, and a HIT or
 * POSSIBLE across two owners becomes an edge carrying the score and the engine's explanation. Persons of one agency
 * are not paired: the owner already knows its own duplicates.
 */
final class SamePersons {

    private static final int CANDIDATES = 5;

    private final NameIndex index = new NameIndex();
    private final List<RecordSnapshot> persons = new ArrayList<>();
    private final List<PersonQuery> queries = new ArrayList<>();

    void add(RecordSnapshot record) {
        if (!(record.details() instanceof PersonDetails p)) {
            return;
        }
        List<PersonName> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (PersonDetails.Name n : p.names()) {
            if (n.value() != null && !n.value().isBlank()) {
                names.add(new PersonName(n.value(), nameKind(n.kind())));
                texts.add(n.value());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<BirthDate> dates = new ArrayList<>();
        for (String d : p.birthDates()) {
            try {
                dates.add(BirthDate.parse(d));
            } catch (RuntimeException e) {
                // an unreadable date only weakens the comparison
            }
        }
        List<String> nationalities = p.nationalities().stream().filter(c -> c != null && c.strip().length() == 2)
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        Gender gender = Gender.parse(p.gender());
        int ordinal = persons.size();
        PersonEntry entry;
        PersonQuery query;
        try {
            entry = new PersonEntry(ordinal, names, dates, nationalities, gender);
            query = new PersonQuery(texts, dates, nationalities, gender, null);
        } catch (IllegalArgumentException e) {
            // a nationality the engine does not know: compare without nationalities rather than not at all
            entry = new PersonEntry(ordinal, names, dates, List.of(), gender);
            query = new PersonQuery(texts, dates, List.of(), gender, null);
        }
        persons.add(record);
        index.put(entry);
        queries.add(query);
    }

    int connect(LinkGraph graph) {
        Set<Long> paired = new HashSet<>();
        int added = 0;
        for (int i = 0; i < persons.size(); i++) {
            String owner = persons.get(i).owner();
            int self = i;
            for (Candidate c : index.search(queries.get(i), id -> id != self && !persons.get(id).owner().equals(owner),
                    CANDIDATES)) {
                if (c.verdict() == Verdict.NO_HIT) {
                    continue;
                }
                long pair = Math.min(i, c.id()) * (long) Integer.MAX_VALUE + Math.max(i, c.id());
                if (!paired.add(pair)) {
                    continue;
                }
                String explanation = String.format(Locale.ROOT, "possibly the same person: score %.2f (%s); %s",
                        c.score(), c.verdict(), c.match().explanation().toString().strip().replaceAll("\\s+", " "));
                if (graph.connect(persons.get(i).id().toString(), persons.get(c.id()).id().toString(),
                        "possibly-same-person", explanation)) {
                    added++;
                }
            }
        }
        return added;
    }

    private static NameKind nameKind(String kind) {
        if (kind == null) {
            return NameKind.ALIAS;
        }
        return switch (kind) {
            case PersonDetails.Name.PRIMARY -> NameKind.PRIMARY;
            case PersonDetails.Name.BIRTH_NAME -> NameKind.BIRTH_NAME;
            case PersonDetails.Name.ORIGINAL_SCRIPT -> NameKind.ORIGINAL_SCRIPT;
            case "weak-alias" -> NameKind.WEAK_ALIAS;
            default -> NameKind.ALIAS;
        };
    }
}
