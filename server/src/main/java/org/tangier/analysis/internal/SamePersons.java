package org.tangier.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.MatchScore;
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
 * POSSIBLE among its {@link #CANDIDATES} best across two owners becomes an edge carrying the score and the engine's
 * explanation. Persons of one agency are not paired: the owner already knows its own duplicates.
 *
 * <p>Kept beside the graph after a whole build (the name index, each person's query and what each person's own
 * search found, and who found each person), so that a person's change is placed in place ({@link #update}): the
 * person is put in (or taken out of) the index, and searched again are the person itself, every person whose
 * best candidates held it (it may have left them, letting another in), and every person that would now score it
 * HIT or POSSIBLE (found by the changed person's own search, wider than {@link #CANDIDATES}, scored the other way
 * round, since the engine's score is not symmetric). The edges of every pair those searches found before or find now
 * are drawn again by the rule of a whole build.
 *
 * <p>The rule, the same for both: a pair is an edge when either person's search found the other; its explanation
 * is the one of the person whose id sorts first when both found each other. Ties at the fifth place are decided by
 * id (the index is searched for a few more than five), so the result does not depend on the order persons were
 * indexed in. What a change in place does not redo: the scores of pairs it does not search again (the engine weighs
 * a name part by how many indexed persons carry it, so every score moves by a hair when one person comes or goes);
 * see docs/analysis.md.
 */
final class SamePersons {

    static final int CANDIDATES = 5;
    /** Searched for a few more than kept, so that ties at the fifth place are decided by id, not by index order. */
    private static final int SEARCHED = CANDIDATES + 3;
    /** The changed person's own search for the persons that may now find it (each scored the other way round). */
    static final int REVERSE = 50;
    static final String KIND = "possibly-same-person";

    private final NameIndex index = new NameIndex();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final List<Person> persons = new ArrayList<>();
    /** Each person's own finds, HIT or POSSIBLE, at most {@link #CANDIDATES}: the other's id and the explanation. */
    private final Map<String, Map<String, String>> found = new HashMap<>();
    /** Whose finds hold each person. */
    private final Map<String, Set<String>> foundBy = new HashMap<>();
    private long searches;

    private record Person(String id, String owner, PersonQuery query) {
    }

    /** Puts a person in the index (or replaces it); false, and out of the index, when it has no usable name. */
    boolean add(RecordSnapshot record) {
        String id = record.id().toString();
        if (!(record.details() instanceof PersonDetails p)) {
            return false;
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
            drop(id);
            return false;
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
        Integer known = ordinals.get(id);
        int ordinal = known == null ? persons.size() : known;
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
        Person person = new Person(id, record.owner(), query);
        if (known == null) {
            ordinals.put(id, ordinal);
            persons.add(person);
        } else {
            persons.set(ordinal, person);
        }
        index.put(entry);
        return true;
    }

    /** Takes a person out of the index (its ordinal stays reserved, so that it comes back under the same one). */
    private void drop(String id) {
        Integer ordinal = ordinals.get(id);
        if (ordinal != null && persons.get(ordinal) != null) {
            index.remove(ordinal);
            persons.set(ordinal, null);
        }
    }

    /** Searches every person and draws the edges; the graph keeps this for the changes that follow. */
    int connect(LinkGraph graph) {
        for (Person p : persons) {
            if (p != null) {
                setFound(p.id(), search(p));
            }
        }
        int added = 0;
        for (Map.Entry<String, Map<String, String>> e : found.entrySet()) {
            for (String other : e.getValue().keySet()) {
                String a = e.getKey();
                if (found.getOrDefault(other, Map.of()).containsKey(a) && other.compareTo(a) < 0) {
                    continue; // drawn from the other side
                }
                if (graph.connect(a, other, KIND, explanation(a, other))) {
                    added++;
                }
            }
        }
        graph.persons(this);
        return added;
    }

    /**
     * A record changed ({@code now}, a person or not) or left the graph ({@code null}): the person is placed in the
     * index as it is now and the possibly-same-person edges of every pair its change may touch are drawn again, as a
     * whole build draws them. Call it with the person's node in the graph (added before, removed after).
     */
    void update(LinkGraph graph, String id, RecordSnapshot now) {
        plan(id, now).draw(graph);
    }

    /**
     * What {@link #update} draws, worked out without the graph: the index changed and the searches run, so that the
     * applying thread does them before it takes the graph's write lock. Plans are drawn in the order they were made.
     */
    Plan plan(String id, RecordSnapshot now) {
        Map<List<String>, String> edges = new LinkedHashMap<>();
        boolean before = ordinals.containsKey(id) && persons.get(ordinals.get(id)) != null;
        boolean indexed = now != null && add(now);
        if (!indexed) {
            drop(id);
        }
        if (!before && !indexed) {
            return new Plan(edges);
        }
        Set<String> again = new LinkedHashSet<>(foundBy.getOrDefault(id, Set.of()));
        if (indexed) {
            again.add(id);
            Person p = persons.get(ordinals.get(id));
            int self = ordinals.get(id);
            for (Candidate c : index.search(p.query(), otherAgencies(p, self), REVERSE)) {
                Person q = persons.get(c.id());
                MatchScore back = index.score(q.query(), self);
                searches++;
                if (back != null && back.verdict() != Verdict.NO_HIT) {
                    again.add(q.id());
                }
            }
            searches++;
        }
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (String a : again) {
            found.getOrDefault(a, Map.of()).keySet().forEach(b -> pairs.add(pair(a, b)));
        }
        found.getOrDefault(id, Map.of()).keySet().forEach(b -> pairs.add(pair(id, b)));
        for (String a : again) {
            Integer ordinal = ordinals.get(a);
            Person p = ordinal == null ? null : persons.get(ordinal);
            setFound(a, p == null ? Map.of() : search(p));
            found.getOrDefault(a, Map.of()).keySet().forEach(b -> pairs.add(pair(a, b)));
        }
        if (!indexed) {
            setFound(id, Map.of());
        }
        for (List<String> pair : pairs) {
            String a = pair.get(0);
            String b = pair.get(1);
            boolean edge = found.getOrDefault(a, Map.of()).containsKey(b)
                    || found.getOrDefault(b, Map.of()).containsKey(a);
            edges.put(pair, edge ? explanation(a, b) : null);
        }
        return new Plan(edges);
    }

    /** The possibly-same-person edge each pair must have after a change (null: none), to draw under the write lock. */
    record Plan(Map<List<String>, String> edges) {

        void draw(LinkGraph graph) {
            edges.forEach((pair, explanation) -> graph.setEdge(pair.get(0), pair.get(1), KIND, explanation));
        }
    }

    /** The name searches run since the build (each changed person's, the persons searched again, the reverse scores). */
    long searches() {
        return searches;
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    /** The explanation of the search of the person whose id sorts first, when both found each other. */
    private String explanation(String a, String b) {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        String e = found.getOrDefault(first, Map.of()).get(second);
        return e != null ? e : found.get(second).get(first);
    }

    private void setFound(String id, Map<String, String> now) {
        Map<String, String> old = found.remove(id);
        if (old != null) {
            for (String other : old.keySet()) {
                Set<String> by = foundBy.get(other);
                if (by != null) {
                    by.remove(id);
                    if (by.isEmpty()) {
                        foundBy.remove(other);
                    }
                }
            }
        }
        if (!now.isEmpty()) {
            found.put(id, now);
            for (String other : now.keySet()) {
                foundBy.computeIfAbsent(other, k -> new HashSet<>(2)).add(id);
            }
        }
    }

    /** The persons a search of {@code p} may pair it with: indexed, and held by another agency than its own. */
    private IntPredicate otherAgencies(Person p, int self) {
        return o -> o != self && persons.get(o) != null && !persons.get(o).owner().equals(p.owner());
    }

    /** The person's best candidates of other agencies that are HIT or POSSIBLE, best first, ties by id. */
    private Map<String, String> search(Person p) {
        searches++;
        int self = ordinals.get(p.id());
        List<Candidate> candidates = new ArrayList<>(index.search(p.query(), otherAgencies(p, self), SEARCHED));
        candidates.removeIf(c -> c.verdict() == Verdict.NO_HIT);
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> persons.get(c.id()).id()));
        Map<String, String> kept = new LinkedHashMap<>();
        for (Candidate c : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            kept.put(persons.get(c.id()).id(), String.format(Locale.ROOT, "possibly the same person: score %.2f (%s); %s",
                    c.score(), c.verdict(), c.match().explanation().toString().strip().replaceAll("\\s+", " ")));
        }
        return kept;
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
