package org.tangier.matching.name;

/** The writing system a name part came from; decides which comparisons are meaningful. */
enum Script {
    LATIN, ARABIC, CYRILLIC, GREEK, OTHER;

    static Script of(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN: return LATIN;
                case ARABIC: return ARABIC;
                case CYRILLIC: return CYRILLIC;
                case GREEK: return GREEK;
                default: return OTHER;
            }
        }
        return LATIN;
    }
}
