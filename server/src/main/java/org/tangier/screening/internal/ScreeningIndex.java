package org.tangier.screening.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.identifier.FirearmKey;
import org.tangier.matching.identifier.Indicator;
import org.tangier.matching.identifier.IndicatorKind;
import org.tangier.matching.identifier.PlateKey;
import org.tangier.matching.identifier.Vin;
import org.tangier.matching.index.KeyIndex;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.NameKind;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;
import org.tangier.notices.NoticeInForce;
import org.tangier.platform.DataFiles;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * One node's screening indexes: persons by name (a {@link NameIndex} over the subjects of notices in force) and
 * documents, vehicles, firearms and indicators by normalised key (one {@link KeyIndex}; person identifiers of wanted
 * persons are keyed there too). Which records are screened: a travel document reported stolen, lost, revoked,
 * invalid or stolen blank, a vehicle or firearm not recovered, and an indicator are screened by themselves (like
 * SLTD); every record that is the subject of a notice or diffusion in force is screened too (a wanted person above
 * all). Nothing is filtered here: the index finds every record, and the answer shows a checking agency only what
 * the owner allows.
 *
 * <p>Reads run concurrently without locks (the key index is lock-free for readers, the name index takes a read
 * lock); changes are serialised on this object.
 */
final class ScreeningIndex {

    private static final Logger log = LoggerFactory.getLogger(ScreeningIndex.class);

    static final Set<String> SCREENED_DOCUMENT_STATUSES = Set.of("stolen", "lost", "revoked", "invalid", "stolen-blank");

    /** Key prefixes, so that kinds of key never collide. */
    private static final long SNAPSHOT_MAGIC = 0x5447_5253_4E41_5031L; // "TGRSNAP1"
    private static final int SNAPSHOT_VERSION = 1;

    static final String DOCUMENT = "D", VIN = "V", PLATE = "P", FIREARM = "F", SERIAL = "S", INDICATOR = "I";

    /** Replaced with the table when a snapshot is loaded, so that no entry points at another table's ordinals. */
    private volatile NameIndex persons;
    /** Replaced as a whole when a snapshot is loaded at start-up, before checks are served. */
    private volatile KeyIndex keys;
    private volatile ScreenedRecords table = new ScreenedRecords();
    private final Map<UUID, NoticeInForce> notices = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> noticesBySubject = new ConcurrentHashMap<>();

    ScreeningIndex(MatchThresholds thresholds, int expectedKeys) {
        this.persons = new NameIndex(thresholds);
        this.keys = new KeyIndex(expectedKeys);
    }

