package org.tangier.screening.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.tangier.matching.index.KeyIndex;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonQuery;
import org.tangier.notices.NoticeInForce;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;

/**
 * One node's screening indexes and the changes to them: persons by name (a {@link NameIndex} over the subjects of
 * notices in force) and documents, vehicles, firearms and indicators by normalised key (one {@link KeyIndex}, keyed by
 * {@link ScreeningKeys}; person identifiers of wanted persons are keyed there too). Which records are screened is
 * {@link ScreeningScope}'s and {@link NoticeSubjects}' to say; the snapshot on disk is {@link IndexSnapshot}'s.
 * Nothing is filtered here: the index finds every record, and the answer shows a checking agency only what the owner
 * allows.
 *
 * <p>Reads run concurrently without locks (the key index is lock-free for readers, the name index takes a read
 * lock); changes are serialised on this object.
 */
final class ScreeningIndex {

    /** Replaced with the table when a snapshot is loaded, so that no entry points at another table's ordinals. */
    private volatile NameIndex persons;
    /** Replaced as a whole when a snapshot is loaded at start-up, before checks are served. */
    private volatile KeyIndex keys;
    private volatile ScreenedRecords table = new ScreenedRecords();
    /** Replaced with the snapshot's when it holds the notices in force. */
    private volatile NoticeSubjects notices = new NoticeSubjects();

    ScreeningIndex(MatchThresholds thresholds, int expectedKeys) {
        this.persons = new NameIndex(thresholds);
        this.keys = new KeyIndex(expectedKeys);
    }

