package org.tangier.assessments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.messaging.HandlingCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments in the database. The list is bound to one agency: its own assessments, and the published ones whose
 * restriction admits it (AccessRules in SQL), so a refused agency's list never holds a row it may not see.
 */
@Repository
class AssessmentStore {

    private static final TypeReference<List<FigureData>> FIGURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Assessment a) {
        jdbc.sql("""
                insert into assessment (id, owner_agency, author_id, author_name, status, version, document,
                  restriction_kind, restriction_agencies, handling_code, created_at, updated_at)
                values (:id, :owner, :authorId, :authorName, :status, :version, :document, :kind, :agencies, :handling,
                  :created, :updated)""")
                .param("id", a.id()).param("owner", a.owner()).param("authorId", a.author().id())
                .param("authorName", a.author().name()).param("status", a.status().name()).param("version", a.version())
                .param("document", json.writeValueAsString(a.document()))
                .param("kind", a.dissemination().restriction().kind().name())
                .param("agencies", a.dissemination().restriction().storedAgencies())
                .param("handling", a.dissemination().handlingCode().name())
                .param("created", Timestamp.from(a.times().created())).param("updated", Timestamp.from(a.times().updated()))
                .update();
    }

    /**
     * Writes the new state of a draft, only if nobody saved it since {@code expectedVersion} was read (false then):
     * two analysts editing one draft must not silently overwrite each other.
     */
    boolean update(Assessment a, int expectedVersion) {
        Assessment.Review review = a.review();
        return jdbc.sql("""
                update assessment set status = :status, version = :version, document = :document,
                  restriction_kind = :kind, restriction_agencies = :agencies, handling_code = :handling,
                  updated_at = :updated, submitted_at = :submitted, published_at = :published,
                  reviewer_id = :reviewerId, reviewer_name = :reviewerName, review_note = :note,
                  figures = :figures, figures_version = :figuresVersion
                where id = :id and version = :expected and status <> 'PUBLISHED'""")
                .param("id", a.id()).param("expected", expectedVersion).param("status", a.status().name())
                .param("version", a.version()).param("document", json.writeValueAsString(a.document()))
                .param("kind", a.dissemination().restriction().kind().name())
                .param("agencies", a.dissemination().restriction().storedAgencies())
                .param("handling", a.dissemination().handlingCode().name())
                .param("updated", Timestamp.from(a.times().updated()))
                .param("submitted", timestamp(a.times().submitted())).param("published", timestamp(a.times().published()))
                .param("reviewerId", review == null ? null : review.reviewer().id())
                .param("reviewerName", review == null ? null : review.reviewer().name())
                .param("note", review == null ? null : review.note())
                .param("figures", a.figures() == null ? null : json.writeValueAsString(a.figures()))
                .param("figuresVersion", a.figuresVersion())
                .update() == 1;
    }

    Optional<Assessment> find(UUID id) {
        return jdbc.sql("select * from assessment where id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * The assessments {@code agency} holds or may read, newest first: its own (drafts only when {@code withDrafts})
     * and the published ones of others whose restriction admits it.
     */
    List<Assessment> visibleTo(String agency, boolean withDrafts, int limit) {
        AccessRules.SqlCondition admitted = AccessRules.sqlCondition("a", agency);
        return jdbc.sql("select * from assessment a where ((a.owner_agency = :agency and (:drafts or a.status = 'PUBLISHED'))"
                        + " or (a.status = 'PUBLISHED' and " + admitted.sql() + ")) order by a.updated_at desc, a.id limit :limit")
                .param("agency", agency).param("drafts", withDrafts).params(admitted.parameters()).param("limit", limit)
                .query(this::map).list();
    }

    private Assessment map(ResultSet rs, int row) throws SQLException {
        String reviewerId = rs.getString("reviewer_id");
        String figures = rs.getString("figures");
        int figuresVersion = rs.getInt("figures_version");
        return new Assessment(rs.getObject("id", UUID.class), rs.getString("owner_agency"),
                new Assessment.Person(rs.getString("author_id"), rs.getString("author_name")),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                json.readValue(rs.getString("document"), AssessmentDocument.class),
                new Assessment.Dissemination(Restriction.fromStored(rs.getString("restriction_kind"),
                        rs.getString("restriction_agencies")), HandlingCode.valueOf(rs.getString("handling_code"))),
                new Assessment.Times(instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"),
                        instant(rs, "published_at")),
                reviewerId == null ? null : new Assessment.Review(
                        new Assessment.Person(reviewerId, rs.getString("reviewer_name")), rs.getString("review_note")),
                figures == null ? null : json.readValue(figures, FIGURES),
                figures == null ? null : figuresVersion);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
