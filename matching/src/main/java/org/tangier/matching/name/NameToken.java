package org.tangier.matching.name;

/**
 * One analysed part of a name, in every form the comparisons need. Tokens are immutable and shared: the
 * index keeps one instance per distinct spelling.
 */
final class NameToken {
    /** The part as typed, folded only in case: what {@link SpellingMode#EXACT} compares. */
    final String exact;
    /** Case and diacritics folded (Latin), or letter variants folded (Arabic). */
    final String folded;
    /** {@link #folded} with compounds joined and articles removed: "abdlatif" for Abdel Latif. */
    final String canonical;
    /** Consonant classes with one marker per vowel run (Latin only); empty for Arabic. */
    final String phonetic;
    /**
     * Consonant classes only: the form that survives every transliteration, and the blocking key. Not final
     * so that the index can point it at its key dictionary's copy before publishing the token.
     */
    String skeleton;
    /** A readable Latin form for explanations. */
    final String latin;
    final Script script;
    final boolean initial;
    /**
     * "son of" (bin, ibn, ben, بن) between two names: weighs nothing and aligns with nothing, but tells which
     * parts of a genealogical name are the person's and which his father's (see {@link PersonScorer}).
     */
    final boolean connector;
    /**
     * The same part folded without the Slavic digraphs (Milošević read as milosevic rather than miloshevich),
     * for comparing with a spelling that simply lost its diacritics; null when the two foldings agree.
     */
    NameToken plain;
    /**
     * The sound skeleton ({@link SoundSkeleton}) of a part written in Chinese, kana, Hangul, Hebrew, Thai,
     * Georgian or Armenian; null for other parts.
     */
    String sound;
    /** The sound skeleton of a Latin part, made on its first comparison with a part that has {@link #sound}. */
    private String latinSound;
    /** Forms of the part under other national romanisations of Slavic names, made on first use ({@link NationalSpellings}). */
    private String[] nationalSkeletons;
    /**
     * Skeletons of the part as other spelling conventions read it ({@link ScriptReadings}), made on the first
     * cross-script comparison: most parts are never compared across scripts. A data race only computes them
     * twice; the holder's final field publishes the array safely.
     */
    private Readings readings;

    private record Readings(String[] skeletons, String vocalised, String vowelGroups) {}

    /**
     * What the Korean and Wade-Giles comparisons need of a Latin part, made once per part (on its first comparison
     * with another Latin part below a transliteration variant) instead of once per comparison: a part of an indexed
     * person meets many queries, and these were rebuilt from its letters each time.
     */
    record LatinForms(int koreanFamily, boolean korean, String koreanKey, String wadeGilesKey, String wadeGilesPlain,
                      String pinyinWord, String pinyinKey) {}

    private LatinForms latinForms;

    LatinForms latinForms() {
        LatinForms f = latinForms;
        if (f == null) latinForms = f = new LatinForms(KoreanSpellings.family(folded), KoreanSpellings.korean(this),
                folded.length() <= 6 ? KoreanSpellings.key(folded) : null, WadeGiles.readingKey(folded),
                WadeGiles.plain(folded), folded.replace("ü", "v"), WadeGiles.pinyinKey(folded));
        return f;
    }

    NameToken(String exact, String folded, String canonical, String phonetic, String skeleton, String latin,
              Script script, boolean initial) {
        this(exact, folded, canonical, phonetic, skeleton, latin, script, initial, false);
    }

    /** A connector: no exact form (it is not compared even in exact spelling), a canonical form no name has. */
    static NameToken connector(String text, Script script) {
        return new NameToken(null, "|" + text, "|" + text, "", "", text, script, false, true);
    }

    /** A token as a snapshot stored it ({@link NameIndexSnapshot}): the same forms, shared the same way. */
    static NameToken restored(String exact, String folded, String canonical, String phonetic, String skeleton,
                              String latin, Script script, boolean initial, boolean connector) {
        return new NameToken(exact, folded, canonical, phonetic, skeleton, latin, script, initial, connector);
    }

    private NameToken(String exact, String folded, String canonical, String phonetic, String skeleton, String latin,
                      Script script, boolean initial, boolean connector) {
        this.connector = connector;
        // equal forms share one String: a million persons bring hundreds of thousands of distinct parts
        this.folded = folded;
        this.exact = folded.equals(exact) ? folded : exact;
        this.canonical = folded.equals(canonical) ? folded : canonical;
        this.phonetic = phonetic;
        this.skeleton = skeleton;
        this.latin = this.canonical.equals(latin) ? this.canonical : latin;
        this.script = script;
        this.initial = initial;
    }

    String[] readings() {
        return cross().skeletons();
    }

    /** The skeleton with its vowel letters in each gap (see {@link LatinSkeleton#vocalised}, {@link ArabicLetters#vocalised}). */
    String vocalised() {
        return cross().vocalised();
    }

    private Readings cross() {
        Readings r = readings;
        if (r == null) {
            r = initial ? new Readings(ScriptReadings.NONE, "", "")
                    : arabic() ? new Readings(ScriptReadings.arabic(canonical), ArabicLetters.vocalised(canonical), null)
                    : new Readings(ScriptReadings.latin(canonical), LatinSkeleton.vocalised(canonical), LatinSkeleton.vowelGroups(canonical));
            readings = r;
        }
        return r;
    }

    /** A Latin part's vowel groups between consonant marks ({@link LatinSkeleton#vowelGroups}); null for Arabic parts. */
    String vowelGroups() {
        return cross().vowelGroups();
    }

    String latinSound() {
        String l = latinSound;
        if (l == null) latinSound = l = SoundSkeleton.ofLatin(canonical);
        return l;
    }

    String[] nationalSkeletons() {
        String[] n = nationalSkeletons;
        if (n == null) nationalSkeletons = n = NationalSpellings.skeletons(folded);
        return n;
    }

    boolean arabic() {
        return script == Script.ARABIC;
    }

    /** Two tokens with the same script, typed form and canonical form behave identically everywhere. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NameToken t && t.script == script && t.initial == initial && t.connector == connector
                && java.util.Objects.equals(t.exact, exact) && t.canonical.equals(canonical)
                && java.util.Objects.equals(t.plain, plain);
    }

    @Override
    public int hashCode() {
        return (31 * (exact == null ? 0 : exact.hashCode()) + canonical.hashCode()) * 31 + script.ordinal() * 2 + (initial ? 1 : 0);
    }

    @Override
    public String toString() {
        // a part split off a typed word (Jean of Jean-Pierre) has no exact form of its own
        String shown = exact != null ? exact : folded;
        return arabic() ? shown + " (" + latin + ")" : shown;
    }
}