    MatchThresholds thresholds() {
        return persons.thresholds();
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The records carrying the key (see {@link ScreeningKeys}). */
    List<IndexedRecord> lookup(String key) {
        int[] ordinals = keys.lookup(key);
        if (ordinals.length == 0) {
            return List.of();
        }
        List<IndexedRecord> found = new ArrayList<>(ordinals.length);
        ScreenedRecords records = table;
        for (int ordinal : ordinals) {
            IndexedRecord r = records.view(ordinal);
            if (r != null) {
                found.add(r);
            }
        }
        return found;
    }

    /** Persons like the query, best first; {@code visible} filters by record (yente's "what the caller may see"). */
    List<PersonCandidate> searchPersons(PersonQuery query, Function<IndexedRecord, Boolean> visible, int limit) {
        ScreenedRecords records = table;
        IntPredicate filter = visible == null ? ordinal -> true : ordinal -> {
            IndexedRecord r = records.view(ordinal);
            return r != null && visible.apply(r);
        };
        List<PersonCandidate> found = new ArrayList<>();
        for (Candidate c : persons.search(query, filter, limit)) {
            IndexedRecord r = records.view(c.id());
            if (r != null) {
                found.add(new PersonCandidate(r, c));
            }
        }
        return found;
    }

    record PersonCandidate(IndexedRecord record, Candidate candidate) {
    }

    Optional<IndexedRecord> find(UUID id) {
        ScreenedRecords records = table;
        int ordinal = records.ordinalOf(id);
        return ordinal < 0 ? Optional.empty() : Optional.ofNullable(records.view(ordinal));
    }

    /** The notices in force on the record, most binding first (RED before YELLOW before BLUE...). */
    List<NoticeInForce> noticesOn(UUID recordId) {
        return notices.on(recordId);
    }

    Stats stats() {
        int[] byType = table.countByType();
        Map<String, Integer> types = new java.util.LinkedHashMap<>();
        for (var t : org.tangier.records.RecordType.values()) {
            types.put(t.id(), byType[t.ordinal()]);
        }
        return new Stats(table.live(), types, persons.size(), keys.size(), keys.pairs(), keys.allocatedBytes(),
                notices.size());
    }

    /**
     * What the index holds, one line a screened record (its id, type, owner, restriction, flags, sorted keys and the
     * notices in force on it), sorted: two indexes built differently (a snapshot plus changes, a full build) hold the
     * same when these are equal. Ordinals are left out, they depend on the order records came in. For tests.
     */
    List<String> contents() {
        ScreenedRecords records = table;
        List<String> lines = new ArrayList<>();
        records.forEachLive(ordinal -> {
            IndexedRecord r = records.view(ordinal);
            if (r != null) {
                String[] recordKeys = records.keysOf(ordinal).clone();
                Arrays.sort(recordKeys);
                lines.add(r.id() + " " + r.type() + " " + r.owner() + " " + r.restriction() + " standalone=" + r.standalone()
                        + " named=" + r.named() + " keys=" + String.join(",", recordKeys) + " notices="
                        + notices.on(r.id()).stream().map(n -> n.noticeId() + "/" + n.type() + "/" + n.instruction())
                                .sorted().toList());
            }
        });
        lines.sort(null);
        return lines;
    }

    record Stats(int records, Map<String, Integer> recordsByType, int persons, int keys, long keyPairs,
            long keyIndexBytes, int noticesInForce) {
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    /** Indexes, re-indexes or drops the record as it now is. */
    synchronized void apply(RecordSnapshot record) {
        if (record.status() != RecordStatus.ACTIVE) {
            remove(record.id());
            return;
        }
        boolean standalone = ScreeningScope.standalone(record);
        if (!standalone && !notices.names(record.id())) {
            remove(record.id());
            return;
        }
        put(record, standalone);
    }

    /** Loads many records at start-up: persons go to the name index in batches. */
    synchronized void applyAll(List<RecordSnapshot> batch) {
        List<PersonEntry> named = new ArrayList<>();
        for (RecordSnapshot record : batch) {
            if (record.status() != RecordStatus.ACTIVE) {
                continue;
            }
            boolean standalone = ScreeningScope.standalone(record);
            if (!standalone && !notices.names(record.id())) {
                continue;
            }
            IndexedRecord r = index(record, standalone, false);
            if (r.named()) {
                PersonEntry entry = PersonEntries.personEntry(r.ordinal(), (PersonDetails) record.details());
                if (entry != null) {
                    named.add(entry);
                }
            }
        }
        if (!named.isEmpty()) {
            persons.putAll(named);
        }
    }

    synchronized void remove(UUID id) {
        find(id).ifPresent(this::unindex);
    }

    /** Takes the record out of the key and name indexes and marks it removed. */
    private void unindex(IndexedRecord old) {
        for (String key : table.keysOf(old.ordinal())) {
            keys.remove(key, old.ordinal());
        }
        if (old.named()) {
            persons.remove(old.ordinal());
        }
        table.remove(old.ordinal());
    }

    /**
     * A notice is in force (new, or changed): its subjects are screened under it. Subjects not yet indexed are read
     * with {@code load}; subjects it no longer names are dropped unless something else keeps them screened.
     */
    synchronized void noticeInForce(NoticeInForce notice, Function<UUID, Optional<RecordSnapshot>> load) {
        NoticeInForce old = notices.put(notice);
        Set<UUID> before = old == null ? Set.of() : Set.copyOf(old.subjectIds());
        for (UUID subject : before) {
            if (!notice.subjectIds().contains(subject)) {
                unlink(subject, notice.noticeId());
            }
        }
        for (UUID subject : notice.subjectIds()) {
            if (find(subject).isEmpty() && load != null) {
                load.apply(subject).ifPresent(this::apply);
            }
        }
    }

    /** Registers a notice at start-up, before the records are loaded. */
    synchronized void noticeKnown(NoticeInForce notice) {
        notices.put(notice);
    }

    /**
     * Registers a notice changed while the node was down and still in force (at start-up, after the snapshot's
     * notices): subjects it no longer names are unlinked; {@link #reconcileNoticeSubjects} then drops or reads records.
     */
    synchronized void noticeChangedWhileDown(NoticeInForce notice) {
        NoticeInForce old = notices.put(notice);
        if (old != null) {
            for (UUID subject : old.subjectIds()) {
                if (!notice.subjectIds().contains(subject)) {
                    notices.unlink(subject, notice.noticeId());
                }
            }
        }
    }

    /** A notice no longer in force (cancelled or expired while the node was down): its subjects are unlinked. */
    synchronized void noticeEndedWhileDown(UUID noticeId) {
        NoticeInForce old = notices.remove(noticeId);
        if (old != null) {
            old.subjectIds().forEach(subject -> notices.unlink(subject, noticeId));
        }
    }

    synchronized void noticeWithdrawn(UUID noticeId, List<UUID> subjectIds) {
        NoticeInForce old = notices.remove(noticeId);
        Set<UUID> subjects = new LinkedHashSet<>(subjectIds == null ? List.of() : subjectIds);
        if (old != null) {
            subjects.addAll(old.subjectIds());
        }
        for (UUID subject : subjects) {
            unlink(subject, noticeId);
        }
    }

    private void unlink(UUID subject, UUID noticeId) {
        notices.unlink(subject, noticeId);
        find(subject).filter(r -> !r.standalone() && !notices.names(subject)).ifPresent(this::unindex);
    }

    private void put(RecordSnapshot record, boolean standalone) {
        IndexedRecord r = index(record, standalone, true);
        if (r.named()) {
            PersonEntry entry = PersonEntries.personEntry(r.ordinal(), (PersonDetails) record.details());
            if (entry != null) {
                persons.put(entry);
            }
        }
    }

    /** Keys the record and registers it; the caller adds a person to the name index (one by one or in bulk). */
    private IndexedRecord index(RecordSnapshot record, boolean standalone, boolean replacePerson) {
        find(record.id()).ifPresent(this::unindex);
        String[] recordKeys = ScreeningKeys.keysOf(record);
        boolean named = record.details() instanceof PersonDetails p && !p.names().isEmpty();
        int ordinal = table.put(record.id(), record.type(), record.owner(), record.restriction(), recordKeys, standalone,
                named);
        for (String key : recordKeys) {
            keys.add(key, ordinal);
        }
        return table.view(ordinal);
    }
    // ---- snapshot ----------------------------------------------------------------------------------------------

    /**
     * Writes the key index, the name index and the record table under {@code dir} ({@link IndexSnapshot}). Changes
     * wait while it is written; checks do not.
     */
    synchronized void writeSnapshot(Path dir, Instant watermark, String database) throws IOException {
        IndexSnapshot.write(dir, watermark, database, keys, persons, table, notices.all());
    }

    /**
     * What a snapshot load gave: the time up to which it is complete, whether it held the name index and the notices
     * in force, and how long each part took to read.
     */
    record Loaded(Instant watermark, boolean withNames, boolean withNotices, IndexSnapshot.PartTimes times) {
    }

    /**
     * Replaces the key index, name index, record table and (when {@code withNotices} and the snapshot has them) the
     * notices in force with the snapshot under {@code dir} when there is a usable one ({@link IndexSnapshot#read}).
     * What an older format lacks stays empty for the caller to read: the persons into the name index
     * ({@link #restorePersons}), the notices in force ({@link #noticeKnown}).
     */
    Optional<Loaded> loadSnapshot(Path dir, String database, Duration maxAge, Instant now, boolean withNotices) {
        return loadSnapshot(dir, database, maxAge, now, withNotices, true);
    }

    /** As above; {@code sideBySide} false reads the snapshot's parts one after the other (for the benchmark). */
    synchronized Optional<Loaded> loadSnapshot(Path dir, String database, Duration maxAge, Instant now,
            boolean withNotices, boolean sideBySide) {
        Optional<IndexSnapshot.Loaded> loaded = IndexSnapshot.read(dir, database, maxAge, now, persons.thresholds(),
                withNotices, sideBySide);
        loaded.ifPresent(snapshot -> {
            // whatever was indexed before (a change during start-up) is caught up from the database afterwards
            table = snapshot.table();
            keys = snapshot.keys();
            persons = snapshot.names().orElseGet(() -> new NameIndex(persons.thresholds()));
            snapshot.notices().ifPresent(n -> notices = n);
        });
        return loaded.map(snapshot -> new Loaded(snapshot.watermark(), snapshot.names().isPresent(),
                snapshot.notices().isPresent(), snapshot.times()));
    }

    /**
     * After a snapshot load and catch-up: drops records screened only under a notice no longer in force, and
     * returns the subjects of notices in force that the snapshot does not hold.
     */
    synchronized List<UUID> reconcileNoticeSubjects() {
        List<IndexedRecord> orphans = new ArrayList<>();
        table.forEachLiveUnderNotice(ordinal -> {
            IndexedRecord r = table.view(ordinal);
            if (r != null && !r.standalone() && !notices.names(r.id())) {
                orphans.add(r);
            }
        });
        orphans.forEach(this::unindex);
        List<UUID> missing = new ArrayList<>();
        for (UUID subject : notices.subjects()) {
            if (find(subject).isEmpty()) {
                missing.add(subject);
            }
        }
        return missing;
    }

    /** Puts the persons the table marks as named (after a snapshot load) into the name index, a batch at a time. */
    synchronized void restorePersons(List<RecordSnapshot> batch) {
        List<PersonEntry> named = new ArrayList<>();
        for (RecordSnapshot record : batch) {
            Optional<IndexedRecord> r = find(record.id());
            if (r.isPresent() && r.get().named() && record.details() instanceof PersonDetails p) {
                PersonEntry entry = PersonEntries.personEntry(r.get().ordinal(), p);
                if (entry != null) {
                    named.add(entry);
                }
            }
        }
        if (!named.isEmpty()) {
            persons.putAll(named);
        }
    }
}
