package org.tangier.screening.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.CheckContext;
import org.tangier.hits.FoundMatch;
import org.tangier.hits.MatchDisclosure;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Explanation;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.PersonQuery;
import org.tangier.matching.name.SpellingMode;
import org.tangier.matching.name.Verdict;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.records.PersonDetails;
import org.tangier.records.Records;

/**
 * Name screening in the shape of OpenSanctions' yente {@code POST /match/{dataset}}, so that sanctions-screening
 * clients work unchanged: FollowTheMoney examples in ({@code queries}: id → {schema, properties}), scored entities
 * out ({@code responses}: id → {status, results, total, query}). Dataset {@code default} is every person in force
 * that the caller's agency may see; {@code red}, {@code un}... only those under a notice of that type. Unlike a
 * border check, a record the caller may not see ({@link MatchDisclosure} decides) is left out entirely (a yente
 * client has no notion of "contact the owner"); a score at or above the HIT threshold still raises a hit for the
 * owner.
 *
 * <p>Results carry as {@code id} the FtM id the record was imported with (the record id where it has none) and the
 * record id in {@code referents}, so a client that loaded entities by its ids gets them back. A bad query in a batch
 * is answered with its own {@code status} 400 and {@code error}; the others are answered. Birth years are compared
 * with a tolerance ({@code tangier.screening.match-birth-year-tolerance}, default 3): lists give approximate years,
 * and a sanctions client wants an exactly equal name a few years off as a match to review, where a border check keeps
 * it POSSIBLE.
 */
@RestController
@Tag(name = "yente-compatible matching", description = "OpenSanctions yente /match API shape over the persons in force")
class YenteMatchController {

    static final Set<String> ALGORITHMS = Set.of("best", "default", "tangier-v1", "logic-v1", "logic-v2",
            "name-based", "name-qualified", "regression-v1", "regression-v3");
    static final Set<String> PERSON_SCHEMAS = Set.of("Person", "LegalEntity", "Thing");

    private final ScreeningIndex index;
    private final Records records;
    static final int REFUSED_HEADROOM = 20;

    private final MatchDisclosure disclosure;
    private final AuditLog audit;
    private final int birthYearTolerance;

    YenteMatchController(ScreeningIndex index, Records records, MatchDisclosure disclosure, AuditLog audit,
            @Value("${tangier.screening.match-birth-year-tolerance:3}") int birthYearTolerance) {
        this.index = index;
        this.records = records;
        this.disclosure = disclosure;
        this.audit = audit;
        if (birthYearTolerance < 0 || birthYearTolerance > 20) {
            throw new IllegalArgumentException("tangier.screening.match-birth-year-tolerance must be 0-20 years, got "
                    + birthYearTolerance);
        }
        this.birthYearTolerance = birthYearTolerance;
    }

    record EntityExample(String id, String schema, Map<String, Object> properties) {
    }

    record MatchQuery(Map<String, EntityExample> queries, Map<String, Double> weights) {
    }

    record Total(int value, String relation) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScoredEntity(String id, String caption, String schema, Map<String, List<String>> properties,
            List<String> datasets, List<String> referents, boolean target,
            @JsonProperty("first_seen") String firstSeen, @JsonProperty("last_seen") String lastSeen,
            @JsonProperty("last_change") String lastChange, double score, Map<String, Double> features,
            boolean match) {
    }

    /** One query's answer; {@code error} only when {@code status} is not 200 (a bad query in a batch). */
    record EntityMatches(int status, List<ScoredEntity> results, Total total, EntityExample query,
            @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
    }

    record FeatureDoc(String description, double coefficient, String url) {
    }

    record MatchResponse(Map<String, EntityMatches> responses, Map<String, FeatureDoc> matcher, int limit) {
    }

