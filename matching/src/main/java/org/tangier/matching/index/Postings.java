package org.tangier.matching.index;

import java.util.Arrays;

/**
 * The record ids of each key, packed into one {@code int} word per entry. Nearly every key (a stolen passport's
 * number) belongs to one record, so the word is that id itself; the few keys shared by several records get a
 * word {@code -(offset + 1)} pointing at a list {@code [size, capacity, id...]} in one shared {@code int[]}.
 * Record ids are therefore non-negative.
 */
final class Postings {

    /** The word of an entry whose key was removed. */
    static final int DEAD = Integer.MIN_VALUE;
    static final int[] NONE = new int[0];

    int[] lists = new int[16];
    private int end;
    /** Ints held by lists that were outgrown or emptied; a compaction gives them back. */
    long garbageInts;

    static boolean isList(int word) {
        return word < 0 && word != DEAD;
    }

    static int offset(int word) {
        return -word - 1;
    }

    static int count(int[] lists, int word) {
        if (word == DEAD) {
            return 0;
        }
        return word >= 0 ? 1 : lists[offset(word)];
    }

    static int[] ids(int[] lists, int word) {
        if (word >= 0) {
            return new int[] {word};
        }
        if (word == DEAD) {
            return NONE;
        }
        int at = offset(word);
        int size = lists[at];
        // A lookup racing with a write may read a size that belongs to something else; refuse it rather than
        // allocate for it (the lookup then retries under the read lock).
        if (size < 2 || size > lists[at + 1] || at + 2 + size > lists.length) {
            throw new IllegalStateException("torn read of an id list");
        }
        return Arrays.copyOfRange(lists, at + 2, at + 2 + size);
    }

    static boolean contains(int[] lists, int word, int id) {
        if (word >= 0) {
            return word == id;
        }
        if (word == DEAD) {
            return false;
        }
        int at = offset(word);
        for (int i = at + 2, last = at + 2 + lists[at]; i < last; i++) {
            if (lists[i] == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word after adding {@code id}, which the caller has checked is not there yet. Lists are filled in place
     * while they have room, so the caller must publish under the index's write lock.
     */
    int add(int word, int id) {
        if (word == DEAD) {
            return id;
        }
        if (word >= 0) {
            int at = allocate(4);
            lists[at] = 2;
            lists[at + 2] = word;
            lists[at + 3] = id;
            return -(at + 1);
        }
        int at = offset(word);
        int size = lists[at];
        if (size == lists[at + 1]) {
            int grown = allocate(size * 2);
            System.arraycopy(lists, at + 2, lists, grown + 2, size);
            garbageInts += 2 + size;
            at = grown;
        }
        lists[at + 2 + size] = id;
        lists[at] = size + 1;
        return -(at + 1);
    }

    /** The word after removing {@code id}, which the caller has checked is there; {@link #DEAD} when none is left. */
    int remove(int word, int id) {
        if (word >= 0) {
            return DEAD;
        }
        int at = offset(word);
        int size = lists[at];
        int last = at + 2 + size - 1;
        for (int i = at + 2; i <= last; i++) {
            if (lists[i] == id) {
                lists[i] = lists[last];
                break;
            }
        }
        if (size == 2) {
            garbageInts += 2 + lists[at + 1];
            return lists[at + 2];
        }
        lists[at] = size - 1;
        return word;
    }

    private int allocate(int capacity) {
        int need = 2 + capacity;
        if (end + need > lists.length) {
            long grown = Math.max((long) lists.length * 3 / 2, (long) end + need);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("key index is full: too many keys shared by several records");
            }
            lists = Arrays.copyOf(lists, (int) grown);
        }
        int at = end;
        lists[at] = 0;
        lists[at + 1] = capacity;
        end += need;
        return at;
    }

    long allocatedBytes() {
        return (long) lists.length * 4;
    }
}
