package org.tangier.matching.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * An in-memory exact-key index for screening: a normalised key (a document number with its issuing state, a VIN,
 * a plate, an indicator) maps to the ids of the records that carry it.
 *
 * <p>Built for tens of millions of keys on one node: no object per entry. Keys live back to back in a byte arena;
 * each entry is two {@code int}s (where its key is, and its record id or id list); the hash table is one
 * {@code long[]} whose slots hold a 32-bit hash fingerprint and the entry number, probed linearly. A fingerprint
 * match is always verified against the stored key bytes, so a hash collision can never produce a false hit.
 *
 * <p>Thread safety: any number of threads may look up while one thread at a time writes. Lookups take no lock;
 * they read optimistically and retry if a write overlapped (a {@link StampedLock} stamp). Writers are serialised;
 * the long operations (growing the table, compacting after many removals) are built aside and swapped in, so that
 * lookups are never held up for longer than a single key's update.
 *
 * <p>Keys are bytes; the {@link CharSequence} methods use their UTF-8 encoding, and look up ASCII keys without
 * encoding them. Keys are 1 to 1024 bytes. Record ids are non-negative.
 */
public final class KeyIndex {

    private static final float MAX_LOAD = 0.7f;
    private static final int[] NO_IDS = Postings.NONE;

    private final StampedLock lock = new StampedLock();
    private final Object writer = new Object();

    // The state lookups read. Replaced or mutated only under the write stamp.
    private long[] slots;
    private int[] keyRefs;
    private int[] words;
    private KeyArena arena;
    private Postings postings;

    private int entries;      // entries allocated, live or dead
    private int liveKeys;
    private long pairs;       // (key, id) pairs
    private int deadEntries;

    /** An empty index sized for a few thousand keys; it grows as needed. */
    public KeyIndex() {
        this(1024);
    }

    /** An empty index sized so that {@code expectedKeys} distinct keys fit without growing. */
    public KeyIndex(int expectedKeys) {
        if (expectedKeys < 0) {
            throw new IllegalArgumentException("expectedKeys must not be negative: " + expectedKeys);
        }
        slots = new long[tableSizeFor(expectedKeys)];
        keyRefs = new int[Math.max(16, expectedKeys)];
        words = new int[keyRefs.length];
        arena = new KeyArena();
        postings = new Postings();
    }

    // ---------------------------------------------------------------- lookups

