package org.tangier.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.access.AccessRules;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.access.Restriction;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.RecordVersion;
import org.tangier.records.RecordView;
import org.tangier.records.Records.RecordLink;

/** SQL over the record tables. Every query an agency makes carries the access rules' condition. */
@Repository
class RecordStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    /** For exports: reads rows a thousand at a time instead of the whole result first. */
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate streaming;
    private final RecordJson json;

    RecordStore(JdbcClient jdbc, JdbcTemplate template, RecordJson json) {
        this.jdbc = jdbc;
        this.template = template;
        JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(1000);
        this.streaming = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(fetching);
        this.json = json;
    }

    void insert(StoredRecord r, List<String> keys) {
        jdbc.sql("""
                insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                  caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                values (:id, :type, :owner, :rkind, :ragencies, :status, :ext, :caption, :folded, :review, :version,
                  :data, :created, :createdBy, :updated, :updatedBy)""")
                .params(columns(r)).update();
        replaceKeys(r.id(), keys);
    }

    /** Replaces the row if its version is still {@code expectedVersion}; false when someone changed it meanwhile. */
    boolean update(StoredRecord r, int expectedVersion, List<String> keys) {
        Map<String, Object> params = columns(r);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                update record set restriction_kind = :rkind, restriction_agencies = :ragencies, status = :status,
                  external_id = :ext, caption = :caption, caption_folded = :folded, review_by = :review,
                  version = :version, data = :data, updated_at = :updated, updated_by = :updatedBy
                where id = :id and version = :expected""").params(params).update();
        if (rows == 1) {
            replaceKeys(r.id(), keys);
        }
        return rows == 1;
    }

    void addVersion(UUID id, int version, Instant at, String by, String change, String data) {
        jdbc.sql("insert into record_version (record_id, version, changed_at, changed_by, change, data) values (:id, :v, :at, :by, :c, :d)")
                .param("id", id).param("v", version).param("at", Timestamp.from(at)).param("by", by)
                .param("c", change).param("d", data).update();
    }

    Optional<StoredRecord> find(UUID id) {
        return jdbc.sql("select * from record where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<StoredRecord> findByExternalId(String owner, String externalId) {
        return jdbc.sql("select * from record where owner_agency = :o and external_id = :e").param("o", owner)
                .param("e", externalId).query(this::map).optional();
    }

    List<StoredRecord> search(String viewer, RecordSearch search) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select * from record r where ").append(filter(viewer, search, params));
        sql.append(" order by r.updated_at desc, r.id limit :limit offset :offset");
        params.put("limit", search.limit());
        params.put("offset", search.offset());
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** How many records the search finds in all, under the same access filter: the list's total. */
    long count(String viewer, RecordSearch search) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select count(*) from record r where " + filter(viewer, search, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String filter(String viewer, RecordSearch search, Map<String, Object> params) {
        AccessRules.SqlCondition access = AccessRules.sqlCondition("r", viewer);
        StringBuilder sql = new StringBuilder(access.sql());
        params.putAll(access.parameters());
        if (search.type() != null) {
            sql.append(" and r.type = :type");
            params.put("type", search.type().name());
        }
        if (search.status() != null) {
            sql.append(" and r.status = :status");
            params.put("status", search.status().name());
        }
        if (search.owner() != null) {
            sql.append(" and r.owner_agency = :owner");
            params.put("owner", search.owner());
        }
        if (search.crimeArea() != null) {
            sql.append(" and ").append(CrimeAreas.sqlBearing(Carrier.RECORD, "r.id"));
            params.put("crimeArea", search.crimeArea().id());
        }
        if (search.text() != null && !search.text().isBlank()) {
            sql.append(" and (r.caption_folded like :text or r.id in (select k.record_id from record_key k where k.key_value like :key))");
            params.put("text", "%" + fold(search.text()) + "%");
            params.put("key", "%:" + search.text().trim().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
        }
        return sql.toString();
    }

    List<RecordVersion> versions(UUID id, RecordType type) {
        return jdbc.sql("select * from record_version where record_id = :id order by version").param("id", id)
                .query((rs, n) -> new RecordVersion(rs.getInt("version"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getString("change"), json.read(type, rs.getString("data"))))
                .list();
    }

    void insertLink(UUID id, UUID from, UUID to, String relation, Instant at, String by) {
        jdbc.sql("insert into record_link (id, from_id, to_id, relation, created_at, created_by) values (:id, :f, :t, :r, :at, :by)")
                .param("id", id).param("f", from).param("t", to).param("r", relation).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    /** Links of a record, both directions, to records the viewer may see. */
    List<RecordView.Link> links(UUID id, String viewer) {
        AccessRules.SqlCondition access = AccessRules.sqlCondition("r", viewer);
        String sql = """
                select l.id, r.id other, l.relation, r.caption, r.type from record_link l
                  join record r on r.id = case when l.from_id = :id then l.to_id else l.from_id end
                where (l.from_id = :id or l.to_id = :id) and """ + access.sql() + " order by l.created_at";
        return jdbc.sql(sql).param("id", id).params(access.parameters())
                .query((rs, n) -> new RecordView.Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), RecordType.valueOf(rs.getString(5))))
                .list();
    }

    boolean hasPhoto(UUID id) {
        return jdbc.sql("select count(*) from record_photo where record_id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void savePhoto(UUID id, String contentType, byte[] bytes, Instant at) {
        jdbc.sql("delete from record_photo where record_id = :id").param("id", id).update();
        jdbc.sql("insert into record_photo (record_id, content_type, bytes, uploaded_at) values (:id, :t, :b, :at)")
                .param("id", id).param("t", contentType).param("b", bytes).param("at", Timestamp.from(at)).update();
    }

    Optional<Photo> photo(UUID id) {
        return jdbc.sql("select content_type, bytes from record_photo where record_id = :id").param("id", id)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Streams every active record, for building the screening indexes, without holding them in memory. */
    void forEachActive(Consumer<StoredRecord> consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("select * from record where status = 'ACTIVE' order by id");
            ps.setFetchSize(2000);
            return ps;
        }, rs -> {
            consumer.accept(map(rs, 0));
        });
    }

    void forEachActive(RecordType type, Consumer<StoredRecord> consumer) {
        // no order: sorting a million rows only to hand them over one by one cost H2 a temporary result
        streaming.query("select * from record where status = 'ACTIVE' and type = :type",
                Map.of("type", type.name()), rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    /** Links whose both ends are active records. */
    void forEachLink(Consumer<RecordLink> consumer) {
        streaming.query("""
                select l.from_id, l.to_id, l.relation from record_link l
                join record f on f.id = l.from_id and f.status = 'ACTIVE'
                join record t on t.id = l.to_id and t.status = 'ACTIVE'""", Map.of(), rs -> {
            consumer.accept(new RecordLink(rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class), rs.getString(3)));
        });
    }

    /** Links whose both ends are active records and one end is among {@code ids}, a thousand ids a query. */
    void forEachLinkOf(java.util.Collection<UUID> ids, Consumer<RecordLink> consumer) {
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> some = all.subList(from, Math.min(all.size(), from + 1000));
            streaming.query("""
                    select l.from_id, l.to_id, l.relation from record_link l
                    join record f on f.id = l.from_id and f.status = 'ACTIVE'
                    join record t on t.id = l.to_id and t.status = 'ACTIVE'
                    where l.from_id in (:ids) or l.to_id in (:ids)""", Map.of("ids", some), rs -> {
                consumer.accept(new RecordLink(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3)));
            });
        }
    }

    void forEachChangedSince(Instant since, Consumer<StoredRecord> consumer) {
        streaming.query("select * from record where updated_at >= :since order by updated_at, id",
                Map.of("since", Timestamp.from(since)), rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    /**
     * Streams the records of a type that the viewer may see, oldest first. Call it inside a read-only transaction:
     * PostgreSQL only streams with a fetch size when autocommit is off.
     */
    void forEachVisible(String viewer, RecordType type, Consumer<StoredRecord> consumer) {
        AccessRules.SqlCondition access = AccessRules.sqlCondition("r", viewer);
        Map<String, Object> params = new HashMap<>(access.parameters());
        params.put("type", type.name());
        streaming.query("select * from record r where r.type = :type and " + access.sql() + " order by r.created_at, r.id",
                params, rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    List<StoredRecord> dueForReview(String owner, java.time.LocalDate horizon) {
        return jdbc.sql("select * from record where owner_agency = :o and status = 'ACTIVE' and review_by <= :h order by review_by, id limit 1000")
                .param("o", owner).param("h", java.sql.Date.valueOf(horizon)).query(this::map).list();
    }

    List<StoredRecord> overdue(java.time.LocalDate today) {
        return jdbc.sql("select * from record where status = 'ACTIVE' and review_by < :t order by review_by limit 5000")
                .param("t", java.sql.Date.valueOf(today)).query(this::map).list();
    }

    List<StoredRecord> cancelledBefore(Instant cutoff) {
        return jdbc.sql("select * from record where status = 'CANCELLED' and updated_at < :c order by updated_at limit 5000")
                .param("c", Timestamp.from(cutoff)).query(this::map).list();
    }

    /** Removes a record and everything hanging off it. */
    void purge(UUID id) {
        jdbc.sql("delete from record_key where record_id = :id").param("id", id).update();
        jdbc.sql("delete from record_version where record_id = :id").param("id", id).update();
        jdbc.sql("delete from record_link where from_id = :id or to_id = :id").param("id", id).update();
        jdbc.sql("delete from record_photo where record_id = :id").param("id", id).update();
        jdbc.sql("delete from record where id = :id").param("id", id).update();
    }

    // ---- batch writes for imports (RecordBatches): one JDBC batch per table instead of a statement per row

    private static final int LOOKUP_CHUNK = 100;

    /** The owner's records with these external ids, by external id. */
    Map<String, StoredRecord> findByExternalIds(String owner, java.util.Collection<String> externalIds) {
        Map<String, StoredRecord> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        // one indexed equality per id, joined by UNION ALL: H2 does not use the (owner, external id) index for an
        // IN list on its second column and would scan the agency's records once per batch. On PostgreSQL the driver
        // prepares the statement once and its plan is reused; "external_id = any(?)" with an array was tried and was
        // no faster (issue 19, docs/exchange.md)
        List<String> ids = List.copyOf(externalIds);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            String sql = String.join(" union all ", java.util.Collections.nCopies(chunk.size(),
                    "select * from record where owner_agency = ? and external_id = ?"));
            Object[] args = new Object[chunk.size() * 2];
            for (int i = 0; i < chunk.size(); i++) {
                args[2 * i] = owner;
                args[2 * i + 1] = chunk.get(i);
            }
            template.query(sql, (rs, n) -> map(rs, n), args).forEach(r -> found.put(r.externalId(), r));
        }
        return found;
    }

    boolean existsExternalId(String owner, String externalId) {
        return jdbc.sql("select count(*) from record where owner_agency = :o and external_id = :e").param("o", owner)
                .param("e", externalId).query(Long.class).single() > 0;
    }

    /** @param data each record's details as JSON, in the same order (written once for the record and its version) */
    void insertBatch(List<StoredRecord> records, List<String> data) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            StoredRecord r = records.get(i);
            rows.add(new Object[] {r.id(), r.type().name(), r.owner(), r.restriction().kind().name(),
                    r.restriction().storedAgencies(), r.status().name(), r.externalId(), truncate(r.caption(), 400),
                    truncate(fold(r.caption()), 400), java.sql.Date.valueOf(r.reviewBy()), r.version(),
                    data.get(i), Timestamp.from(r.createdAt()), r.createdBy(), Timestamp.from(r.updatedAt()),
                    r.updatedBy()});
        }
        template.batchUpdate("""
                insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                  caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Replaces rows still at their expected version; returns, per record, whether it was replaced. */
    boolean[] updateBatch(List<StoredRecord> records, List<Integer> expectedVersions, List<String> data) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            StoredRecord r = records.get(i);
            rows.add(new Object[] {r.restriction().kind().name(), r.restriction().storedAgencies(), r.status().name(),
                    r.externalId(), truncate(r.caption(), 400), truncate(fold(r.caption()), 400),
                    java.sql.Date.valueOf(r.reviewBy()), r.version(), data.get(i),
                    Timestamp.from(r.updatedAt()), r.updatedBy(), r.id(), expectedVersions.get(i)});
        }
        int[] counts = template.batchUpdate("""
                update record set restriction_kind = ?, restriction_agencies = ?, status = ?, external_id = ?, caption = ?,
                  caption_folded = ?, review_by = ?, version = ?, data = ?, updated_at = ?, updated_by = ?
                where id = ? and version = ?""", rows);
        boolean[] replaced = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            replaced[i] = counts[i] != 0;
        }
        return replaced;
    }

    /** Sets the exact-lookup keys of records, replacing those of the ones that had keys. */
    void replaceKeysBatch(Map<UUID, List<String>> keys, java.util.Collection<UUID> hadKeys) {
        if (!hadKeys.isEmpty()) {
            template.batchUpdate("delete from record_key where record_id = ?",
                    hadKeys.stream().map(id -> new Object[] {id}).toList());
        }
        List<Object[]> rows = new ArrayList<>();
        keys.forEach((id, values) -> values.forEach(k -> rows.add(new Object[] {id, k})));
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into record_key (record_id, key_value) values (?, ?)", rows);
        }
    }

    /** Version rows: record id, version, at, by, change, data (JSON). */
    void addVersionsBatch(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into record_version (record_id, version, changed_at, changed_by, change, data) values (?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /** Link rows: id, from, to, relation, at, by. */
    void insertLinksBatch(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into record_link (id, from_id, to_id, relation, created_at, created_by) values (?, ?, ?, ?, ?, ?)", rows);
        }
    }

    private void replaceKeys(UUID id, List<String> keys) {
        jdbc.sql("delete from record_key where record_id = :id").param("id", id).update();
        if (!keys.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            for (String k : keys) {
                rows.add(new Object[] {id, k});
            }
            template.batchUpdate("insert into record_key (record_id, key_value) values (?, ?)", rows);
        }
    }

    private Map<String, Object> columns(StoredRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("type", r.type().name());
        p.put("owner", r.owner());
        p.put("rkind", r.restriction().kind().name());
        p.put("ragencies", r.restriction().storedAgencies());
        p.put("status", r.status().name());
        p.put("ext", r.externalId());
        p.put("caption", truncate(r.caption(), 400));
        p.put("folded", truncate(fold(r.caption()), 400));
        p.put("review", java.sql.Date.valueOf(r.reviewBy()));
        p.put("version", r.version());
        p.put("data", json.write(r.details()));
        p.put("created", Timestamp.from(r.createdAt()));
        p.put("createdBy", r.createdBy());
        p.put("updated", Timestamp.from(r.updatedAt()));
        p.put("updatedBy", r.updatedBy());
        return p;
    }

    private StoredRecord map(ResultSet rs, int row) throws SQLException {
        RecordType type = RecordType.valueOf(rs.getString("type"));
        return new StoredRecord(rs.getObject("id", UUID.class), type, rs.getString("owner_agency"),
                Restriction.fromStored(rs.getString("restriction_kind"), rs.getString("restriction_agencies")),
                RecordStatus.valueOf(rs.getString("status")), rs.getString("external_id"), rs.getString("caption"),
                rs.getDate("review_by").toLocalDate(), rs.getInt("version"), json.read(type, rs.getString("data")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Lower case without diacritics, for a listing filter that finds "Hammouchi" when "hammouchi" is typed. */
    static String fold(String s) {
        String decomposed = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    record Photo(String contentType, byte[] bytes) {
    }
}
