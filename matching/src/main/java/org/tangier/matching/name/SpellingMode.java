package org.tangier.matching.name;

/** How a query's spelling is compared with the records. */
public enum SpellingMode {
    /** Transliterates every script to a comparable Latin form and tolerates spelling variants and typos. */
    TRANSLITERATE,
    /**
     * Compares the spelling as typed, folding only case and whitespace: no transliteration, no diacritic
     * folding, no variants. For an officer who knows the exact spelling and wants nothing else.
     */
    EXACT
}
