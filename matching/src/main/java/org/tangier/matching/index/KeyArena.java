package org.tangier.matching.index;

import java.util.Arrays;

/**
 * Every key's bytes, back to back in 64 KiB pages, each preceded by its length as a one- or two-byte varint.
 * A key is addressed by an {@code int} reference (page number and offset), which is what the index stores per
 * entry instead of an object. Pages never move, so a reference stays valid while the arena grows; a key never
 * spans two pages.
 */
final class KeyArena {

    static final int MAX_KEY_BYTES = 1024;
    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);

    byte[][] pages = new byte[8][];
    private int pageCount;
    private int position = PAGE_SIZE;
    /** Bytes held by keys that were removed; a compaction gives them back. */
    long garbageBytes;

    int append(byte[] key, int offset, int length) {
        int need = varintLength(length) + length;
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

    static int varintLength(int length) {
        return length < 0x80 ? 1 : 2;
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

    static boolean equals(byte[][] pages, int ref, byte[] key, int length) {
        byte[] page = page(pages, ref);
        if (lengthAt(page, ref) != length) {
            return false;
        }
        int data = dataAt(page, ref);
        return Arrays.equals(page, data, data + length, key, 0, length);
    }

    static boolean equalsAscii(byte[][] pages, int ref, CharSequence key) {
        byte[] page = page(pages, ref);
        int length = key.length();
        if (lengthAt(page, ref) != length) {
            return false;
        }
        int data = dataAt(page, ref);
        for (int i = 0; i < length; i++) {
            if (page[data + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    long hash(int ref) {
        byte[] page = page(pages, ref);
        return KeyHash.of(page, dataAt(page, ref), lengthAt(page, ref));
    }

    int length(int ref) {
        return lengthAt(page(pages, ref), ref);
    }

    byte[] copy(int ref) {
        byte[] page = page(pages, ref);
        int data = dataAt(page, ref);
        return Arrays.copyOfRange(page, data, data + lengthAt(page, ref));
    }

    void release(int ref) {
        int length = length(ref);
        garbageBytes += varintLength(length) + length;
    }

    /** Bytes allocated to pages, used or not. */
    long allocatedBytes() {
        return (long) pageCount * PAGE_SIZE + (long) pages.length * 8;
    }
}
