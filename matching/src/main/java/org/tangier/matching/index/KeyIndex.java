package org.tangier.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * An in-memory exact-key index for screening: a normalised key (a document number with its issuing state, a VIN,
 * a plate, an indicator) maps to the ids of the records that carry it.
 *
 * <p>Built for tens of millions of keys on one node: no object per entry. Each entry (the key's bytes, then its
 * record id or where its id list is) lives back to back with the others in a byte arena; the hash table is one
 * {@code long[]} whose slots hold a 32-bit hash fingerprint and the entry's place in the arena, probed linearly.
 * A miss usually costs one memory access (the fingerprint differs), a hit two. A fingerprint match is always
 * verified against the stored key bytes, so a hash collision can never produce a false hit.
 *
 * <p>Thread safety: any number of threads may look up while one thread at a time writes. Lookups take no lock;
 * they read optimistically and retry if a write overlapped (a {@link StampedLock} stamp). Writers are serialised;
 * the long operations (growing the table, compacting after many removals) are built aside and swapped in, so that
 * lookups are never held up for longer than a single key's update.
 *
 * <p>Keys are bytes; the {@link CharSequence} methods use their UTF-8 encoding. Keys are 1 to 1024 bytes.
 * Record ids are non-negative.
 */
public final class KeyIndex {

    private static final float MAX_LOAD = 0.7f;
    private static final int[] NO_IDS = Postings.NONE;
    private static final long NO_ENTRY = -1;

    private final StampedLock lock = new StampedLock();
    private final Object writer = new Object();

    // The state lookups read. Replaced or mutated only under the write stamp.
    private long[] slots;
    private KeyArena arena;
    private Postings postings;

    private int liveKeys;
    private long pairs;       // (key, id) pairs

    /** An empty index sized for a few hundred keys; it grows as needed. */
    public KeyIndex() {
        this(256);
    }

