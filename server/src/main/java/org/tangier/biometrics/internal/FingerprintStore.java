package org.tangier.biometrics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.biometrics.FingerPosition;

@Repository
class FingerprintStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FingerprintStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(StoredPrint p, byte[] image, byte[] templateBytes) {
        jdbc.sql("""
                insert into fingerprint (id, person_id, position_code, capture_source, image_format, image, dpi, template,
                  template_format, enrolled_at, enrolled_by)
                values (:id, :person, :pos, :source, :format, :image, :dpi, :template, :tformat, :at, :by)""")
                .param("id", p.id()).param("person", p.personId()).param("pos", p.position().code())
                .param("source", p.captureSource()).param("format", p.imageFormat()).param("image", image)
                .param("dpi", p.dpi()).param("template", templateBytes).param("tformat", p.templateFormat())
                .param("at", Timestamp.from(p.enrolledAt())).param("by", p.enrolledBy()).update();
    }

    List<StoredPrint> ofPerson(UUID personId) {
        return jdbc.sql("select * from fingerprint where person_id = :p order by position_code, enrolled_at")
                .param("p", personId).query(this::mapPrint).list();
    }

    Optional<StoredPrint> find(UUID id) {
        return jdbc.sql("select * from fingerprint where id = :id").param("id", id).query(this::mapPrint).optional();
    }

    Optional<byte[]> image(UUID id) {
        return jdbc.sql("select image from fingerprint where id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Streams every stored template with its person and position, to fill the gallery at start-up. */
    void forEachTemplate(TemplateConsumer consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("select id, person_id, position_code, template from fingerprint");
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            consumer.accept(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), FingerPosition.ofCode(rs.getInt(3)),
                    rs.getBytes(4));
        });
    }

    /** One stored print's template, as a gallery loads it. */
    record StoredTemplate(UUID id, FingerPosition position, byte[] template) {
    }

    /** Every print of a person with its template: what a node adds when another node enrolled them. */
    List<StoredTemplate> storedTemplatesOf(UUID personId) {
        return jdbc.sql("select id, position_code, template from fingerprint where person_id = :p order by enrolled_at")
                .param("p", personId)
                .query((rs, n) -> new StoredTemplate(rs.getObject(1, UUID.class), FingerPosition.ofCode(rs.getInt(2)),
                        rs.getBytes(3)))
                .list();
    }

    /** A person's templates by finger position (the first enrolled per position). */
    java.util.Map<FingerPosition, byte[]> templatesOf(UUID personId) {
        java.util.Map<FingerPosition, byte[]> templates = new java.util.EnumMap<>(FingerPosition.class);
        jdbc.sql("select position_code, template from fingerprint where person_id = :p order by enrolled_at")
                .param("p", personId)
                .query((rs, n) -> templates.putIfAbsent(FingerPosition.ofCode(rs.getInt(1)), rs.getBytes(2))).list();
        return templates;
    }

    /** Whether a match of this kind between the two persons is already recorded (a re-run finds it again). */
    boolean hasMatch(String kind, UUID probePerson, UUID candidate) {
        return jdbc.sql("select count(*) from fingerprint_match where probe_kind = :kind and probe_person_id = :probe"
                        + " and candidate_person_id = :candidate")
                .param("kind", kind).param("probe", probePerson).param("candidate", candidate)
                .query(Long.class).single() > 0;
    }

    void insertMatch(StoredMatch m, byte[] probeImage, String probeFormat) {
        jdbc.sql("""
                insert into fingerprint_match (id, probe_kind, probe_person_id, probe_image, probe_format, probe_position,
                  candidate_person_id, candidate_print_id, score, outcome, status, searching_agency, purpose, created_at, created_by)
                values (:id, :kind, :probePerson, :probeImage, :probeFormat, :probePos, :candidate, :candidatePrint, :score,
                  :outcome, :status, :agency, :purpose, :at, :by)""")
                .param("id", m.id()).param("kind", m.probeKind()).param("probePerson", m.probePersonId())
                .param("probeImage", probeImage).param("probeFormat", probeFormat).param("probePos", m.probePosition())
                .param("candidate", m.candidatePersonId()).param("candidatePrint", m.candidatePrintId())
                .param("score", m.score()).param("outcome", m.outcome()).param("status", m.status())
                .param("agency", m.searchingAgency()).param("purpose", m.purpose())
                .param("at", Timestamp.from(m.createdAt())).param("by", m.createdBy()).update();
    }

    Optional<StoredMatch> findMatch(UUID id) {
        return jdbc.sql("select * from fingerprint_match where id = :id").param("id", id).query(this::mapMatch).optional();
    }

    Optional<byte[]> probeImage(UUID matchId) {
        return jdbc.sql("select probe_image from fingerprint_match where id = :id").param("id", matchId)
                .query((rs, n) -> rs.getBytes(1)).optional().filter(b -> b != null);
    }

    List<StoredMatch> pendingFor(List<UUID> candidatePersons) {
        if (candidatePersons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from fingerprint_match where status = 'PENDING' and candidate_person_id in (:ids) order by created_at desc")
                .param("ids", candidatePersons).query(this::mapMatch).list();
    }

    List<StoredMatch> recent(int limit) {
        return jdbc.sql("select * from fingerprint_match order by created_at desc limit :l").param("l", limit)
                .query(this::mapMatch).list();
    }

    boolean decide(UUID id, String status, String outcome, Instant at, String by, String note) {
        return jdbc.sql("""
                update fingerprint_match set status = :s, outcome = :o, decided_at = :at, decided_by = :by, decision_note = :n
                where id = :id and status = 'PENDING'""")
                .param("s", status).param("o", outcome).param("at", Timestamp.from(at)).param("by", by).param("n", note)
                .param("id", id).update() == 1;
    }

    private StoredPrint mapPrint(ResultSet rs, int n) throws SQLException {
        return new StoredPrint(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                FingerPosition.ofCode(rs.getInt("position_code")), rs.getString("capture_source"),
                rs.getString("image_format"), rs.getInt("dpi"), rs.getString("template_format"),
                rs.getTimestamp("enrolled_at").toInstant(), rs.getString("enrolled_by"));
    }

    private StoredMatch mapMatch(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new StoredMatch(rs.getObject("id", UUID.class), rs.getString("probe_kind"),
                rs.getObject("probe_person_id", UUID.class), rs.getInt("probe_position"),
                rs.getObject("candidate_person_id", UUID.class), rs.getObject("candidate_print_id", UUID.class),
                rs.getDouble("score"), rs.getString("outcome"), rs.getString("status"), rs.getString("searching_agency"),
                rs.getString("purpose"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getString("decision_note"));
    }

    @FunctionalInterface
    interface TemplateConsumer {
        void accept(UUID printId, UUID personId, FingerPosition position, byte[] template);
    }
}
