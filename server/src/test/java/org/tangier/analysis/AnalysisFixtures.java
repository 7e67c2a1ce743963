package org.tangier.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.Hits;
import org.tangier.hits.CheckContext;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * One synthetic network, held by two agencies, for an allowed and a refused analyst:
 *
 * <pre>
 *   person P1 (A, all) --link-- phone I1 (A, all) --link-- person P2 (B, only:ALLOWED) --link-- firearm F1 (A, all)
 *   person P1 ~~possibly the same person~~ person P3 (B, only:ALLOWED)
 *   hit H1 on P1, checked by the REFUSED agency at a port
 * </pre>
 *
 * The refused agency sees P1, I1, F1 and its own hit; the allowed agency sees every record but not the hit.
 */
public final class AnalysisFixtures {

    final String ownerA;
    final String ownerB;
    final String allowed;
    final String refused;
    final String surname;
    final String phone;
    UUID p1;
    UUID p2;
    UUID p3;
    UUID i1;
    UUID f1;
    UUID h1;

    public AnalysisFixtures(JdbcClient jdbc, MockMvc mvc) {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        ownerA = agencies.agency("NA");
        ownerB = agencies.agency("NB");
        allowed = agencies.agency("NL");
        refused = agencies.agency("NR");
        Random random = new Random();
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        surname = s.toString();
        phone = "+2126" + (10_000_000 + random.nextInt(89_999_999));
    }

    public AnalysisFixtures build(Records records, Hits hits) {
        Caller a = TestCallers.user("a.officer", ownerA, EnumSet.of(Role.BUREAU_OFFICER));
        Caller b = TestCallers.user("b.officer", ownerB, EnumSet.of(Role.BUREAU_OFFICER));
        p1 = records.create(a, new RecordDraft(person("Mohammed " + surname), "all", null, null)).id();
        i1 = records.create(a, new RecordDraft(new IndicatorDetails("phone", phone, null, null), "all", null, null)).id();
        f1 = records.create(a, new RecordDraft(new FirearmDetails("GX" + surname.toUpperCase(), "Glock", "17", "9mm",
                "pistol", "stolen"), "all", null, null)).id();
        p2 = records.create(b, new RecordDraft(person("Youssef Z" + surname.substring(1)), "only:" + allowed, null, null)).id();
        p3 = records.create(b, new RecordDraft(person("Mohamed " + surname), "only:" + allowed, null, null)).id();
        records.link(a, p1, i1, "uses-phone");
        records.link(b, p2, i1, "uses-phone");
        records.link(b, p2, f1, "carries");
        Caller checker = TestCallers.user("r.border", refused, EnumSet.of(Role.BORDER_OFFICER));
        h1 = hits.raise(checker, new NewHit(
                new NewHit.Subject(p1, "person", ownerA, "Mohammed " + surname, "Mohammed " + surname), null,
                "contact-owner", 0.97, "name", new CheckContext("border check", "name check", "TNG-PORT", "MA")));
        return this;
    }

    /**
     * An active operation led by {@code lead} that each of {@code members} accepted to join, written straight into
     * the operations part's tables (the link chart only reads who its members are).
     */
    public static UUID operation(JdbcClient jdbc, String name, String lead, String... members) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into operation (id, name, objective, lead_agency, status, created_at, created_by)"
                + " values (:id, :name, 'synthetic operation for the link chart', :lead, 'ACTIVE', current_timestamp, 'test')")
                .param("id", id).param("name", name).param("lead", lead).update();
        for (String member : members) {
            jdbc.sql("insert into operation_participant (operation_id, agency, state, invited_at, answered_at)"
                    + " values (:id, :agency, 'ACCEPTED', current_timestamp, current_timestamp)")
                    .param("id", id).param("agency", member).update();
        }
        return id;
    }

    public String allowed() {
        return allowed;
    }

    public String refused() {
        return refused;
    }

    public String surname() {
        return surname;
    }

    public UUID p1() {
        return p1;
    }

    public UUID p2() {
        return p2;
    }

    public UUID p3() {
        return p3;
    }

    public UUID h1() {
        return h1;
    }

    public UUID i1() {
        return i1;
    }

    private static PersonDetails person(String name) {
        return new PersonDetails(List.of(new PersonDetails.Name(name, null, PersonDetails.Name.PRIMARY)), "M",
                List.of("1981-04-17"), null, List.of("MA"), List.of(), List.of(), null);
    }
}
