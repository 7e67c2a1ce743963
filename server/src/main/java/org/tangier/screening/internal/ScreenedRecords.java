package org.tangier.screening.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.StampedLock;
import org.tangier.access.Restriction;
import org.tangier.records.RecordType;

/**
 * What a node keeps per screened record, packed in primitive arrays indexed by the record's ordinal (its int id in
 * the key and name indexes): id, type, owner, restriction, whether it is screened by itself or by name, and its
 * keys (to take them out of the key index when the record changes). Ten million stolen documents cost about 40
 * bytes each here and a few dozen arrays for the garbage collector, where one object graph per record cost ~300
 * bytes and tens of millions of objects to trace.
 *
 * <p>Writers are serialised by the caller ({@link ScreeningIndex}'s monitor) and take the write lock; readers use
 * optimistic reads, so a check never waits for a change unless it collides with one.
 */
final class ScreenedRecords {

    private static final int LIVE = 1, STANDALONE = 2, NAMED = 4;
    private static final RecordType[] TYPES = RecordType.values();

    private final StampedLock lock = new StampedLock();

    private long[] idHigh = new long[1024];
    private long[] idLow = new long[1024];
    private byte[] types = new byte[1024];
    private byte[] flags = new byte[1024];
    private char[] owners = new char[1024];
    private char[] restrictions = new char[1024];
    private long[] keysAt = new long[1024];
    private int size;
    private int live;

    /** Open addressing over ordinals (stored + 1; 0 is empty), hashed by id: finds a record's ordinal by UUID. */
    private int[] byId = new int[2048];

    private final List<String> ownerCodes = new ArrayList<>();
    private final Map<String, Character> ownerIndex = new HashMap<>();
    private final List<Restriction> restrictionList = new ArrayList<>();
    private final Map<Restriction, Character> restrictionIndex = new HashMap<>();
    private final KeyBlocks keyBlocks = new KeyBlocks();

    // ---- reads ---------------------------------------------------------------------------------------------------

    /** The record at {@code ordinal}, or null when there is none (removed, or never used). */
    IndexedRecord view(int ordinal) {
        return read(() -> readView(ordinal));
    }

