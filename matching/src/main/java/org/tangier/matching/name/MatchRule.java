package org.tangier.matching.name;

/** Why two name parts were aligned; the order is from strongest to weakest evidence. */
public enum MatchRule {
    /** Same spelling after folding case and diacritics. */
    EXACT,
    /** The same compound written apart or together, or with a different article: Abdellatif, Abdel Latif, Abd al-Latif. */
    COMPOUND,
    /** Same sounds with other vowels or doubled consonants: Mohammed, Muhammad; Hammouchi, Hamouchi. */
    TRANSLITERATION,
    /** An Arabic-script part and a Latin part with the same consonant skeleton. */
    CROSS_SCRIPT,
    /** Same consonants, different vowel pattern: Nasr, Nasser. */
    CONSONANTS,
    /** One or two typing errors. */
    TYPO,
    /** An initial ("M.") against a full name part. */
    INITIAL,
    /** A short or pet form of a given name: Bill and William, Bibi and Benjamin, Sasha and Alexander. */
    NICKNAME
}