    @PostMapping("/match/{dataset}")
    @Operation(summary = "yente-compatible: match FollowTheMoney Person examples against the persons in force you may see")
    @Transactional
    MatchResponse match(@PathVariable String dataset, @RequestBody MatchQuery body,
            @RequestParam(required = false) Double threshold, @RequestParam(defaultValue = "5") int limit,
            @RequestParam(required = false) String algorithm, @RequestParam(required = false) String purpose,
            @RequestHeader(value = "X-Purpose", required = false) String purposeHeader) {
        Caller caller = ScreeningService.requireChecker(Callers.required());
        NoticeType only = dataset(dataset);
        if (algorithm != null && !ALGORITHMS.contains(algorithm)) {
            throw ProblemException.invalid("algorithm", "screening.not-offered-use-best-tangier", algorithm);
        }
        double cut = threshold == null ? index.thresholds().hit() : threshold;
        if (cut < 0 || cut > 1) {
            throw ProblemException.invalid("threshold", "screening.between-0-1");
        }
        int max = Math.max(1, Math.min(limit, 500));
        if (body == null || body.queries() == null || body.queries().isEmpty()) {
            throw ProblemException.invalid("queries", "screening.least-query-queries-q1-schema");
        }
        if (body.queries().size() > 100) {
            throw ProblemException.invalid("queries", "screening.most-100-queries-per-request");
        }
        String why = purpose != null && !purpose.isBlank() ? purpose : purposeHeader != null && !purposeHeader.isBlank()
                ? purposeHeader : "sanctions screening (yente /match)";
        why = ScreeningService.requirePurpose(why);
                Map<String, EntityMatches> responses = new LinkedHashMap<>();
        int hitCount = 0;
        for (Map.Entry<String, EntityExample> q : body.queries().entrySet()) {
            EntityExample example = q.getValue();
            PersonQuery query;
            try {
                if (example == null || example.schema() == null || example.properties() == null) {
                    throw ProblemException.invalid("queries." + q.getKey(), "screening.needs-schema-properties");
                }
                query = PERSON_SCHEMAS.contains(example.schema()) ? personQuery(q.getKey(), example) : null;
            } catch (ProblemException bad) {
                // as yente: the bad query gets its own status, the batch's other queries are still answered
                responses.put(q.getKey(), new EntityMatches(bad.status(), List.of(), new Total(0, "eq"), example,
                        bad.getMessage()));
                continue;
            }
            List<ScoredEntity> results = new ArrayList<>();
            if (query != null) {
                CheckContext check = CheckContext.of(why, "yente name=" + String.join(" / ", query.names()));
                // refused records take part (a HIT still raises the owner's hit) but are left out of the results:
                // headroom so that they do not push the caller's visible matches out of the limit
                var candidates = index.searchPersons(query, r -> inDataset(r, only), Math.min(max + REFUSED_HEADROOM, 1000));
                for (ScreeningIndex.PersonCandidate c : candidates) {
                    if (c.candidate().score() < Math.min(cut, index.thresholds().possible())) {
                        continue; // the index returns weak candidates when few pass; a screening client wants none
                    }
                    var snapshot = records.snapshot(c.record().id());
                    if (snapshot.isEmpty() || !(snapshot.get().details() instanceof PersonDetails person)) {
                        continue;
                    }
                    double score = ScreeningService.round(c.candidate().score());
                    Verdict verdict = c.candidate().verdict();
                    List<NoticeInForce> notices = index.noticesOn(c.record().id());
                    FoundMatch found = new FoundMatch(snapshot.get(), notices, verdict == Verdict.HIT, score, "name", check);
                    boolean shown = verdict == Verdict.NO_HIT ? disclosure.discloses(caller, found)
                            : disclosure.disclose(caller, found).full();
                    hitCount += verdict == Verdict.HIT ? 1 : 0;
                    if (shown && results.size() < max) {
                        String recordId = c.record().id().toString();
                        String ftmId = snapshot.get().externalId();
                        results.add(new ScoredEntity(ftmId == null || ftmId.isBlank() ? recordId : ftmId,
                                snapshot.get().caption(), "Person", properties(person),
                                notices.stream().map(n -> n.type().name().toLowerCase(Locale.ROOT)).distinct().toList(),
                                List.of(recordId), true, null, null, null, score,
                                features(c.candidate().match().explanation()), score >= cut));
                    }
                }
            }
            responses.put(q.getKey(), new EntityMatches(200, results, new Total(results.size(), "eq"), example, null));
        }
        audit.record(new AuditEvent("screening.match", "match", dataset, why, AuditEvent.Outcome.SUCCESS,
                body.queries().size() + " queries, " + hitCount + " hits"));
        return new MatchResponse(responses, MATCHER, max);
    }

