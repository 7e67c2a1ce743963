package org.tangier.notices.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.Restriction;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.platform.Texts;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;

/**
 * Imports the UN Security Council consolidated list (the XML the UN publishes at scsanctions.un.org) as UN notices.
 * The body is streamed with StAX, one INDIVIDUAL at a time, each in its own transaction: a bad entry is rejected with
 * its reason and the rest still import. Each individual becomes a Person record of the importing agency (external id
 * = the UN reference number, so a re-import updates it) and a published UN notice, both with the restriction the
 * import asks for (all members when it names none).
 */
@Component
class UnListImport {

    /** The sanctions committees by the list's UN_LIST_TYPE. */
    static final Map<String, String> COMMITTEES = Map.ofEntries(
            Map.entry("Al-Qaida", "ISIL (Da'esh) and Al-Qaida Sanctions Committee, resolution 1267 (1999)"),
            Map.entry("Taliban", "Committee established pursuant to resolution 1988 (2011)"),
            Map.entry("DPRK", "Committee established pursuant to resolution 1718 (2006) (DPRK)"),
            Map.entry("Iraq", "Committee established pursuant to resolution 1518 (2003) (Iraq)"),
            Map.entry("DRC", "Committee established pursuant to resolution 1533 (2004) (Democratic Republic of the Congo)"),
            Map.entry("Libya", "Committee established pursuant to resolution 1970 (2011) (Libya)"),
            Map.entry("Somalia", "Committee pursuant to resolution 2713 (2023) (Al-Shabaab)"),
            Map.entry("CAR", "Committee established pursuant to resolution 2127 (2013) (Central African Republic)"),
            Map.entry("Yemen", "Committee established pursuant to resolution 2140 (2014) (Yemen)"),
            Map.entry("Sudan", "Committee established pursuant to resolution 1591 (2005) (Sudan)"),
            Map.entry("SouthSudan", "Committee established pursuant to resolution 2206 (2015) (South Sudan)"),
            Map.entry("Haiti", "Committee established pursuant to resolution 2653 (2022) (Haiti)"),
            Map.entry("GB", "Committee established pursuant to resolution 2048 (2012) (Guinea-Bissau)"),
            Map.entry("Iran", "Committee established pursuant to resolution 1737 (2006) (Iran)"));

    public record Rejection(int index, String id, String error) {
    }

    public record Result(int imported, int updated, List<Rejection> rejected) {
    }

    /** One INDIVIDUAL: its simple elements, and its groups (aliases, dates of birth...) as lists of field maps. */
    record Individual(Map<String, List<String>> values, Map<String, List<Map<String, String>>> groups) {
        String first(String name) {
            List<String> v = values.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        List<Map<String, String>> group(String name) {
            return groups.getOrDefault(name, List.of());
        }

        /** The first text that may not be stored ("FIRST_NAME: contains ..."), or null when every text may. */
        String textProblem() {
            for (Map.Entry<String, List<String>> value : values.entrySet()) {
                for (String text : value.getValue()) {
                    String problem = Texts.problem(text);
                    if (problem != null) {
                        return value.getKey() + ": " + problem;
                    }
                }
            }
            for (Map.Entry<String, List<Map<String, String>>> group : groups.entrySet()) {
                for (Map<String, String> fields : group.getValue()) {
                    for (Map.Entry<String, String> field : fields.entrySet()) {
                        String problem = Texts.problem(field.getValue());
                        if (problem != null) {
                            return group.getKey() + "." + field.getKey() + ": " + problem;
                        }
                    }
                }
            }
            return null;
        }
    }

    private final NoticeService notices;
    private final Records records;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Map<String, String> countries = countryNames();

