package org.tangier.bench.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.NameKind;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;

/**
 * The labelled evaluation set as a tab-separated file: {@code R} lines are indexed persons, {@code Q} lines
 * are queries with their category and the id of the person they should find (0: nobody).
 *
 * <pre>
 * R  id  KIND:name | KIND:name ...  dates(;)  nationalities(;)  gender
 * Q  category  expectedId  name  dates(;)  nationalities(;)  gender
 * </pre>
 */
record EvaluationData(List<PersonEntry> records, List<LabelledQuery> queries) {

    static final Path DEFAULT = Path.of("matching/src/test/resources/names/name-evaluation.tsv");

    record LabelledQuery(String category, int expected, PersonQuery query) {}

    static EvaluationData read(Path file) throws IOException {
        List<PersonEntry> records = new ArrayList<>();
        List<LabelledQuery> queries = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f[0].equals("R")) {
                    List<PersonName> names = new ArrayList<>();
                    for (String n : f[2].split(" \\| ")) {
                        int colon = n.indexOf(':');
                        names.add(new PersonName(n.substring(colon + 1), NameKind.valueOf(n.substring(0, colon))));
                    }
                    records.add(new PersonEntry(Integer.parseInt(f[1]), names, dates(f[3]), list(f[4]), Gender.valueOf(f[5])));
                } else if (f[0].equals("Q")) {
                    queries.add(new LabelledQuery(f[1], Integer.parseInt(f[2]),
                            new PersonQuery(List.of(f[3]), dates(f[4]), list(f[5]), Gender.valueOf(f[6]), null)));
                } else {
                    throw new IllegalArgumentException("line type must be R or Q");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new EvaluationData(records, queries);
    }

    static String recordLine(PersonEntry p) {
        StringBuilder names = new StringBuilder();
        for (PersonName n : p.names()) {
            if (!names.isEmpty()) names.append(" | ");
            names.append(n.kind()).append(':').append(clean(n.text()));
        }
        return String.join("\t", "R", Integer.toString(p.id()), names, join(p.birthDates()), String.join(";", p.nationalities()), p.gender().name());
    }

    static String queryLine(String category, int expected, String name, List<BirthDate> dates, List<String> nats, Gender g) {
        return String.join("\t", "Q", category, Integer.toString(expected), clean(name), join(dates), String.join(";", nats), g.name());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String join(List<BirthDate> dates) {
        return String.join(";", dates.stream().map(BirthDate::toString).toList());
    }

    private static List<BirthDate> dates(String s) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(";")).map(BirthDate::parse).toList();
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(";"));
    }
}