    MatchThresholds thresholds() {
        return persons.thresholds();
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The records carrying the key (see {@link #documentKey} and siblings). */
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
        Set<UUID> ids = noticesBySubject.get(recordId);
        if (ids == null) {
            return List.of();
        }
        List<NoticeInForce> list = new ArrayList<>();
        for (UUID id : ids) {
            NoticeInForce n = notices.get(id);
            if (n != null) {
                list.add(n);
            }
        }
        list.sort(Comparator.comparingInt(NoticeEntry::severity));
        return list;
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
        boolean standalone = standalone(record);
        if (!standalone && !noticesBySubject.containsKey(record.id())) {
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
            boolean standalone = standalone(record);
            if (!standalone && !noticesBySubject.containsKey(record.id())) {
                continue;
            }
            IndexedRecord r = index(record, standalone, false);
            if (r.named()) {
                PersonEntry entry = personEntry(r.ordinal(), (PersonDetails) record.details());
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
        NoticeInForce old = notices.put(notice.noticeId(), notice);
        Set<UUID> before = old == null ? Set.of() : Set.copyOf(old.subjectIds());
        for (UUID subject : before) {
            if (!notice.subjectIds().contains(subject)) {
                unlink(subject, notice.noticeId());
            }
        }
        for (UUID subject : notice.subjectIds()) {
            noticesBySubject.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(notice.noticeId());
            if (find(subject).isEmpty() && load != null) {
                load.apply(subject).ifPresent(this::apply);
            }
        }
    }

    /** Registers a notice at start-up, before the records are loaded. */
    synchronized void noticeKnown(NoticeInForce notice) {
        notices.put(notice.noticeId(), notice);
        for (UUID subject : notice.subjectIds()) {
            noticesBySubject.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(notice.noticeId());
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
        Set<UUID> set = noticesBySubject.get(subject);
        if (set != null) {
            set.remove(noticeId);
            if (set.isEmpty()) {
                noticesBySubject.remove(subject);
            }
        }
        find(subject).filter(r -> !r.standalone() && !noticesBySubject.containsKey(subject)).ifPresent(this::unindex);
    }

    private void put(RecordSnapshot record, boolean standalone) {
        IndexedRecord r = index(record, standalone, true);
        if (r.named()) {
            PersonEntry entry = personEntry(r.ordinal(), (PersonDetails) record.details());
            if (entry != null) {
                persons.put(entry);
            }
        }
    }

    /** Keys the record and registers it; the caller adds a person to the name index (one by one or in bulk). */
    private IndexedRecord index(RecordSnapshot record, boolean standalone, boolean replacePerson) {
        find(record.id()).ifPresent(this::unindex);
        String[] recordKeys = keysOf(record);
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
     * Writes the key index and the record table under {@code dir} (not the name index: persons are re-read at
     * start). Changes wait while it is written; checks do not. The record table names the key file it belongs to,
     * and is moved into place last, so a crash while writing leaves the previous pair intact.
     */
    synchronized void writeSnapshot(Path dir, Instant watermark, String database) throws IOException {
        Files.createDirectories(dir);
        String generation = UUID.randomUUID().toString();
        Path keyFile = dir.resolve("keys-" + generation + ".snap");
        keys.writeSnapshot(keyFile);
        Path tmp = dir.resolve("records.snap.tmp");
        try (OutputStream file = Files.newOutputStream(tmp)) {
            BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 20);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(SNAPSHOT_MAGIC);
            out.writeInt(SNAPSHOT_VERSION);
            out.writeLong(watermark.toEpochMilli());
            out.writeUTF(database);
            out.writeUTF(generation);
            table.write(out);
            out.flush();
            new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
            buffered.flush();
        }
        DataFiles.restrict(dir);
        DataFiles.restrict(keyFile);
        DataFiles.restrict(tmp);
        Files.move(tmp, dir.resolve("records.snap"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (var old = Files.newDirectoryStream(dir, "keys-*.snap")) {
            for (Path p : old) {
                if (!p.equals(keyFile)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Replaces the key index and record table with the snapshot under {@code dir} when there is one for this
     * database, not older than {@code maxAge} and undamaged; returns the time up to which it is complete. The name
     * index is left empty: the caller rebuilds it from the persons.
     */
    synchronized Optional<Instant> loadSnapshot(Path dir, String database, Duration maxAge, Instant now) {
        Path file = dir.resolve("records.snap");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 20);
            CheckedInputStream checked = new CheckedInputStream(buffered, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            if (in.readLong() != SNAPSHOT_MAGIC || in.readInt() != SNAPSHOT_VERSION) {
                log.warn("Screening snapshot {} is not one this version reads; rebuilding from the database", file);
                return Optional.empty();
            }
            Instant watermark = Instant.ofEpochMilli(in.readLong());
            String source = in.readUTF();
            String generation = in.readUTF();
            if (!source.equals(database)) {
                log.warn("Screening snapshot {} was written for another database; rebuilding from the database", file);
                return Optional.empty();
            }
            if (watermark.plus(maxAge).isBefore(now)) {
                log.warn("Screening snapshot {} is from {}, older than {}; rebuilding from the database", file, watermark, maxAge);
                return Optional.empty();
            }
            ScreenedRecords loaded = ScreenedRecords.read(in);
            long expected = checked.getChecksum().getValue();
            if (new DataInputStream(buffered).readLong() != expected) {
                log.warn("Screening snapshot {} is damaged (checksum); rebuilding from the database", file);
                return Optional.empty();
            }
            KeyIndex loadedKeys = KeyIndex.readSnapshot(dir.resolve("keys-" + generation + ".snap"));
            // whatever was indexed before (a change during start-up) is caught up from the database afterwards
            table = loaded;
            keys = loadedKeys;
            persons = new NameIndex(persons.thresholds());
            return Optional.of(watermark);
        } catch (IOException | RuntimeException e) {
            log.warn("Screening snapshot under {} cannot be read ({}); rebuilding from the database", dir, e.toString());
            return Optional.empty();
        }
    }

    /**
     * After a snapshot load and catch-up: drops records screened only under a notice no longer in force, and
     * returns the subjects of notices in force that the snapshot does not hold.
     */
    synchronized List<UUID> reconcileNoticeSubjects() {
        List<IndexedRecord> orphans = new ArrayList<>();
        table.forEachLive(ordinal -> {
            IndexedRecord r = table.view(ordinal);
            if (r != null && !r.standalone() && !noticesBySubject.containsKey(r.id())) {
                orphans.add(r);
            }
        });
        orphans.forEach(this::unindex);
        List<UUID> missing = new ArrayList<>();
        for (UUID subject : noticesBySubject.keySet()) {
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
                PersonEntry entry = personEntry(r.get().ordinal(), p);
                if (entry != null) {
                    named.add(entry);
                }
            }
        }
        if (!named.isEmpty()) {
            persons.putAll(named);
        }
    }

    // ---- what is screened, and by which keys -------------------------------------------------------------------

    static boolean standalone(RecordSnapshot record) {
        return switch (record.details()) {
            case TravelDocumentDetails d -> d.status() != null && SCREENED_DOCUMENT_STATUSES.contains(d.status());
            case VehicleDetails v -> v.status() == null || !v.status().equals("recovered");
            case FirearmDetails f -> f.status() == null || !f.status().equals("recovered");
            case IndicatorDetails i -> true;
            case PersonDetails p -> false;
        };
    }

    static String[] keysOf(RecordSnapshot record) {
        List<String> list = new ArrayList<>(2);
        try {
            switch (record.details()) {
                case PersonDetails p -> {
                    for (PersonDetails.Identifier id : p.identifiers()) {
                        if (id.number() != null && id.issuingCountry() != null) {
                            addQuietly(list, () -> documentKey(id.issuingCountry(), id.number()));
                        }
                    }
                }
                case TravelDocumentDetails d -> list.add(documentKey(d.issuingCountry(), d.number()));
                case VehicleDetails v -> {
                    if (v.vin() != null && !v.vin().isBlank()) {
                        addQuietly(list, () -> vinKey(v.vin()));
                    }
                    if (v.plate() != null && !v.plate().isBlank() && v.registrationCountry() != null) {
                        addQuietly(list, () -> plateKey(v.registrationCountry(), v.plate()));
                    }
                }
                case FirearmDetails f -> {
                    FirearmKey key = FirearmKey.of(f.make(), f.serialNumber());
                    list.add(FIREARM + key.lookupKey());
                    list.add(SERIAL + key.serialKey());
                }
                case IndicatorDetails i -> list.add(indicatorKey(i.kind(), i.value(), i.chain()));
            }
        } catch (RuntimeException e) {
            log.warn("Record {} ({}) cannot be keyed for screening: {}", record.id(), record.type().id(), e.getMessage());
        }
        return list.stream().distinct().toArray(String[]::new);
    }

    private static void addQuietly(List<String> list, java.util.function.Supplier<String> key) {
        try {
            list.add(key.get());
        } catch (RuntimeException e) {
            log.debug("identifier skipped: {}", e.getMessage());
        }
    }

    static String documentKey(String country, String number) {
        return DOCUMENT + DocumentKey.of(country, number).lookupKey();
    }

    static String vinKey(String vin) {
        return VIN + Vin.of(vin).lookupKey();
    }

    static String plateKey(String country, String plate) {
        return PLATE + PlateKey.of(country, plate).lookupKey();
    }

    static String firearmKey(String make, String serial) {
        FirearmKey key = FirearmKey.of(make, serial);
        return make == null || make.isBlank() ? SERIAL + key.serialKey() : FIREARM + key.lookupKey();
    }

    static String indicatorKey(String kind, String value, String chain) {
        IndicatorKind k = indicatorKind(kind);
        Indicator indicator = k == IndicatorKind.CRYPTO_WALLET ? Indicator.wallet(chain, value) : Indicator.of(k, value);
        return INDICATOR + indicator.kind().name() + ":" + indicator.chain() + ":" + indicator.value();
    }

    static IndicatorKind indicatorKind(String kind) {
        if (kind == null) {
            throw new IllegalArgumentException("an indicator needs its kind: phone, email, crypto-wallet, domain, ip-address or bank-account");
        }
        String k = kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (IndicatorKind candidate : IndicatorKind.values()) {
            if (candidate.name().equals(k)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("'" + kind + "' is not an indicator kind: phone, email, crypto-wallet, domain, ip-address or bank-account");
    }

    static PersonEntry personEntry(int ordinal, PersonDetails p) {
        List<PersonName> names = new ArrayList<>();
        for (PersonDetails.Name n : p.names()) {
            if (n.value() != null && !n.value().isBlank()) {
                names.add(new PersonName(n.value(), nameKind(n.kind())));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        List<BirthDate> dates = new ArrayList<>();
        for (String d : p.birthDates()) {
            try {
                dates.add(BirthDate.parse(d));
            } catch (RuntimeException e) {
                log.debug("birth date skipped: {}", d);
            }
        }
        return new PersonEntry(ordinal, names, dates, nationalities(p.nationalities()), Gender.parse(p.gender()));
    }

    static List<String> nationalities(List<String> codes) {
        Set<String> iso = ISO_COUNTRIES;
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (c != null) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (iso.contains(code) && !out.contains(code)) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    static NameKind nameKind(String kind) {
        if (kind == null) {
            return NameKind.ALIAS;
        }
        return switch (kind) {
            case PersonDetails.Name.PRIMARY -> NameKind.PRIMARY;
            case PersonDetails.Name.BIRTH_NAME -> NameKind.BIRTH_NAME;
            case PersonDetails.Name.ORIGINAL_SCRIPT -> NameKind.ORIGINAL_SCRIPT;
            case "weak-alias" -> NameKind.WEAK_ALIAS;
            default -> NameKind.ALIAS;
        };
    }
}
