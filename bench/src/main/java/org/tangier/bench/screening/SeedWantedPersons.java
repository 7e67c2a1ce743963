package org.tangier.bench.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Writes synthetic wanted persons straight into a Tangier database (its schema made by a first start of the server):
 * each a person record and a published RED notice naming it, so that the name index holds them at the next start.
 * Names come from {@link SyntheticPersons} (common given names, mostly rare syllable surnames), birth dates and
 * nationalities vary. Never run it against a real database.
 *
 * <pre>
 * java -cp bench/target/classes:$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar \
 *   org.tangier.bench.screening.SeedWantedPersons "jdbc:h2:file:/tmp/tangier-names/data/tangier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" 1000000
 * </pre>
 */
public final class SeedWantedPersons {

    static final String OWNER = BenchDatabase.OWNER;
    static final String[] NATIONALITIES = {"MA", "FR", "ES", "EG", "AE", "QA", "DZ", "TN", "SA", "JO"};

    private SeedWantedPersons() {
    }

    /** The i-th seeded person, drawn in order from {@code new Random(1)}: the in-process baseline indexes the same. */
    record Wanted(String name, String birthDate, String nationality, String gender) {

        static Wanted next(Random random) {
            String name = SyntheticPersons.name(random);
            String birth = String.format("%d-%02d-%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
            String gender = random.nextBoolean() ? "M" : "F";
            return new Wanted(name, birth, nationality, gender);
        }
    }

    /** The i-th person's record id, and its notice's: {@link CopyWantedPersons} writes the same rows. */
    static UUID personId(long i) {
        return new UUID(0x7A6E_0001_0000_0000L, i);
    }

    static UUID noticeId(long i) {
        return new UUID(0x7A6E_0002_0000_0000L, i);
    }

    static String reference(long i) {
        return String.format("RED-BENCH-2026-%07d", i);
    }

    /** The person record's details as the records part stores them (JSON). */
    static String data(Wanted w) {
        return "{\"names\":[{\"value\":\"" + w.name() + "\",\"script\":null,\"kind\":\"primary\"}],"
                + "\"gender\":\"" + w.gender() + "\",\"birthDates\":[\"" + w.birthDate() + "\"],\"placeOfBirth\":null,"
                + "\"nationalities\":[\"" + w.nationality() + "\"],\"identifiers\":[],\"distinguishingMarks\":[],"
                + "\"remarks\":null}";
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long count = Long.parseLong(args[1]);
        Random random = new Random(1);
        long start = System.nanoTime();
        try (Connection c = BenchDatabase.open(url)) {
            Timestamp now = Timestamp.from(Instant.now());
            java.sql.Date review = java.sql.Date.valueOf(LocalDate.now().plusYears(5));
            try (PreparedStatement person = c.prepareStatement("""
                    insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                      caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                    values (?, 'PERSON', ?, 'ALL', '', 'ACTIVE', null, ?, ?, ?, 1, ?, ?, 'bench', ?, 'bench')""");
                 PreparedStatement notice = c.prepareStatement("""
                    insert into notice (id, reference, type, diffusion, owner_agency, restriction_kind, restriction_agencies,
                      status, review_pending, instruction, summary, data, expires_on, external_id, version, created_at,
                      created_by, updated_at, updated_by)
                    values (?, ?, 'RED', false, ?, 'ALL', '', 'PUBLISHED', false, 'ARREST', 'Synthetic wanted person',
                      '{}', ?, null, 1, ?, 'bench', ?, 'bench')""");
                 PreparedStatement subject = c.prepareStatement(
                         "insert into notice_subject (notice_id, record_id, position) values (?, ?, 0)")) {
                for (long i = 0; i < count; i++) {
                    Wanted wanted = Wanted.next(random);
                    String name = wanted.name();
                    UUID recordId = personId(i);
                    UUID noticeId = noticeId(i);
                    person.setObject(1, recordId);
                    person.setString(2, OWNER);
                    person.setString(3, name);
                    person.setString(4, name.toLowerCase());
                    person.setDate(5, review);
                    person.setString(6, data(wanted));
                    person.setTimestamp(7, now);
                    person.setTimestamp(8, now);
                    person.addBatch();
                    notice.setObject(1, noticeId);
                    notice.setString(2, reference(i));
                    notice.setString(3, OWNER);
                    notice.setDate(4, review);
                    notice.setTimestamp(5, now);
                    notice.setTimestamp(6, now);
                    notice.addBatch();
                    subject.setObject(1, noticeId);
                    subject.setObject(2, recordId);
                    subject.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        person.executeBatch();
                        notice.executeBatch();
                        subject.executeBatch();
                        c.commit();
                        if ((i + 1) % 100_000 == 0) {
                            System.out.printf("%,d wanted persons in %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
                person.executeBatch();
                notice.executeBatch();
                subject.executeBatch();
                c.commit();
            }
        }
        System.out.printf("seeded %,d wanted persons with RED notices in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }
}