    /** The ids of the records carrying {@code key}; an empty array when there are none. Never {@code null}. */
    public int[] lookup(byte[] key) {
        checkKey(key.length);
        long hash = KeyHash.of(key, 0, key.length);
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                int[] ids = idsOf(find(hash, key, null));
                if (lock.validate(stamp)) {
                    return ids;
                }
            } catch (RuntimeException raceWithAWriter) {
                // State was read half-way through a write; the read-locked retry below sees it whole.
            }
        }
        stamp = lock.readLock();
        try {
            return idsOf(find(hash, key, null));
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** {@link #lookup(byte[])} of the key's UTF-8 bytes; an ASCII key is looked up without being copied. */
    public int[] lookup(CharSequence key) {
        if (!isAscii(key)) {
            return lookup(utf8(key));
        }
        checkKey(key.length());
        long hash = KeyHash.ofAscii(key);
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                int[] ids = idsOf(find(hash, null, key));
                if (lock.validate(stamp)) {
                    return ids;
                }
            } catch (RuntimeException raceWithAWriter) {
                // as in lookup(byte[])
            }
        }
        stamp = lock.readLock();
        try {
            return idsOf(find(hash, null, key));
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public boolean contains(byte[] key) {
        return lookup(key).length > 0;
    }

    public boolean contains(CharSequence key) {
        return lookup(key).length > 0;
    }

    /** Distinct keys held. */
    public int size() {
        long stamp = lock.readLock();
        try {
            return liveKeys;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** (key, record id) pairs held. */
    public long pairs() {
        long stamp = lock.readLock();
        try {
            return pairs;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Bytes of the arrays behind the index (allocated, including unused room), for metrics. */
    public long allocatedBytes() {
        long stamp = lock.readLock();
        try {
            return (long) slots.length * 8 + (long) keyRefs.length * 4 + (long) words.length * 4
                    + arena.allocatedBytes() + postings.allocatedBytes();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private int[] idsOf(int entry) {
        return entry < 0 ? NO_IDS : Postings.ids(postings.lists, words[entry]);
    }

    /** The entry holding the key, or -1. Reads state that may be changing: the caller validates or locks. */
    private int find(long hash, byte[] key, CharSequence asciiKey) {
        long[] table = slots;
        int[] refs = keyRefs;
        byte[][] pages = arena.pages;
        int mask = table.length - 1;
        int fingerprint = (int) (hash >>> 32);
        int i = (int) hash & mask;
        // Bounded so that a torn read during a concurrent write cannot loop forever.
        for (int probes = 0; probes <= mask; probes++) {
            long slot = table[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == fingerprint) {
                int entry = (int) slot - 1;
                int ref = refs[entry];
                if (key != null ? KeyArena.equals(pages, ref, key, key.length) : KeyArena.equalsAscii(pages, ref, asciiKey)) {
                    return entry;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int findLocked(long hash, byte[] key) {
        return find(hash, key, null);
    }

    // ---------------------------------------------------------------- writes

    /** Adds the pair; returns false when {@code id} already carries {@code key}. */
    public boolean add(byte[] key, int id) {
        checkKey(key.length);
        checkId(id);
        long hash = KeyHash.of(key, 0, key.length);
        synchronized (writer) {
            int entry = findLocked(hash, key);
            if (entry >= 0) {
                if (Postings.contains(postings.lists, words[entry], id)) {
                    return false;
                }
                long stamp = lock.writeLock();
                try {
                    words[entry] = postings.add(words[entry], id);
                    pairs++;
                } finally {
                    lock.unlockWrite(stamp);
                }
                return true;
            }
            if (liveKeys + 1 > (long) (slots.length * MAX_LOAD)) {
                rebuild(slots.length * 2);
            }
            int[] grownRefs = keyRefs;
            int[] grownWords = words;
            if (entries == keyRefs.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 16, (long) entries * 3 / 2 + 16);
                grownRefs = Arrays.copyOf(keyRefs, capacity);
                grownWords = Arrays.copyOf(words, capacity);
            }
            long stamp = lock.writeLock();
            try {
                keyRefs = grownRefs;
                words = grownWords;
                int newEntry = entries++;
                keyRefs[newEntry] = arena.append(key, 0, key.length);
                words[newEntry] = id;
                place(slots, hash, newEntry);
                liveKeys++;
                pairs++;
            } finally {
                lock.unlockWrite(stamp);
            }
            return true;
        }
    }

    public boolean add(CharSequence key, int id) {
        return add(utf8(key), id);
    }

    /** Removes the pair; returns false when {@code id} did not carry {@code key}. */
    public boolean remove(byte[] key, int id) {
        checkKey(key.length);
        long hash = KeyHash.of(key, 0, key.length);
        synchronized (writer) {
            int entry = findLocked(hash, key);
            if (entry < 0 || !Postings.contains(postings.lists, words[entry], id)) {
                return false;
            }
            removePair(entry, id);
            compactIfWasteful();
            return true;
        }
    }

    public boolean remove(CharSequence key, int id) {
        return remove(utf8(key), id);
    }

    /**
     * Removes {@code id} from every key that carries it and returns how many keys that was. This visits every
     * entry (tens of milliseconds at ten million keys); when the old key is known, {@link #remove(byte[], int)}
     * is immediate.
     */
    public int removeId(int id) {
        synchronized (writer) {
            List<Integer> found = new ArrayList<>();
            for (int e = 0; e < entries; e++) {
                if (Postings.contains(postings.lists, words[e], id)) {
                    found.add(e);
                }
            }
            for (int e : found) {
                removePair(e, id);
            }
            compactIfWasteful();
            return found.size();
        }
    }

    private void removePair(int entry, int id) {
        long stamp = lock.writeLock();
        try {
            int word = postings.remove(words[entry], id);
            words[entry] = word;
            pairs--;
            if (word == Postings.DEAD) {
                unplace(entry);
                arena.release(keyRefs[entry]);
                liveKeys--;
                deadEntries++;
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private void place(long[] table, long hash, int entry) {
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = (hash & 0xffffffff00000000L) | (entry + 1L);
    }

    /**
     * Empties the entry's slot and shifts later slots of the same probe run back, so that linear probing needs no
     * tombstones and lookups stay as short after removals as before.
     */
    private void unplace(int entry) {
        long[] table = slots;
        int mask = table.length - 1;
        int i = (int) arena.hash(keyRefs[entry]) & mask;
        while ((int) table[i] - 1 != entry) {
            i = (i + 1) & mask;
        }
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long slot = table[j];
            if (slot == 0) {
                break;
            }
            int home = (int) arena.hash(keyRefs[(int) slot - 1]) & mask;
            // The slot may move into the hole if its home is not in the cyclic range (hole, j].
            boolean homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!homeBetween) {
                table[hole] = slot;
                hole = j;
            }
        }
        table[hole] = 0;
    }

    private void compactIfWasteful() {
        if (deadEntries > 65536 && deadEntries > entries / 4) {
            rebuild(tableSizeFor(liveKeys));
        }
    }

    /**
     * Copies the live entries into fresh arrays with a table of {@code tableSize} slots, while lookups go on
     * against the current ones, then swaps them in. The caller holds the writer monitor, so nothing changes the
     * current state meanwhile.
     */
    private void rebuild(int tableSize) {
        long[] table = new long[tableSize];
        int capacity = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 16, (long) liveKeys * 5 / 4 + 16));
        int[] refs = new int[capacity];
        int[] newWords = new int[capacity];
        KeyArena newArena = new KeyArena();
        Postings newPostings = new Postings();
        int n = 0;
        for (int e = 0; e < entries; e++) {
            int word = words[e];
            if (word == Postings.DEAD) {
                continue;
            }
            int ref = keyRefs[e];
            byte[] page = KeyArena.page(arena.pages, ref);
            int data = KeyArena.dataAt(page, ref);
            int length = KeyArena.lengthAt(page, ref);
            refs[n] = newArena.append(page, data, length);
            if (Postings.isList(word)) {
                int[] ids = Postings.ids(postings.lists, word);
                int w = ids[0];
                for (int k = 1; k < ids.length; k++) {
                    w = newPostings.add(w, ids[k]);
                }
                newWords[n] = w;
            } else {
                newWords[n] = word;
            }
            place(table, KeyHash.of(page, data, length), n);
            n++;
        }
        long stamp = lock.writeLock();
        try {
            slots = table;
            keyRefs = refs;
            words = newWords;
            arena = newArena;
            postings = newPostings;
            entries = n;
            deadEntries = 0;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    // ---------------------------------------------------------------- snapshots

    /**
     * Writes every (key, ids) entry to {@code file} in the versioned snapshot format, so that a restarting node
     * loads its index instead of re-reading every record. Writers wait while the snapshot is written; lookups do not.
     */
    public void writeSnapshot(Path file) throws IOException {
        synchronized (writer) {
            KeyIndexSnapshot.write(file, liveKeys, pairs, visitor());
        }
    }

    /** Reads an index written by {@link #writeSnapshot}; throws if the file is not one, or is damaged. */
    public static KeyIndex readSnapshot(Path file) throws IOException {
        return KeyIndexSnapshot.read(file);
    }

    /** Adds a key known not to be in the index yet, with its ids; used when loading a snapshot. */
    void addNew(byte[] key, int length, int[] ids, int idCount) {
        synchronized (writer) {
            long hash = KeyHash.of(key, 0, length);
            if (liveKeys + 1 > (long) (slots.length * MAX_LOAD)) {
                rebuild(slots.length * 2);
            }
            if (entries == keyRefs.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 16, (long) entries * 3 / 2 + 16);
                keyRefs = Arrays.copyOf(keyRefs, capacity);
                words = Arrays.copyOf(words, capacity);
            }
            long stamp = lock.writeLock();
            try {
                int e = entries++;
                keyRefs[e] = arena.append(key, 0, length);
                int word = ids[0];
                for (int k = 1; k < idCount; k++) {
                    word = postings.add(word, ids[k]);
                }
                words[e] = word;
                place(slots, hash, e);
                liveKeys++;
                pairs += idCount;
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }

    /** Walks the live entries in entry order; the caller holds the writer monitor. */
    KeyIndexSnapshot.EntryVisitor visitor() {
        return sink -> {
            for (int e = 0; e < entries; e++) {
                int word = words[e];
                if (word == Postings.DEAD) {
                    continue;
                }
                int ref = keyRefs[e];
                byte[] page = KeyArena.page(arena.pages, ref);
                sink.entry(page, KeyArena.dataAt(page, ref), KeyArena.lengthAt(page, ref), Postings.ids(postings.lists, word));
            }
        };
    }

    // ---------------------------------------------------------------- helpers

    static int tableSizeFor(int keys) {
        long wanted = (long) Math.ceil(Math.max(keys, 8) / (double) MAX_LOAD);
        long size = Long.highestOneBit(wanted - 1) << 1;
        if (size > (1 << 30)) {
            throw new IllegalArgumentException("too many keys for one index: " + keys);
        }
        return (int) size;
    }

    private static void checkKey(int length) {
        if (length == 0 || length > KeyArena.MAX_KEY_BYTES) {
            throw new IllegalArgumentException("a key has 1 to " + KeyArena.MAX_KEY_BYTES + " bytes, not " + length);
        }
    }

    private static void checkId(int id) {
        if (id < 0) {
            throw new IllegalArgumentException("record ids are not negative: " + id);
        }
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
