package org.tangier.matching.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The entries of a {@link KeyIndex}, back to back in 1 MiB pages: each one is the key's length (a one- or
 * two-byte varint), the key's bytes, and a four-byte {@link Postings} word (the record id, or where its id list
 * is). Keeping the word beside the key means a hit reads one place in memory after the hash table, not three.
 *
 * <p>An entry is addressed by an {@code int} reference, page number and offset, which is what the hash table
 * stores. Pages never move, so a reference stays valid while the arena grows; an entry never spans two pages, and
 * a zero length byte ends a page's entries.
 */
final class KeyArena {

    static final int MAX_KEY_BYTES = 1024;
    // Large pages keep the page table and the array headers (read by every bounds check) few and cached.
    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    byte[][] pages = new byte[8][];
    private int pageCount;
    private int position = PAGE_SIZE;
    /** Bytes held by entries whose key was removed; a compaction gives them back. */
    long garbageBytes;
    long usedBytes;

    int append(byte[] key, int offset, int length, int word) {
        int need = entrySize(length);
        if (position + need > PAGE_SIZE) {
            newPage();
        }
        byte[] page = pages[pageCount - 1];
        int ref = ((pageCount - 1) << PAGE_BITS) | position;
        if (length < 0x80) {
            page[position++] = (byte) length;
        } else {
            page[position++] = (byte) (0x80 | (length >>> 7));
            page[position++] = (byte) (length & 0x7f);
        }
        System.arraycopy(key, offset, page, position, length);
        position += length;
        INTS.set(page, position, word);
        position += 4;
        usedBytes += need;
        return ref;
    }

    private void newPage() {
        if (pageCount == MAX_PAGES) {
            throw new IllegalStateException("key index is full: 2 GiB of keys");
        }
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        pages[pageCount++] = new byte[PAGE_SIZE];
        position = 0;
    }

    static int entrySize(int keyLength) {
        return (keyLength < 0x80 ? 1 : 2) + keyLength + 4;
    }

    static byte[] page(byte[][] pages, int ref) {
        return pages[ref >>> PAGE_BITS];
    }

    static int lengthAt(byte[] page, int ref) {
        int at = ref & (PAGE_SIZE - 1);
        int b = page[at];
        return b >= 0 ? b : ((b & 0x7f) << 7) | page[at + 1];
    }

    static int dataAt(byte[] page, int ref) {
        int at = ref & (PAGE_SIZE - 1);
        return page[at] >= 0 ? at + 1 : at + 2;
    }

    static int wordAt(byte[][] pages, int ref) {
        byte[] page = page(pages, ref);
        return (int) INTS.get(page, dataAt(page, ref) + lengthAt(page, ref));
    }

    /** Changes an entry's word in place; the caller holds the index's write stamp. */
    void setWord(int ref, int word) {
        byte[] page = page(pages, ref);
        INTS.set(page, dataAt(page, ref) + lengthAt(page, ref), word);
    }

    static boolean equals(byte[][] pages, int ref, byte[] key, int length) {
        byte[] page = page(pages, ref);
        if (lengthAt(page, ref) != length) {
            return false;
        }
        int data = dataAt(page, ref);
        return Arrays.equals(page, data, data + length, key, 0, length);
    }

    long hash(int ref) {
        byte[] page = page(pages, ref);
        return KeyHash.of(page, dataAt(page, ref), lengthAt(page, ref));
    }

    void release(int ref) {
        byte[] page = page(pages, ref);
        garbageBytes += entrySize(lengthAt(page, ref));
    }

    interface EntryConsumer {
        void entry(int ref, byte[] page, int data, int length, int word);
    }

    /** Visits every entry, removed ones included (their word is {@link Postings#DEAD}), in the order added. */
    void forEach(EntryConsumer consumer) {
        for (int p = 0; p < pageCount; p++) {
            byte[] page = pages[p];
            int at = 0;
            while (at < PAGE_SIZE && page[at] != 0) {
                int ref = (p << PAGE_BITS) | at;
                int length = lengthAt(page, ref);
                int data = dataAt(page, ref);
                consumer.entry(ref, page, data, length, (int) INTS.get(page, data + length));
                at = data + length + 4;
            }
        }
    }

    /** Bytes allocated to pages, used or not. */
    long allocatedBytes() {
        return (long) pageCount * PAGE_SIZE + (long) pages.length * 8;
    }
}