    UnListImport(NoticeService notices, Records records, AuditLog audit, PlatformTransactionManager transactions) {
        this.notices = notices;
        this.records = records;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    Result run(Caller caller, InputStream body) {
        return run(caller, body, null);
    }

    /**
     * Imports the list; {@code restriction} (written form, blank: all) decides who may see the imported persons and
     * notices. A wrong restriction refuses the whole call before anything is read or stored.
     */
    Result run(Caller caller, InputStream body, String restriction) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "notices.importing-un-list-needs-bureau");
        }
        Restriction visibleTo = restriction == null || restriction.isBlank() ? Restriction.ALL_MEMBERS
                : notices.unImportRestriction(restriction);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int imported = 0;
        int updated = 0;
        int index = 0;
        List<Rejection> rejected = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(body, "UTF-8");
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("INDIVIDUAL")) {
                    index++;
                    Individual individual = read(xml);
                    String ref = individual.first("REFERENCE_NUMBER");
                    String unfit = individual.textProblem();
                    if (unfit != null) {
                        // refused before anything of the entry is written; its id only if the id itself is clean
                        rejected.add(new Rejection(index, Texts.problem(ref) == null ? ref : null, unfit));
                        continue;
                    }
                    try {
                        boolean created = Boolean.TRUE.equals(transactions.execute(tx -> importOne(caller, individual, visibleTo)));
                        if (created) {
                            imported++;
                        } else {
                            updated++;
                        }
                    } catch (ProblemException | IllegalArgumentException e) {
                        rejected.add(new Rejection(index, ref, e.getMessage()));
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            rejected.add(new Rejection(index + 1, null, "the XML is not well-formed" + where + "; import stopped there"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the request body is closed by the container
                }
            }
        }
        audit.record(AuditActor.of(caller), new AuditEvent("notice.import.un", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, "imported=" + imported + " updated=" + updated + " rejected=" + rejected.size()));
        return new Result(imported, updated, rejected);
    }

    /** Reads one INDIVIDUAL element, the reader positioned on its start tag. */
    private static Individual read(XMLStreamReader xml) throws XMLStreamException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        int depth = 1;
        String child = null;
        String grandChild = null;
        Map<String, String> group = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                text.setLength(0);
                if (depth == 2) {
                    child = xml.getLocalName();
                    group = null;
                } else if (depth == 3) {
                    grandChild = xml.getLocalName();
                    if (group == null) {
                        group = new LinkedHashMap<>();
                        groups.computeIfAbsent(child, k -> new ArrayList<>()).add(group);
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String value = text.toString().strip();
                if (depth == 3 && group != null && !value.isEmpty()) {
                    group.merge(grandChild, value, (a, b) -> a + "; " + b);
                    if ("VALUE".equals(grandChild)) {
                        values.computeIfAbsent(child, k -> new ArrayList<>()).add(value);
                    }
                } else if (depth == 2 && group == null && !value.isEmpty()) {
                    values.computeIfAbsent(child, k -> new ArrayList<>()).add(value);
                }
                text.setLength(0);
                depth--;
            }
        }
        return new Individual(values, groups);
    }

    /** Upserts the person and the notice; true when the notice is new. */
    private boolean importOne(Caller caller, Individual individual, Restriction restriction) {
        String ref = individual.first("REFERENCE_NUMBER");
        if (ref == null) {
            throw new IllegalArgumentException("REFERENCE_NUMBER is missing");
        }
        PersonDetails person = person(individual);
        Records.UpsertResult record = records.upsert(caller, new RecordDraft(person, restriction.toString(), null, ref));
        String listType = individual.first("UN_LIST_TYPE");
        String committee = listType == null ? "UN Security Council" : COMMITTEES.getOrDefault(listType,
                "UN Security Council sanctions committee (" + listType + ")");
        Map<String, String> fields = new HashMap<>();
        fields.put("sanctionsCommittee", committee);
        fields.put("sanctionsReference", ref);
        if (individual.first("LISTED_ON") != null) {
            fields.put("listedOn", individual.first("LISTED_ON"));
        }
        StringBuilder summary = new StringBuilder("UN Security Council sanctions (").append(listType).append("): ")
                .append(person.caption()).append(", ").append(ref).append('.');
        List<String> designation = individual.values().getOrDefault("DESIGNATION", List.of());
        if (!designation.isEmpty()) {
            summary.append(' ').append(String.join("; ", designation)).append('.');
        }
        summary.append(" Measures: assets freeze, travel ban, arms embargo as the committee decided.");
        UUID subject = record.record().id();
        return notices.upsertUnNotice(caller, ref, subject, NoticeService.truncate(summary.toString(), 4000), fields, restriction);
    }

    PersonDetails person(Individual in) {
        List<PersonDetails.Name> names = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String f : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            if (in.first(f) != null) {
                parts.add(in.first(f));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("the individual has no name");
        }
        Set<String> seen = new LinkedHashSet<>();
        addName(names, seen, String.join(" ", parts), PersonDetails.Name.PRIMARY);
        if (in.first("NAME_ORIGINAL_SCRIPT") != null) {
            addName(names, seen, in.first("NAME_ORIGINAL_SCRIPT"), PersonDetails.Name.ORIGINAL_SCRIPT);
        }
        for (Map<String, String> alias : in.group("INDIVIDUAL_ALIAS")) {
            String value = alias.get("ALIAS_NAME");
            if (value != null) {
                for (String one : value.split(";")) {
                    addName(names, seen, one, PersonDetails.Name.ALIAS);
                }
            }
        }
        String gender = switch (in.first("GENDER") == null ? "" : in.first("GENDER").toLowerCase(Locale.ROOT)) {
            case "male" -> "M";
            case "female" -> "F";
            default -> "U";
        };
        Set<String> births = new LinkedHashSet<>();
        for (Map<String, String> dob : in.group("INDIVIDUAL_DATE_OF_BIRTH")) {
            if (dob.get("DATE") != null && dob.get("DATE").matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                births.add(dob.get("DATE"));
            } else if (dob.get("YEAR") != null && dob.get("YEAR").matches("\\d{4}")) {
                births.add(dob.get("YEAR"));
            } else if (dob.get("FROM_YEAR") != null && dob.get("TO_YEAR") != null
                    && dob.get("FROM_YEAR").matches("\\d{4}") && dob.get("TO_YEAR").matches("\\d{4}")) {
                int from = Integer.parseInt(dob.get("FROM_YEAR"));
                int to = Integer.parseInt(dob.get("TO_YEAR"));
                for (int y = from; y <= to && y - from < 10; y++) {
                    births.add(Integer.toString(y));
                }
            }
        }
        String placeOfBirth = null;
        for (Map<String, String> pob : in.group("INDIVIDUAL_PLACE_OF_BIRTH")) {
            List<String> place = new ArrayList<>();
            for (String f : List.of("CITY", "STATE_PROVINCE", "COUNTRY", "NOTE")) {
                if (pob.get(f) != null) {
                    place.add(pob.get(f));
                }
            }
            if (!place.isEmpty()) {
                placeOfBirth = NoticeService.truncate(String.join(", ", place), 200);
                break;
            }
        }
        List<String> remarks = new ArrayList<>();
        Set<String> nationalities = new LinkedHashSet<>();
        for (String n : in.values().getOrDefault("NATIONALITY", List.of())) {
            String code = country(n);
            if (code != null) {
                nationalities.add(code);
            } else {
                remarks.add("Nationality: " + n);
            }
        }
        List<PersonDetails.Identifier> identifiers = new ArrayList<>();
        Set<String> docKeys = new LinkedHashSet<>();
        for (Map<String, String> doc : in.group("INDIVIDUAL_DOCUMENT")) {
            String type = doc.getOrDefault("TYPE_OF_DOCUMENT", "").toLowerCase(Locale.ROOT);
            String kind = type.contains("pass") || type.contains("pasaporte") ? "passport"
                    : type.contains("national") ? "national-id" : "other";
            String number = doc.get("NUMBER") == null ? null : doc.get("NUMBER").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            String issuer = country(doc.getOrDefault("ISSUING_COUNTRY", doc.get("COUNTRY_OF_ISSUE")));
            if (issuer == null && kind.equals("national-id") && nationalities.size() == 1) {
                // a national identification number is issued by the country of the person's one nationality
                issuer = nationalities.iterator().next();
            }
            if (number != null && number.matches("[A-Z0-9<]{2,30}") && issuer != null && docKeys.add(issuer + number)) {
                identifiers.add(new PersonDetails.Identifier(kind, number, issuer));
            } else if (doc.get("NUMBER") != null) {
                remarks.add("Document: " + String.join(", ", doc.values()));
            }
        }
        if (in.first("COMMENTS1") != null) {
            remarks.add(in.first("COMMENTS1"));
        }
        remarks.add("UN list " + in.first("UN_LIST_TYPE") + ", reference " + in.first("REFERENCE_NUMBER")
                + ", listed on " + in.first("LISTED_ON") + ".");
        return new PersonDetails(names, gender, List.copyOf(births), placeOfBirth, List.copyOf(nationalities),
                identifiers, List.of(), NoticeService.truncate(String.join("\n", remarks), 4000));
    }

    private static void addName(List<PersonDetails.Name> names, Set<String> seen, String value, String kind) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty() || v.length() > 200 || !seen.add(v.toLowerCase(Locale.ROOT))) {
            return;
        }
        names.add(new PersonDetails.Name(v, null, kind));
    }

    String country(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return countries.get(fold(name));
    }

    private static String fold(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("&", "and").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** English country names as the JDK knows them, plus the UN's official short forms. */
    private static Map<String, String> countryNames() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(fold(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> un = Map.ofEntries(Map.entry("Democratic Republic of the Congo", "CD"),
                Map.entry("Congo", "CG"), Map.entry("Democratic People's Republic of Korea", "KP"),
                Map.entry("Republic of Korea", "KR"), Map.entry("Iran (Islamic Republic of)", "IR"),
                Map.entry("Russian Federation", "RU"), Map.entry("State of Palestine", "PS"),
                Map.entry("Syrian Arab Republic", "SY"), Map.entry("Türkiye", "TR"), Map.entry("Turkey", "TR"),
                Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
                Map.entry("United Republic of Tanzania", "TZ"), Map.entry("United States of America", "US"),
                Map.entry("Viet Nam", "VN"), Map.entry("Lao People's Democratic Republic", "LA"),
                Map.entry("Côte d'Ivoire", "CI"), Map.entry("Bolivia (Plurinational State of)", "BO"),
                Map.entry("Venezuela (Bolivarian Republic of)", "VE"), Map.entry("Republic of Moldova", "MD"),
                Map.entry("Myanmar", "MM"), Map.entry("Czechia", "CZ"), Map.entry("Libyan Arab Jamahiriya", "LY"));
        un.forEach((k, v) -> map.put(fold(k), v));
        return map;
    }
}
