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
    /** Consonant classes only: the form that survives every transliteration, and the blocking key. */
    final String skeleton;
    /** A readable Latin form for explanations. */
    final String latin;
    final Script script;
    final boolean initial;

    NameToken(String exact, String folded, String canonical, String phonetic, String skeleton, String latin,
              Script script, boolean initial) {
        this.exact = exact;
        this.folded = folded;
        this.canonical = canonical;
        this.phonetic = phonetic;
        this.skeleton = skeleton;
        this.latin = latin;
        this.script = script;
        this.initial = initial;
    }

    boolean arabic() {
        return script == Script.ARABIC;
    }

    /** Identity of the token for interning: two tokens with the same key behave identically everywhere. */
    String internKey() {
        return script.ordinal() + "|" + exact + "|" + canonical + "|" + initial;
    }

    @Override
    public String toString() {
        // a part split off a typed word (Jean of Jean-Pierre) has no exact form of its own
        String shown = exact != null ? exact : folded;
        return arabic() ? shown + " (" + latin + ")" : shown;
    }
}
