package org.tangier.matching.name;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A person in the index as one int array, so that a million persons are a million small arrays rather than
 * object graphs: {@code [header, (nameHeader, tokenIds...)*, dates*, nationalities*]}, where the header holds
 * gender (4 bits) and the counts of names, dates and nationalities (8 bits each), and a name header holds its
 * kind (8 bits) and token count.
 */
final class PackedPerson {
    private PackedPerson() {}

    static NameToken[][] analyse(PersonEntry person) {
        List<PersonName> names = person.names();
        NameToken[][] out = new NameToken[Math.min(names.size(), Scratch.MAX_NAMES)][];
        for (int i = 0; i < out.length; i++) {
            NameToken[] t = NameAnalyzer.analyze(names.get(i).text());
            out[i] = t.length > Scratch.MAX_TOKENS ? Arrays.copyOf(t, Scratch.MAX_TOKENS) : t;
        }
        return out;
    }

    static int[] pack(PersonEntry person, NameToken[][] names, ToIntFunction<NameToken> intern) {
        int dates = Math.min(person.birthDates().size(), 32);
        int nats = Math.min(person.nationalities().size(), 16);
        int size = 1 + dates + nats;
        for (NameToken[] n : names) size += 1 + n.length;
        int[] packed = new int[size];
        packed[0] = person.gender().ordinal() | names.length << 4 | dates << 12 | nats << 20;
        int pos = 1;
        for (int i = 0; i < names.length; i++) {
            packed[pos++] = person.names().get(i).kind().ordinal() | names[i].length << 8;
            for (NameToken t : names[i]) packed[pos++] = intern.applyAsInt(t);
        }
        for (int i = 0; i < dates; i++) packed[pos++] = person.birthDates().get(i).packed();
        for (int i = 0; i < nats; i++) packed[pos++] = AnalyzedQuery.packCountry(person.nationalities().get(i));
        return packed;
    }

    /** Whether {@code packed} is a person as {@link #pack} makes it, naming tokens below {@code tokens} only. */
    static boolean wellFormed(int[] packed, int tokens) {
        if (packed.length == 0) return false;
        int header = packed[0];
        int names = header >>> 4 & 0xFF, dates = header >>> 12 & 0xFF, nats = header >>> 20 & 0xFF;
        if ((header & 0xF) >= Gender.values().length || header >>> 28 != 0 || names > Scratch.MAX_NAMES) return false;
        int pos = 1;
        for (int n = 0; n < names; n++) {
            if (pos >= packed.length || (packed[pos] & 0xFF) >= NameKind.values().length) return false;
            int count = packed[pos++] >>> 8;
            if (count > Scratch.MAX_TOKENS || pos + count > packed.length) return false;
            for (int t = 0; t < count; t++) {
                int token = packed[pos++];
                if (token < 0 || token >= tokens) return false;
            }
        }
        return pos + dates + nats == packed.length;
    }

    /** The blocking keys of all the person's names, each once, so that document frequencies count persons. */
    static int[] distinctKeys(int[] packed, int[] tokenKey) {
        int names = packed[0] >>> 4 & 0xFF;
        int[] keys = new int[packed.length];
        int n = 0;
        int pos = 1;
        for (int i = 0; i < names; i++) {
            int count = packed[pos++] >>> 8;
            for (int t = 0; t < count; t++) {
                int key = tokenKey[packed[pos++]];
                if (key < 0) continue;
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) seen = keys[j] == key;
                if (!seen) keys[n++] = key;
            }
        }
        return Arrays.copyOf(keys, n);
    }
}
