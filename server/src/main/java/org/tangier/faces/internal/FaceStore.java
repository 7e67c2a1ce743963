package org.tangier.faces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FaceStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FaceStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(StoredFace f, byte[] image, byte[] templateBytes) {
        jdbc.sql("""
                insert into face (id, person_id, capture_source, image, template, template_model, eye_distance, yaw, roll,
                  sharpness, enrolled_at, enrolled_by)
                values (:id, :person, :source, :image, :template, :model, :eyes, :yaw, :roll, :sharpness, :at, :by)""")
                .param("id", f.id()).param("person", f.personId()).param("source", f.captureSource())
                .param("image", image).param("template", templateBytes).param("model", f.templateModel())
                .param("eyes", f.eyeDistance()).param("yaw", f.yaw()).param("roll", f.roll())
                .param("sharpness", f.sharpness()).param("at", Timestamp.from(f.enrolledAt()))
                .param("by", f.enrolledBy()).update();
    }

    List<StoredFace> ofPerson(UUID personId) {
        return jdbc.sql("select * from face where person_id = :p order by enrolled_at").param("p", personId)
                .query(this::mapFace).list();
    }

    Optional<StoredFace> find(UUID id) {
        return jdbc.sql("select * from face where id = :id").param("id", id).query(this::mapFace).optional();
    }

    Optional<byte[]> image(UUID id) {
        return jdbc.sql("select image from face where id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Every stored template made by {@code model}, with its person, to fill the gallery at start-up. */
    void forEachTemplate(String model, BiConsumer<UUID, byte[]> consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("select person_id, template from face where template_model = ?");
            ps.setString(1, model);
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            consumer.accept(rs.getObject(1, UUID.class), rs.getBytes(2));
        });
    }

    int countOtherModels(String model) {
        return jdbc.sql("select count(*) from face where template_model <> :m").param("m", model).query(Integer.class).single();
    }

    void insertSearch(StoredSearch s, byte[] probe) {
        insertSearch(s, probe, null, null);
    }

    /** A search, with the black notice and its subject when it is a notice's cross-search. */
    void insertSearch(StoredSearch s, byte[] probe, UUID noticeId, UUID probePerson) {
        jdbc.sql("""
                insert into face_search (id, searching_agency, purpose, probe_image, created_at, created_by, notice_id,
                  probe_person_id)
                values (:id, :agency, :purpose, :probe, :at, :by, :notice, :probePerson)""")
                .param("id", s.id()).param("agency", s.searchingAgency()).param("purpose", s.purpose())
                .param("probe", probe).param("at", Timestamp.from(s.createdAt())).param("by", s.createdBy())
                .param("notice", noticeId).param("probePerson", probePerson).update();
        for (StoredSearch.Candidate c : s.candidates()) {
            jdbc.sql("insert into face_candidate (id, search_id, rank, person_id, score) values (:id, :s, :r, :p, :score)")
                    .param("id", c.id()).param("s", s.id()).param("r", c.rank()).param("p", c.personId())
                    .param("score", c.score()).update();
        }
    }

    /** Whether the notice's subject was cross-searched already (a notice handed over again searches once). */
    boolean hasCrossSearch(UUID noticeId, UUID probePerson) {
        return jdbc.sql("select count(*) from face_search where notice_id = :n and probe_person_id = :p")
                .param("n", noticeId).param("p", probePerson).query(Long.class).single() > 0;
    }

    /** A stored face as a probe or for re-enrolment: its person, template, model and image. */
    record FaceData(UUID id, UUID personId, byte[] template, String model, byte[] image) {
    }

    /** The person's faces made by {@code model}, first enrolled first. */
    List<FaceData> facesOf(UUID personId, String model) {
        return jdbc.sql("""
                select id, person_id, template, template_model, image from face
                where person_id = :p and template_model = :m order by enrolled_at""")
                .param("p", personId).param("m", model).query(this::mapData).list();
    }

    /** Faces made by another model than {@code model}, by id after {@code after} (keyset paging), at most {@code limit}. */
    List<UUID> otherModelFaces(String model, UUID after, int limit) {
        return jdbc.sql("""
                select id from face where template_model <> :m and id > :after order by id limit :n""")
                .param("m", model).param("after", after == null ? new UUID(0, 0) : after).param("n", limit)
                .query(UUID.class).list();
    }

    Optional<FaceData> face(UUID id) {
        return jdbc.sql("select id, person_id, template, template_model, image from face where id = :id")
                .param("id", id).query(this::mapData).optional();
    }

    /**
     * Replaces a face's template by one of {@code model} with the quality measured again; false when the face is
     * gone or was re-embedded meanwhile (another node, or the command during the start-up run).
     */
    boolean reembed(UUID id, String model, byte[] template, double eyeDistance, double yaw, double roll, double sharpness) {
        return jdbc.sql("""
                update face set template = :t, template_model = :m, eye_distance = :e, yaw = :y, roll = :r, sharpness = :s
                where id = :id and template_model <> :m""")
                .param("t", template).param("m", model).param("e", eyeDistance).param("y", yaw).param("r", roll)
                .param("s", sharpness).param("id", id).update() == 1;
    }

    private FaceData mapData(ResultSet rs, int n) throws SQLException {
        return new FaceData(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBytes(3), rs.getString(4),
                rs.getBytes(5));
    }

    Optional<StoredSearch> findSearch(UUID id) {
        List<StoredSearch.Candidate> candidates = jdbc.sql(
                        "select id, rank, person_id, score from face_candidate where search_id = :s order by rank")
                .param("s", id).query((rs, n) -> new StoredSearch.Candidate(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, UUID.class), rs.getDouble(4))).list();
        return jdbc.sql("select * from face_search where id = :id").param("id", id)
                .query((rs, n) -> mapSearch(rs, candidates)).optional();
    }

    Optional<byte[]> probe(UUID searchId) {
        return jdbc.sql("select probe_image from face_search where id = :id").param("id", searchId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Records the decision unless one was recorded already; false then. */
    boolean decide(UUID searchId, StoredSearch.Decision d) {
        return jdbc.sql("""
                update face_search set decision = :c, candidate_id = :cand, hit_id = :hit, decided_at = :at,
                  decided_by = :by, decision_note = :note where id = :id and decision is null""")
                .param("c", d.conclusion()).param("cand", d.candidateId()).param("hit", d.hitId())
                .param("at", Timestamp.from(d.decidedAt())).param("by", d.decidedBy()).param("note", d.note())
                .param("id", searchId).update() == 1;
    }

    void attachHit(UUID searchId, UUID hitId) {
        jdbc.sql("update face_search set hit_id = :h where id = :id").param("h", hitId).param("id", searchId).update();
    }

    /** The agency's searches still waiting for an examiner's decision, newest first. */
    List<UUID> undecided(String agency, int limit) {
        return jdbc.sql("""
                select id from face_search where searching_agency = :a and decision is null
                order by created_at desc limit :n""")
                .param("a", agency).param("n", limit).query(UUID.class).list();
    }

    private StoredFace mapFace(ResultSet rs, int n) throws SQLException {
        return new StoredFace(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("capture_source"), rs.getString("template_model"), rs.getDouble("eye_distance"),
                rs.getDouble("yaw"), rs.getDouble("roll"), rs.getDouble("sharpness"),
                rs.getTimestamp("enrolled_at").toInstant(), rs.getString("enrolled_by"));
    }

    private static StoredSearch mapSearch(ResultSet rs, List<StoredSearch.Candidate> candidates) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        StoredSearch.Decision decision = rs.getString("decision") == null ? null
                : new StoredSearch.Decision(rs.getString("decision"), rs.getObject("candidate_id", UUID.class),
                        rs.getObject("hit_id", UUID.class), decidedAt == null ? null : decidedAt.toInstant(),
                        rs.getString("decided_by"), rs.getString("decision_note"));
        return new StoredSearch(rs.getObject("id", UUID.class), rs.getString("searching_agency"), rs.getString("purpose"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), candidates, decision);
    }

}