    /**
     * Runs {@code read} without locking and again under the read lock if a writer came in between. A torn optimistic
     * read may see arrays swapped mid-way and throw; validate() fails then, and the locked read is the answer.
     */
    private <T> T read(java.util.function.Supplier<T> read) {
        long stamp = lock.tryOptimisticRead();
        T value;
        try {
            value = read.get();
        } catch (RuntimeException e) {
            value = null;
        }
        if (lock.validate(stamp)) {
            return value;
        }
        stamp = lock.readLock();
        try {
            return read.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private IndexedRecord readView(int ordinal) {
        if (ordinal < 0 || ordinal >= size || (flags[ordinal] & LIVE) == 0) {
            return null;
        }
        byte f = flags[ordinal];
        return new IndexedRecord(new UUID(idHigh[ordinal], idLow[ordinal]), ordinal, TYPES[types[ordinal]],
                ownerCodes.get(owners[ordinal]), restrictionList.get(restrictions[ordinal]), (f & STANDALONE) != 0,
                (f & NAMED) != 0);
    }

    /** The record's ordinal, or -1. */
    int ordinalOf(UUID id) {
        return read(() -> findOrdinal(id));
    }

    private int findOrdinal(UUID id) {
        int[] table = byId;
        int mask = table.length - 1;
        long hi = id.getMostSignificantBits(), lo = id.getLeastSignificantBits();
        for (int i = slot(hi, lo, mask), probes = 0; probes < table.length; i = (i + 1) & mask, probes++) {
            int v = table[i];
            if (v == 0) {
                return -1;
            }
            int ordinal = v - 1;
            if (ordinal < size && idHigh[ordinal] == hi && idLow[ordinal] == lo) {
                return ordinal;
            }
        }
        return -1;
    }

    /** The keys the record was indexed under (only the writer calls this). */
    String[] keysOf(int ordinal) {
        return keyBlocks.read(keysAt[ordinal]);
    }

    int live() {
        return live;
    }

    /** Live records per {@link RecordType} ordinal. */
    int[] countByType() {
        long stamp = lock.readLock();
        try {
            int[] counts = new int[TYPES.length];
            for (int i = 0; i < size; i++) {
                if ((flags[i] & LIVE) != 0) {
                    counts[types[i]]++;
                }
            }
            return counts;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Visits every live record (only the writer calls this). */
    void forEachLive(java.util.function.IntConsumer ordinals) {
        for (int i = 0; i < size; i++) {
            if ((flags[i] & LIVE) != 0) {
                ordinals.accept(i);
            }
        }
    }

    /**
     * Visits every live record screened only under a notice, not by itself (only the writer calls this): after a
     * snapshot load, ten million stolen documents need no look at the notices.
     */
    void forEachLiveUnderNotice(java.util.function.IntConsumer ordinals) {
        for (int i = 0; i < size; i++) {
            if ((flags[i] & (LIVE | STANDALONE)) == LIVE) {
                ordinals.accept(i);
            }
        }
    }

    // ---- writes (the caller serialises them) ---------------------------------------------------------------------

    /** Records the record under its existing ordinal, or a new one; returns the ordinal. */
    int put(UUID id, RecordType type, String owner, Restriction restriction, String[] keys, boolean standalone,
            boolean named) {
        long stamp = lock.writeLock();
        try {
            int ordinal = findOrdinal(id);
            if (ordinal < 0) {
                ordinal = size;
                grow(size + 1);
                size++;
                idHigh[ordinal] = id.getMostSignificantBits();
                idLow[ordinal] = id.getLeastSignificantBits();
                place(ordinal);
            }
            if ((flags[ordinal] & LIVE) == 0) {
                live++;
            }
            types[ordinal] = (byte) type.ordinal();
            owners[ordinal] = ownerIndex.computeIfAbsent(owner, o -> {
                ownerCodes.add(o);
                return (char) (ownerCodes.size() - 1);
            });
            restrictions[ordinal] = restrictionIndex.computeIfAbsent(restriction, r -> {
                restrictionList.add(r);
                return (char) (restrictionList.size() - 1);
            });
            flags[ordinal] = (byte) (LIVE | (standalone ? STANDALONE : 0) | (named ? NAMED : 0));
            keysAt[ordinal] = keyBlocks.append(keys);
            return ordinal;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Marks the record removed; its ordinal stays reserved for it (a record that comes back gets it again). */
    void remove(int ordinal) {
        long stamp = lock.writeLock();
        try {
            if ((flags[ordinal] & LIVE) != 0) {
                flags[ordinal] = 0;
                keysAt[ordinal] = -1;
                live--;
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private void grow(int needed) {
        if (needed > idHigh.length) {
            int capacity = Math.max(needed, idHigh.length + (idHigh.length >> 1));
            idHigh = Arrays.copyOf(idHigh, capacity);
            idLow = Arrays.copyOf(idLow, capacity);
            types = Arrays.copyOf(types, capacity);
            flags = Arrays.copyOf(flags, capacity);
            owners = Arrays.copyOf(owners, capacity);
            restrictions = Arrays.copyOf(restrictions, capacity);
            keysAt = Arrays.copyOf(keysAt, capacity);
        }
        if (needed * 2L > byId.length) {
            byId = new int[Integer.highestOneBit(needed) * 4];
            for (int i = 0; i < size; i++) {
                place(i);
            }
        }
    }

    private void place(int ordinal) {
        int[] table = byId;
        int mask = table.length - 1;
        int i = slot(idHigh[ordinal], idLow[ordinal], mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = ordinal + 1;
    }

    private static int slot(long hi, long lo, int mask) {
        long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    // ---- snapshot ------------------------------------------------------------------------------------------------

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        out.writeInt(ownerCodes.size());
        for (String code : ownerCodes) {
            out.writeUTF(code);
        }
        out.writeInt(restrictionList.size());
        for (Restriction r : restrictionList) {
            out.writeUTF(r.toString());
        }
        SnapshotArrays.writeLongs(out, idHigh, size);
        SnapshotArrays.writeLongs(out, idLow, size);
        out.write(types, 0, size);
        out.write(flags, 0, size);
        SnapshotArrays.writeChars(out, owners, size);
        SnapshotArrays.writeChars(out, restrictions, size);
        SnapshotArrays.writeLongs(out, keysAt, size);
        keyBlocks.write(out);
    }

    static ScreenedRecords read(DataInputStream in) throws IOException {
        ScreenedRecords t = new ScreenedRecords();
        int size = in.readInt();
        for (int i = 0, n = in.readInt(); i < n; i++) {
            String code = in.readUTF().intern();
            t.ownerIndex.put(code, (char) t.ownerCodes.size());
            t.ownerCodes.add(code);
        }
        for (int i = 0, n = in.readInt(); i < n; i++) {
            Restriction r = Restriction.parse(in.readUTF());
            t.restrictionIndex.put(r, (char) t.restrictionList.size());
            t.restrictionList.add(r);
        }
        t.grow(size);
        t.idHigh = SnapshotArrays.readLongs(in, size, t.idHigh.length);
        t.idLow = SnapshotArrays.readLongs(in, size, t.idLow.length);
        in.readFully(t.types, 0, size);
        in.readFully(t.flags, 0, size);
        t.owners = SnapshotArrays.readChars(in, size, t.owners.length);
        t.restrictions = SnapshotArrays.readChars(in, size, t.restrictions.length);
        t.keysAt = SnapshotArrays.readLongs(in, size, t.keysAt.length);
        t.keyBlocks.read(in);
        t.size = size;
        for (int i = 0; i < size; i++) {
            t.place(i);
            if ((t.flags[i] & LIVE) != 0) {
                t.live++;
            }
        }
        return t;
    }

    /**
     * Each record's keys, appended to 1 MB pages: count (1 byte), then per key its UTF-8 length (2 bytes) and bytes.
     * A changed record appends a new block; the old one is garbage until the next snapshot load writes it out again
     * (changes are rare next to the records held).
     */
    static final class KeyBlocks {

        private static final int PAGE_BITS = 20, PAGE = 1 << PAGE_BITS;

        private final List<byte[]> pages = new ArrayList<>();
        private int used = PAGE;

        long append(String[] keys) {
            if (keys.length == 0) {
                return -1;
            }
            byte[][] encoded = new byte[keys.length][];
            int length = 1;
            for (int i = 0; i < keys.length; i++) {
                encoded[i] = keys[i].getBytes(StandardCharsets.UTF_8);
                if (encoded[i].length > 0xFFFF) {
                    throw new IllegalArgumentException("screening key longer than 65,535 bytes");
                }
                length += 2 + encoded[i].length;
            }
            if (keys.length > 255 || length > PAGE) {
                throw new IllegalArgumentException("too many or too long screening keys for one record");
            }
            if (used + length > PAGE) {
                pages.add(new byte[PAGE]);
                used = 0;
            }
            byte[] page = pages.getLast();
            long at = ((long) (pages.size() - 1) << PAGE_BITS) | used;
            page[used++] = (byte) keys.length;
            for (byte[] key : encoded) {
                page[used++] = (byte) (key.length >>> 8);
                page[used++] = (byte) key.length;
                System.arraycopy(key, 0, page, used, key.length);
                used += key.length;
            }
            return at;
        }

        String[] read(long at) {
            if (at < 0) {
                return new String[0];
            }
            byte[] page = pages.get((int) (at >>> PAGE_BITS));
            int p = (int) (at & (PAGE - 1));
            String[] keys = new String[page[p++] & 0xFF];
            for (int i = 0; i < keys.length; i++) {
                int length = ((page[p] & 0xFF) << 8) | (page[p + 1] & 0xFF);
                p += 2;
                keys[i] = new String(page, p, length, StandardCharsets.UTF_8);
                p += length;
            }
            return keys;
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(pages.size());
            out.writeInt(used);
            for (int i = 0; i < pages.size(); i++) {
                out.write(pages.get(i), 0, i == pages.size() - 1 ? used : PAGE);
            }
        }

        void read(DataInputStream in) throws IOException {
            int count = in.readInt();
            int last = in.readInt();
            for (int i = 0; i < count; i++) {
                byte[] page = new byte[PAGE];
                in.readFully(page, 0, i == count - 1 ? last : PAGE);
                pages.add(page);
            }
            used = count == 0 ? PAGE : last;
        }
    }
}
