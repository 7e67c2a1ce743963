package org.tangier.matching.name;

/** Which of a person's names this is; the kind decides how much a match on it can prove. */
public enum NameKind {
    PRIMARY,
    ALIAS,
    BIRTH_NAME,
    /** The name as written in the person's own script (e.g. Arabic), next to a Latin primary name. */
    ORIGINAL_SCRIPT,
    /**
     * A nickname or short nom de guerre ("Abu Ali") that many people share. A match on it alone stays
     * below HIT, because such aliases are what floods other screening systems with hits.
     */
    WEAK_ALIAS
}
