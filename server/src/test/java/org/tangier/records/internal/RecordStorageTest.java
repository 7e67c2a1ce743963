package org.tangier.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** Records on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class RecordStorageTest {

    @Autowired
    RecordService records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Caller officer;

    @BeforeEach
    void agency() {
        String code = new TestAgencies(jdbc, mvc).agency("R");
        officer = TestCallers.user("officer", code, EnumSet.of(Role.BUREAU_OFFICER));
    }

    @Test
    void personIsStoredNormalisedWithItsScriptsAndReadBack() {
        for (String member : new String[] {"FR", "ES"}) { // a restriction names member agencies only
            jdbc.sql("insert into agency (code, name, kind, active, created_at) select :c, :c, 'NATIONAL_BUREAU', true, :t"
                    + " where not exists (select 1 from agency where code = :c)")
                    .param("c", member).param("t", java.sql.Timestamp.from(java.time.Instant.now())).update();
        }
        RecordView created = records.create(officer, new RecordDraft(person("Abdellatif  Hammouchi", "عبد اللطيف حموشي"),
                "only:FR,ES", null, "case-1"));
        RecordView read = records.read(officer, created.id(), "test").orElseThrow();
        PersonDetails p = (PersonDetails) read.details();
        assertThat(p.names()).extracting(PersonDetails.Name::value).containsExactly("Abdellatif Hammouchi", "عبد اللطيف حموشي");
        assertThat(p.names()).extracting(PersonDetails.Name::script).containsExactly("Latn", "Arab");
        assertThat(p.birthDates()).containsExactly("1965", "1965-04-12");
        assertThat(read.restriction()).isEqualTo("only:ES,FR");
        assertThat(read.reviewBy()).isEqualTo(LocalDate.now().plusYears(5));
        assertThat(read.caption()).isEqualTo("Abdellatif Hammouchi");
    }

    @Test
    void aRecordWithoutARestrictionIsTheOwnersAloneAndAnUnknownAgencyIsRefused() {
        RecordView created = records.create(officer, new RecordDraft(person("Nabil Chraibi", null), null, null, null));
        assertThat(created.restriction()).isEqualTo("owner");
        assertThat(records.update(officer, created.id(), 1, new RecordDraft(person("Nabil Chraibi", null), null, null, null))
                .restriction()).as("an update without one keeps it").isEqualTo("owner");
        assertThatThrownBy(() -> records.create(officer, new RecordDraft(person("Nabil Chraibi", null),
                "except:NOSUCHAGENCY", null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("NOSUCHAGENCY");
    }

    @Test
    void everyChangeAddsAVersionAndAStaleVersionIsAConflict() {
        RecordView v1 = records.create(officer, new RecordDraft(person("Karim Benali", null), "all", null, null));
        RecordView v2 = records.update(officer, v1.id(), 1, new RecordDraft(person("Karim Ben Ali", null), "owner", null, null));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> records.update(officer, v1.id(), 1, new RecordDraft(person("Other", null), null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        records.cancel(officer, v1.id(), "duplicate of another record");
        assertThat(records.history(officer, v1.id())).extracting(v -> v.change())
                .containsExactly("created", "updated; restriction all -> owner; caption changed",
                        "cancelled: duplicate of another record");
        assertThat(records.read(officer, v1.id(), null).orElseThrow().status()).isEqualTo(RecordStatus.CANCELLED);
    }

    @Test
    void upsertByExternalIdUpdatesInsteadOfDuplicating() {
        String ext = "ftm-" + UUID.randomUUID();
        assertThat(records.upsert(officer, new RecordDraft(person("Nadia Lahlou", null), null, null, ext)).created()).isTrue();
        Records.UpsertResult second = records.upsert(officer, new RecordDraft(person("Nadia El Lahlou", null), null, null, ext));
        assertThat(second.created()).isFalse();
        assertThat(second.record().version()).isEqualTo(2);
    }

    @Test
    void documentVehicleAndIndicatorAreNormalisedToTheirKeys() {
        RecordView doc = records.create(officer, new RecordDraft(
                new TravelDocumentDetails("ab 12-345 67", "passport", "ma", "stolen", "2026-01-02", null), null, null, null));
        assertThat(((TravelDocumentDetails) doc.details()).number()).isEqualTo("AB1234567");
        assertThat(keys(doc.id())).containsExactly("DOC:MA:AB1234567");
        RecordView car = records.create(officer, new RecordDraft(
                new VehicleDetails("1hgcm82633a004352", "12345-a-6", "MA", "Honda", "Accord", "grey", 2003, "stolen"), null, null, null));
        assertThat(keys(car.id())).containsExactlyInAnyOrder("VIN:1HGCM82633A004352", "PLATE:MA:12345A6");
        RecordView phone = records.create(officer, new RecordDraft(
                new IndicatorDetails("phone", "00212 612-345-678", null, null), null, null, null));
        assertThat(((IndicatorDetails) phone.details()).value()).isEqualTo("+212612345678");
    }

    @Test
    void invalidInputNamesTheFieldAndStoresNothing() {
        long before = count();
        assertThatThrownBy(() -> records.create(officer, new RecordDraft(
                new PersonDetails(List.of(new PersonDetails.Name("Ali", null, null)), "X", List.of(), null, List.of(),
                        List.of(), List.of(), null), null, null, null)))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("gender");
        assertThatThrownBy(() -> records.create(officer, new RecordDraft(
                new PersonDetails(List.of(new PersonDetails.Name("Ali", null, null)), null, List.of("1974-13"), null,
                        List.of(), List.of(), List.of(), null), null, null, null)))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("birthDates[0]");
        assertThatThrownBy(() -> records.create(officer, new RecordDraft(
                new IndicatorDetails("bank-account", "MA64 0000 0000 0000 0000 0000 0000 1", null, null), null, null, null)))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("value");
        assertThatThrownBy(() -> records.create(officer, new RecordDraft(person("Ali", null), "only:", null, null)))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("restriction");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void reviewIsExtendedWithAReasonAndOverdueRecordsExpireThenPurge() {
        RecordView r = records.create(officer, new RecordDraft(person("Youssef Amrani", null), null,
                LocalDate.now().plusDays(10), null));
        assertThat(records.reviewDue(officer, 30)).extracting(RecordView::id).contains(r.id());
        RecordView extended = records.extendReview(officer, r.id(), LocalDate.now().plusYears(2), "investigation ongoing");
        assertThat(extended.reviewBy()).isEqualTo(LocalDate.now().plusYears(2));
        assertThat(records.reviewDue(officer, 30)).extracting(RecordView::id).doesNotContain(r.id());

        jdbc.sql("update record set review_by = :d where id = :id").param("d", java.sql.Date.valueOf(LocalDate.now().minusDays(1)))
                .param("id", r.id()).update();
        assertThat(records.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(records.read(officer, r.id(), null).orElseThrow().status()).isEqualTo(RecordStatus.CANCELLED);
        records.purgeCancelledBefore(Instant.now().plusSeconds(60));
        assertThat(records.read(officer, r.id(), null)).isEmpty();
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'record.purge' and object_id = :id")
                .param("id", r.id().toString()).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    private static PersonDetails person(String name, String original) {
        List<PersonDetails.Name> names = original == null ? List.of(new PersonDetails.Name(name, null, "primary"))
                : List.of(new PersonDetails.Name(name, null, "primary"), new PersonDetails.Name(original, null, "original-script"));
        return new PersonDetails(names, "M", List.of("1965", "1965-04-12"), "Taza", List.of("ma"),
                List.of(new PersonDetails.Identifier("passport", "XA 123456", "MA")), List.of(), null);
    }

    private List<String> keys(UUID id) {
        return jdbc.sql("select key_value from record_key where record_id = :id").param("id", id).query(String.class).list();
    }

    private long count() {
        return jdbc.sql("select count(*) from record").query(Long.class).single();
    }
}