    static final Map<String, FeatureDoc> MATCHER = Map.of(
            "name_similarity", new FeatureDoc("Best alignment of the name parts across scripts and spellings, weighed by how rare each part is", 1.0, "/docs/matching-names.md"),
            "dob_match", new FeatureDoc("Agreement of the dates of birth: exact 1, partial or swapped less, none 0", 1.0, "/docs/matching-names.md"),
            "country_mismatch", new FeatureDoc("1 when both sides give nationalities and none agree", -1.0, "/docs/matching-names.md"),
            "gender_mismatch", new FeatureDoc("1 when both sides give a gender and they differ", -1.0, "/docs/matching-names.md"));

    private static Map<String, Double> features(Explanation e) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("name_similarity", ScreeningService.round(e.nameScore()));
        f.put("dob_match", switch (e.birthDate()) {
            case EXACT -> 1.0;
            // an approximate year (within the /match tolerance) neither supports nor conflicts: no agreement
            case CONFLICT, UNKNOWN, APPROXIMATE_YEAR -> 0.0;
            default -> 0.5;
        });
        f.put("country_mismatch", e.nationality() == org.tangier.matching.name.Agreement.CONFLICT ? 1.0 : 0.0);
        f.put("gender_mismatch", e.gender() == org.tangier.matching.name.Agreement.CONFLICT ? 1.0 : 0.0);
        return f;
    }

    /** Persons under a notice in force, of the dataset's type if it names one. */
    private boolean inDataset(IndexedRecord r, NoticeType only) {
        List<NoticeInForce> notices = index.noticesOn(r.id());
        return !notices.isEmpty() && (only == null || notices.stream().anyMatch(n -> n.type() == only));
    }

    private static NoticeType dataset(String dataset) {
        if (dataset.equals("default")) {
            return null;
        }
        for (NoticeType t : NoticeType.values()) {
            if (t.name().equalsIgnoreCase(dataset)) {
                return t;
            }
        }
        throw ProblemException.of(404, "screening.not-found.dataset", dataset);
    }

    private PersonQuery personQuery(String id, EntityExample example) {
        List<String> names = new ArrayList<>();
        names.addAll(values(example.properties().get("name")));
        names.addAll(values(example.properties().get("alias")));
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            List<String> parts = new ArrayList<>();
            parts.addAll(values(example.properties().get("firstName")));
            parts.addAll(values(example.properties().get("middleName")));
            parts.addAll(values(example.properties().get("lastName")));
            if (!parts.isEmpty()) {
                names.add(String.join(" ", parts));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        List<BirthDate> dates = new ArrayList<>();
        for (String d : values(example.properties().get("birthDate"))) {
            try {
                dates.add(BirthDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("queries." + id + ".properties.birthDate", "screening.not-date-1974-1974-08", d);
            }
        }
        List<String> nationalities = new ArrayList<>();
        for (String key : List.of("nationality", "country", "citizenship")) {
            for (String c : values(example.properties().get(key))) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (PersonEntries.ISO_COUNTRIES.contains(code) && !nationalities.contains(code)) {
                    nationalities.add(code);
                }
            }
        }
        Gender gender = values(example.properties().get("gender")).stream().map(Gender::parse)
                .filter(g -> g != Gender.UNKNOWN).findFirst().orElse(Gender.UNKNOWN);
        return new PersonQuery(names, dates, nationalities, gender, SpellingMode.TRANSLITERATE)
                .withBirthYearTolerance(birthYearTolerance);
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    private static Map<String, List<String>> properties(PersonDetails p) {
        Map<String, List<String>> props = new LinkedHashMap<>();
        props.put("name", p.names().stream().filter(n -> !"alias".equals(n.kind()) && !"weak-alias".equals(n.kind()))
                .map(PersonDetails.Name::value).toList());
        List<String> aliases = p.names().stream().filter(n -> "alias".equals(n.kind()) || "weak-alias".equals(n.kind()))
                .map(PersonDetails.Name::value).toList();
        if (!aliases.isEmpty()) {
            props.put("alias", aliases);
        }
        if (!p.birthDates().isEmpty()) {
            props.put("birthDate", p.birthDates());
        }
        if (!p.nationalities().isEmpty()) {
            props.put("nationality", p.nationalities().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        }
        if (p.gender() != null && !p.gender().equals("U")) {
            props.put("gender", List.of(p.gender().equals("M") ? "male" : p.gender().equals("F") ? "female" : "other"));
        }
        return props;
    }

    static String uuid(UUID id) {
        return id.toString();
    }
}