    /** An empty index sized so that {@code expectedKeys} distinct keys fit without growing. */
    public KeyIndex(int expectedKeys) {
        if (expectedKeys < 0) {
            throw new IllegalArgumentException("expectedKeys must not be negative: " + expectedKeys);
        }
        slots = new long[tableSizeFor(expectedKeys)];
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
                int[] ids = idsOf(find(hash, key));
                if (lock.validate(stamp)) {
                    return ids;
                }
            } catch (RuntimeException raceWithAWriter) {
                // State was read half-way through a write; the read-locked retry below sees it whole.
            }
        }
        stamp = lock.readLock();
        try {
            return idsOf(find(hash, key));
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * {@link #lookup(byte[])} of the key's UTF-8 bytes. The copy is a dozen bytes; it lets the hash read eight
     * bytes at a time and the comparison run as one vectorised check. (A char-by-char path that avoided the copy
     * measured no faster at ten million keys, where the time goes to memory.)
     */
    public int[] lookup(CharSequence key) {
        return lookup(utf8(key));
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
            return (long) slots.length * 8 + arena.allocatedBytes() + postings.allocatedBytes();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private int[] idsOf(long ref) {
        return ref < 0 ? NO_IDS : Postings.ids(postings.lists, KeyArena.wordAt(arena.pages, (int) ref));
    }

    /** The arena reference of the key's entry, or -1. Reads state that may be changing: the caller validates or locks. */
    private long find(long hash, byte[] key) {
        long[] table = slots;
        byte[][] pages = arena.pages;
        int mask = table.length - 1;
        int fingerprint = (int) (hash >>> 32);
        int i = (int) hash & mask;
        // Bounded so that a torn read during a concurrent write cannot loop forever.
        for (int probes = 0; probes <= mask; probes++) {
            long slot = table[i];
            if (slot == 0) {
                return NO_ENTRY;
            }
            if ((int) (slot >>> 32) == fingerprint) {
                int ref = refOf(slot);
                if (KeyArena.equals(pages, ref, key, key.length)) {
                    return ref;
                }
            }
            i = (i + 1) & mask;
        }
        return NO_ENTRY;
    }

    // A slot is never 0 when full: the reference is stored plus one.
    private static int refOf(long slot) {
        return (int) ((slot & 0xffffffffL) - 1);
    }

    private static long slotOf(long hash, int ref) {
        return (hash & 0xffffffff00000000L) | (ref + 1L);
    }

    // ---------------------------------------------------------------- writes

    /** Adds the pair; returns false when {@code id} already carries {@code key}. */
    public boolean add(byte[] key, int id) {
        checkKey(key.length);
        checkId(id);
        long hash = KeyHash.of(key, 0, key.length);
        synchronized (writer) {
            long found = find(hash, key);
            if (found >= 0) {
                int ref = (int) found;
                int word = KeyArena.wordAt(arena.pages, ref);
                if (Postings.contains(postings.lists, word, id)) {
                    return false;
                }
                long stamp = lock.writeLock();
                try {
                    arena.setWord(ref, postings.add(word, id));
                    pairs++;
                } finally {
                    lock.unlockWrite(stamp);
                }
                return true;
            }
            insert(hash, key, key.length, id);
            return true;
        }
    }

    public boolean add(CharSequence key, int id) {
        return add(utf8(key), id);
    }

    /** Appends a key known to be absent; the caller holds the writer monitor. */
    private void insert(long hash, byte[] key, int length, int word) {
        if (liveKeys + 1 > (long) (slots.length * MAX_LOAD)) {
            rebuild(slots.length * 2);
        }
        long stamp = lock.writeLock();
        try {
            // Appending may grow the arena's page table; a lookup holding the old one cannot see the new entry
            // anyway, because the slot pointing at it is written in the same stamp.
            int ref = arena.append(key, 0, length, word);
            place(slots, hash, ref);
            liveKeys++;
            pairs += Postings.count(postings.lists, word);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Removes the pair; returns false when {@code id} did not carry {@code key}. */
    public boolean remove(byte[] key, int id) {
        checkKey(key.length);
        long hash = KeyHash.of(key, 0, key.length);
        synchronized (writer) {
            long found = find(hash, key);
            if (found < 0 || !Postings.contains(postings.lists, KeyArena.wordAt(arena.pages, (int) found), id)) {
                return false;
            }
            removePair((int) found, id);
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
            int[][] found = {new int[8]};
            int[] count = {0};
            int[] lists = postings.lists;
            arena.forEach((ref, page, data, length, word) -> {
                if (Postings.contains(lists, word, id)) {
                    if (count[0] == found[0].length) {
                        found[0] = Arrays.copyOf(found[0], count[0] * 2);
                    }
                    found[0][count[0]++] = ref;
                }
            });
            for (int i = 0; i < count[0]; i++) {
                removePair(found[0][i], id);
            }
            compactIfWasteful();
            return count[0];
        }
    }

    private void removePair(int ref, int id) {
        long stamp = lock.writeLock();
        try {
            int word = postings.remove(KeyArena.wordAt(arena.pages, ref), id);
            arena.setWord(ref, word);
            pairs--;
            if (word == Postings.DEAD) {
                unplace(ref);
                arena.release(ref);
                liveKeys--;
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private static void place(long[] table, long hash, int ref) {
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = slotOf(hash, ref);
    }

    /**
     * Empties the entry's slot and shifts later slots of the same probe run back, so that linear probing needs no
     * tombstones and lookups stay as short after removals as before.
     */
    private void unplace(int ref) {
        long[] table = slots;
        int mask = table.length - 1;
        int i = (int) arena.hash(ref) & mask;
        while (refOf(table[i]) != ref) {
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
            int home = (int) arena.hash(refOf(slot)) & mask;
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
        if (arena.garbageBytes > (1 << 20) && arena.garbageBytes > arena.usedBytes / 4) {
            rebuild(tableSizeFor(liveKeys));
        }
    }

    /**
     * Copies the live entries into a fresh arena and a table of {@code tableSize} slots, while lookups go on
     * against the current ones, then swaps them in. The caller holds the writer monitor, so nothing changes the
     * current state meanwhile.
     */
    private void rebuild(int tableSize) {
        long[] table = new long[tableSize];
        KeyArena newArena = new KeyArena();
        Postings newPostings = new Postings();
        int[] lists = postings.lists;
        arena.forEach((ref, page, data, length, word) -> {
            if (word == Postings.DEAD) {
                return;
            }
            int newWord = word;
            if (Postings.isList(word)) {
                int[] ids = Postings.ids(lists, word);
                newWord = ids[0];
                for (int k = 1; k < ids.length; k++) {
                    newWord = newPostings.add(newWord, ids[k]);
                }
            }
            int newRef = newArena.append(page, data, length, newWord);
            place(table, KeyHash.of(page, data, length), newRef);
        });
        long stamp = lock.writeLock();
        try {
            slots = table;
            arena = newArena;
            postings = newPostings;
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
            KeyIndexSnapshot.write(file, liveKeys, pairs, sink -> {
                int[] lists = postings.lists;
                try {
                    arena.forEach((ref, page, data, length, word) -> {
                        if (word != Postings.DEAD) {
                            try {
                                sink.entry(page, data, length, Postings.ids(lists, word));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        }
    }

    /** Reads an index written by {@link #writeSnapshot}; throws if the file is not one, or is damaged. */
    public static KeyIndex readSnapshot(Path file) throws IOException {
        return KeyIndexSnapshot.read(file);
    }

    /** Adds a key known not to be in the index yet, with its ids; used when loading a snapshot. */
    void addNew(byte[] key, int length, int[] ids, int idCount) {
        synchronized (writer) {
            int word = ids[0];
            for (int k = 1; k < idCount; k++) {
                word = postings.add(word, ids[k]);
            }
            insert(KeyHash.of(key, 0, length), key, length, word);
        }
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

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
