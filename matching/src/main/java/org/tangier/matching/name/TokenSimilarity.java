package org.tangier.matching.name;

/**
 * Compares two name parts and says how alike they are and why. The similarities are graded so that the
 * score of a name never saturates: the same spelling beats a transliteration variant, which beats a typo.
 * The result is packed into one int (rule ordinal in the high half, similarity in thousandths in the low
 * half) so that the hot path allocates nothing.
 */
final class TokenSimilarity {
    private TokenSimilarity() {}

    static final double EXACT = 1.0;
    static final double COMPOUND = 0.97;
    static final double TRANSLITERATION = 0.94;
    static final double CROSS_SCRIPT = 0.95;
    /** Arabic and Latin skeletons one routine substitution apart (Juan, خوان). */
    static final double CROSS_SCRIPT_CLOSE = 0.88;
    static final double CONSONANTS = 0.86;
    /** Same skeleton, and the long vowels the Arabic writes stand where the Latin has them. */
    static final double CROSS_SCRIPT_VOWELS = 0.97;
    /** Same skeleton, but a long vowel the Arabic writes is missing or of another kind in the Latin. */
    static final double CROSS_SCRIPT_VOWELS_DIFFER = 0.90;
    static final double INITIAL = 0.75;
    /** Same letters once the diacritics are dropped on both sides: Milošević, Milosevic. */
    static final double DIACRITICS = 0.98;
    /** A short or pet form of the given name: Bill, William. */
    static final double NICKNAME = 0.90;
    /** The same Slavic name under another national romanisation: Lawrow, Lavrov. */
    static final double NATIONAL_SPELLING = 0.90;

    static int compare(NameToken q, NameToken r, SpellingMode mode, Scratch s) {
        if (mode == SpellingMode.EXACT) {
            return q.exact != null && q.exact.equals(r.exact) ? pack(MatchRule.EXACT, EXACT) : 0;
        }
        if (q.connector || r.connector) return 0;
        if (q.initial || r.initial) return initials(q, r);
        if (q.arabic() != r.arabic()) return crossScript(q, r, s);
        int best = sameScript(q, r, s);
        if (q.arabic() || (best & 0xFFFF) >= Math.round(TRANSLITERATION * 1000)) return best;
        if (q.sound != null ? r.script == Script.LATIN && !r.initial : r.sound != null && q.script == Script.LATIN && !q.initial) {
            return max(best, sounds(q.sound != null ? q.sound : q.latinSound(), r.sound != null ? r.sound : r.latinSound()));
        }
        if (q.plain != null || r.plain != null) {
            // Milošević against Milosevic: the letters are the same, only the diacritics were lost
            int plain = sameScript(q.plain != null ? q.plain : q, r.plain != null ? r.plain : r, s);
            best = max(best, rule(plain) == MatchRule.EXACT ? pack(MatchRule.EXACT, DIACRITICS) : plain);
        }
        if (q.script == Script.LATIN && r.script == Script.LATIN && (joinedAtHyphen(q, r) || joinedAtHyphen(r, q))) {
            best = max(best, pack(MatchRule.COMPOUND, COMPOUND));
        }
        if (GivenNameForms.related(q.folded, r.folded)) best = max(best, pack(MatchRule.NICKNAME, NICKNAME));
        if (q.script == Script.LATIN && r.script == Script.LATIN && KoreanSpellings.same(q, r)) {
            best = max(best, pack(MatchRule.TRANSLITERATION, NATIONAL_SPELLING));
        }
        if (q.script == Script.LATIN && r.script == Script.LATIN && (WadeGiles.same(r, q) || WadeGiles.same(q, r))) {
            best = max(best, pack(MatchRule.TRANSLITERATION, NATIONAL_SPELLING));
        }
        return max(best, national(q, r));
    }

    /**
     * A Latin spelling against a rendering in Chinese, kana, Hangul, Hebrew… ({@link SoundSkeleton}): graded by
     * how far the sounds are apart and how many consonants carry them (one consonant says little).
     */
    private static int sounds(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int len = Math.max(a.length(), b.length());
        float d = SoundSkeleton.distance(a, b);
        double sim;
        if (d == 0) sim = len >= 3 ? SOUNDS : len == 2 ? SOUNDS - 0.02 : SOUNDS - 0.09;
        else if (d <= 0.5f) sim = len >= 3 ? SOUNDS - 0.03 : len == 2 ? SOUNDS - 0.06 : 0;
        else if (d <= 1f) sim = len >= 4 ? SOUNDS - 0.06 : len == 3 ? SOUNDS - 0.13 : 0;
        else if (d <= 1.5f) sim = len >= 5 ? SOUNDS - 0.09 : 0;
        else if (d <= 2f) sim = len >= 6 ? SOUNDS - 0.13 : 0;
        else sim = 0;
        return sim == 0 ? 0 : pack(MatchRule.CROSS_SCRIPT, sim);
    }

    /** The same sounds in a syllabic or vowelless script: Fortson / 福特森, Bekker / ベッカー, Brolin / ברולין. */
    static final double SOUNDS = 0.93;

    /**
     * A part typed with a hyphen whose first piece the analyser took for an article (En-lai: en) against the other
     * side's part written as one word (Enlai): Chou En-lai is Zhou Enlai.
     */
    static boolean joinedAtHyphen(NameToken hyphenated, NameToken other) {
        String e = hyphenated.exact;
        return e != null && e.indexOf('-') > 0 && e.length() == other.folded.length() + 1 && e.replace("-", "").equals(other.folded);
    }

    /** A German, Polish or Latvian spelling of a Slavic name against another romanisation of it (Lawrow, Lavrov). */
    private static int national(NameToken q, NameToken r) {
        // the own skeleton may be short where a reading is not: Lawrow is LR, read as Lavrov LFRF
        if (q.folded.length() < 4 || r.folded.length() < 4) return 0;
        String[] a = q.nationalSkeletons(), b = r.nationalSkeletons();
        for (String x : a) if (x.equals(r.skeleton)) return pack(MatchRule.TRANSLITERATION, NATIONAL_SPELLING);
        for (String y : b) {
            if (y.equals(q.skeleton)) return pack(MatchRule.TRANSLITERATION, NATIONAL_SPELLING);
            for (String x : a) if (x.equals(y)) return pack(MatchRule.TRANSLITERATION, NATIONAL_SPELLING);
        }
        return 0;
    }

    private static int sameScript(NameToken q, NameToken r, Scratch s) {
        if (q.folded.equals(r.folded)) return pack(MatchRule.EXACT, EXACT);
        if (q.canonical.equals(r.canonical)) return pack(MatchRule.COMPOUND, COMPOUND);
        if (q.script == Script.LATIN && r.script == Script.LATIN && patronymicEnding(q.canonical, r.canonical)) {
            return pack(MatchRule.CONSONANTS, PATRONYMIC_ENDING);
        }
        if (!q.arabic() && q.phonetic.equals(r.phonetic)) return pack(MatchRule.TRANSLITERATION, TRANSLITERATION);
        if (gluedArticle(q.skeleton, r.skeleton)) return pack(MatchRule.COMPOUND, COMPOUND - 0.02);
        if (!q.arabic() && (trailingArticle(q.canonical, r.canonical) || trailingArticle(r.canonical, q.canonical))) {
            return pack(MatchRule.COMPOUND, COMPOUND - 0.02);
        }
        if (q.script == Script.LATIN && r.script == Script.LATIN && otherPatronymic(q.canonical, r.canonical)) {
            return pack(MatchRule.CONSONANTS, PATRONYMIC_ENDING);
        }
        int best = 0;
        if (q.skeleton.equals(r.skeleton) && q.skeleton.length() >= 2) {
            // two Arabic spellings with one skeleton are variants only when they write the same consonant letters:
            // the skeleton's classes merge س ص ز and drop ع, which one writer does not confuse (صوفي / سيفي, عمر / مر)
            boolean variants = !q.arabic() || arabicConsonants(q.canonical).equals(arabicConsonants(r.canonical));
            best = pack(q.arabic() && variants ? MatchRule.TRANSLITERATION : MatchRule.CONSONANTS,
                    q.arabic() && variants ? TRANSLITERATION : CONSONANTS);
        }
        return max(best, typo(q.canonical, r.canonical, s));
    }

    /**
     * The consonant letters of a folded Arabic-script part: without the long vowels and glides (ا و ي ى), the hamza
     * and its seats, and a final ه (ta marbuta, folded). What two spellings of one name written in Arabic share.
     */
    static String arabicConsonants(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("اويىءئؤ".indexOf(c) >= 0) continue;
            if (c == 'ه' && i == folded.length() - 1) continue;
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Typing errors: one edit in a part of four letters or more, two from eight. Shorter parts get no
     * tolerance, since one letter turns Ali into Adi.
     */
    private static int typo(String a, String b, Scratch s) {
        int len = Math.max(a.length(), b.length());
        int allowed = len >= 8 ? 2 : len >= 4 ? 1 : 0;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) return 0;
        int d = EditDistance.damerau(a, b, s);
        if (d == 0 || d > allowed) return 0;
        // people rarely mistype the first letter; a different first letter is more often a different name (Yong, Song),
        // but the first two letters swapped are the same letters (AWLIJAN, WALIJAN)
        boolean swapped = a.length() > 1 && b.length() > 1 && a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0);
        double firstLetter = a.charAt(0) == b.charAt(0) || swapped ? 0 : 0.06;
        return pack(MatchRule.TYPO, 0.92 - 0.6 * d / len - firstLetter);
    }

    private static int crossScript(NameToken q, NameToken r, Scratch s) {
        String a = q.skeleton, b = r.skeleton;
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) {
            // the long vowels Arabic writes confirm the Latin spelling (Hussein / حسين) or tell it apart (Hassan)
            NameToken latin = q.arabic() ? r : q, arabic = q.arabic() ? q : r;
            int vowels = vowels(arabic.vocalised(), latin.vocalised(), latin.canonical);
            String maqsura = finalAlifMaqsura(arabic);
            if (maqsura != null) vowels = Math.max(vowels, vowels(maqsura, latin.vocalised(), latin.canonical));
            boolean longEnough = a.length() >= 2;
            double sim = vowels > 0 ? (longEnough ? CROSS_SCRIPT_VOWELS : CROSS_SCRIPT_VOWELS - 0.04)
                    : vowels < 0 ? (longEnough ? CROSS_SCRIPT_VOWELS_DIFFER : CROSS_SCRIPT_VOWELS_DIFFER - 0.1)
                    : (longEnough ? CROSS_SCRIPT : CROSS_SCRIPT - 0.1);
            int equal = pack(MatchRule.CROSS_SCRIPT, sim);
            if (vowels < 0) {
                // another language's reading may place the vowels differently, but must then keep them too: the
                // ha of هاجينز is not the hy of Hyginus under any reading
                int reading = readingsOnly(q, r, true, s);
                if (reading != 0 && !vowelsFit(arabic, latin)) {
                    reading = pack(MatchRule.CROSS_SCRIPT, similarity(reading) - VOWELS_CONTRADICTED);
                }
                equal = max(equal, reading);
            }
            if (consonantsMissing(arabic, latin)) equal = pack(MatchRule.CROSS_SCRIPT, similarity(equal) - VOWELS_CONTRADICTED);
            return endsContradicted(arabic, latin) ? pack(MatchRule.CROSS_SCRIPT, similarity(equal) - VOWELS_CONTRADICTED) : equal;
        }
        // Arabic writes an article with a plain alef (الفيرا); إلفيرا is Elvira, a name that starts with el
        NameToken arabicPart = q.arabic() ? q : r;
        boolean glue = arabicPart.exact == null || !(arabicPart.exact.startsWith("إ") || arabicPart.exact.startsWith("أ"));
        int best = skeletons(a, b, 0, glue, s);
        if ((best & 0xFFFF) >= Math.round(CROSS_SCRIPT * 1000) - 20) return best;
        // a reading moves a skeleton by a consonant or two: parts further apart are other names, and are not
        // worth making (and keeping) the readings of a record's part for
        if (Math.abs(a.length() - b.length()) <= 3 && EditDistance.skeleton(a, b, s) <= READINGS_MAX_DISTANCE) {
            int reading = readingsOnly(q, r, glue, s);
            if (reading > best && frenchEndingRefused(q.arabic() ? q : r, q.arabic() ? r : q)) {
                reading = readingsWithout(q, r, glue, s, frenchSkeletons((q.arabic() ? r : q).canonical));
            }
            best = max(best, reading);
        }
        if (best == 0) return best;
        // the skeletons differ: the long vowels the Arabic writes are then all that is left to tell a variant
        // (كاريجان, Karigan) from another name one consonant away (Chicherin, Haroun for ريني), also when another
        // language's reading makes the consonants equal: a reading drops or changes letters of a foreign name, and
        // on its own it meets unrelated names (Durs read as French is DR: دارو, Daru; Pongolle is BNK: بيانكا,
        // Bianka); the vowels a genuine reading keeps still stand where the Arabic writes them (Gautier / غوتييه)
        NameToken latin = q.arabic() ? r : q, arabic = q.arabic() ? q : r;
        if (!vowelsFit(arabic, latin)) best = pack(MatchRule.CROSS_SCRIPT, similarity(best) - VOWELS_CONTRADICTED);
        if (endsContradicted(arabic, latin)) best = pack(MatchRule.CROSS_SCRIPT, similarity(best) - VOWELS_CONTRADICTED);
        if (consonantsMissing(arabic, latin)) best = pack(MatchRule.CROSS_SCRIPT, similarity(best) - VOWELS_CONTRADICTED);
        return best;
    }

    /**
     * Whether the Latin part says more consonants, one between each pair of its vowel groups, than the Arabic part has
     * letters to write them with. The skeleton collapses a consonant repeated across a vowel (Kakegawa is K, Hachicha
     * HX), but Arabic writes each of them (كاكيغاوا): كويا has ك and two glides for Kakegawa's four, هاشي two letters
     * for Hachicha's three. The Arabic letters counted are every letter but ا، ى and ء, و and ي only as a glide (at
     * the start or before a vowel letter); of the Latin, a final consonant and an initial h may be silent.
     */
    static boolean consonantsMissing(NameToken arabic, NameToken latin) {
        String a = arabic.canonical, l = latin.canonical;
        if (a == null || l == null || a.isEmpty() || l.length() < 2) return false;
        String groups = latin.vowelGroups();
        int runs = 0;
        for (int i = 0; i < groups.length(); i++) if (groups.charAt(i) == 'C' && (i == 0 || groups.charAt(i - 1) != 'C')) runs++;
        if (groups.charAt(groups.length() - 1) == 'C') runs--;
        if (l.charAt(0) == 'h') runs--;
        int letters = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == 'ا' || c == 'ى' || c == 'ء' || c == 'آ') continue;
            if ((c == 'و' || c == 'ي') && i > 0 && !(i + 1 < a.length() && "اوي".indexOf(a.charAt(i + 1)) >= 0)) continue;
            letters++;
        }
        return runs > letters;
    }

    /**
     * Whether the two parts end differently in a way an Arabic spelling does not allow: Arabic writes a sounded
     * final vowel (ماتيا for Matia, ماري for Mary) and writes none after a final consonant. So an Arabic part ending
     * in a consonant letter does not render a Latin part ending in a, i, o, u or y (مات / Matia), and one ending in
     * ا، و or ي (a long vowel) does not render a Latin part ending in a consonant (آلي / Hills, كوجوري / Alcaraz).
     * Endings that may go either way say nothing: a final ه or ء (ta marbuta, Hamzah / حمزة, Zia / ضياء), a Latin
     * final e (silent in Reade, sounded in Sauvé), h or w after a vowel (Abdullah, Marlow). Two final vowels are of
     * one kind (ا: a; و: o, u; ي: i, y): ماميا is no Miyu. A French silent final
     * t, s, x, d or z after the vowel the Arabic ends with (Carnot / كارنو, Dumas / دوما, Benoit / بينوا) agrees.
     */
    static boolean endsContradicted(NameToken arabic, NameToken latin) {
        String a = arabic.canonical, l = latin.canonical;
        if (a == null || l == null || a.length() < 2 || l.length() < 2) return false;
        char ae = a.charAt(a.length() - 1), le = l.charAt(l.length() - 1);
        if (le < 'a' || le > 'z') return false;
        // a final أ or إ is a hamza on its seat (folded to ا), a consonant that says nothing of the vowel before it
        boolean hamzaSeat = arabic.exact != null && (arabic.exact.endsWith("أ") || arabic.exact.endsWith("إ"));
        boolean arabicVowel = !hamzaSeat && (ae == 'ا' || ae == 'و' || ae == 'ي');
        boolean arabicOpen = arabicVowel || hamzaSeat || ae == 'ه' || ae == 'ء';
        boolean latinVowel = "aiouy".indexOf(le) >= 0;
        boolean latinOpen = latinVowel || le == 'e' || le == 'h' || le == 'w';
        if (latinVowel && !arabicOpen) return true;
        // both end in a vowel: of one kind (ماميا / Miyu is not)
        // (ى is ā in Arabic spelling and a final ي in Egyptian typing: either kind)
        if (latinVowel && arabicVowel) return !finalOfKind(ae, le) && !(arabic.exact != null && arabic.exact.endsWith("ى") && finalOfKind('ا', le));
        if (!arabicVowel || latinOpen) return false;
        return !frenchSilentEnding(l.endsWith("ault") ? l.substring(0, l.length() - 2) : l, ae);
    }

    private static boolean finalOfKind(char arabicFinal, char latinFinal) {
        return switch (arabicFinal) {
            case 'ا' -> latinFinal == 'a';
            case 'و' -> latinFinal == 'o' || latinFinal == 'u';
            default -> latinFinal == 'i' || latinFinal == 'y';
        };
    }

    private static boolean frenchSilentEnding(String l, char arabicFinal) {
        int n = l.length();
        if (n < 3 || "tsxdz".indexOf(l.charAt(n - 1)) < 0) return false;
        char v = l.charAt(n - 2);
        return switch (arabicFinal) {
            // French oi is said wa (Benoit / بينوا, Dubois / دوبوا)
            case 'ا' -> v == 'a' || (v == 'i' && l.charAt(n - 3) == 'o');
            case 'و' -> v == 'o' || v == 'u';
            default -> v == 'i' || v == 'e';
        };
    }

    /** {@link #vowelsFit(String, String, String)} of two parts, reading a final ى either way. */
    static boolean vowelsFit(NameToken arabic, NameToken latin) {
        if (vowelsFit(arabic.vocalised(), latin.vowelGroups(), latin.canonical)) return true;
        String maqsura = finalAlifMaqsura(arabic);
        return maqsura != null && vowelsFit(maqsura, latin.vowelGroups(), latin.canonical);
    }

    /**
     * The vocalised Arabic part with a final ى read as a (ā, as Arabic spelling has it: العزى is al-Uzza, مصطفى is
     * Mustafa), or null when the part does not end in ى. The analyser folds ى into ي, which reads i.
     */
    static String finalAlifMaqsura(NameToken arabic) {
        String v = arabic.vocalised();
        if (arabic.exact == null || !arabic.exact.endsWith("ى") || v.isEmpty() || v.charAt(v.length() - 1) != 'i') return null;
        return v.substring(0, v.length() - 1) + 'a';
    }

    /**
     * An Arabic ay (اي) against the English long i (Vines, فاينز; Hines, Pike) or a y said ai (Tyson, تايسون): one
     * Latin letter says both sounds. The i counts only before one consonant and a final silent e (or es).
     */
    static boolean englishLongI(String arabic, int from, int to, String latin, int lfrom, int lto, String latinWord) {
        if (to - from != 2 || arabic.charAt(from) != 'a' || arabic.charAt(from + 1) != 'i' || lto - lfrom != 1) return false;
        char c = latin.charAt(lfrom);
        if (c == 'y') return true;
        if (c != 'i' || latinWord == null || !(latinWord.endsWith("e") || latinWord.endsWith("es"))) return false;
        int n = latin.length();
        return lto + 1 < n && !Character.isLowerCase(latin.charAt(lto)) && latin.charAt(lto + 1) == 'e'
                && (lto + 2 == n || lto + 3 == n && !Character.isLowerCase(latin.charAt(lto + 2)));
    }

    /**
     * A single Latin e cannot stand for two long vowels of different kinds the Arabic writes together: ياض in رياض
     * (Riyad) is not the e of Rousset, though e stands for a (Ahmed) and for i (Sheref) alone.
     */
    static boolean oneLetterForTwo(String arabic, int from, int to, String latin, int lfrom, int lto) {
        if (lto - lfrom != 1 || latin.charAt(lfrom) != 'e' || to - from < 2) return false;
        boolean a = false, i = false;
        for (int k = from; k < to; k++) {
            a |= arabic.charAt(k) == 'a';
            i |= arabic.charAt(k) == 'i';
        }
        return a && i;
    }

    /** What a loose cross-script match costs when the Arabic writes long vowels the Latin has no place for. */
    static final double VOWELS_CONTRADICTED = 0.08;

    /**
     * Whether the long vowels written inside the Arabic part (its vowel groups, in order) can each stand in a
     * vowel group of the Latin part, in the same order, a group of the right kind (a: a e; i: i e y; u: o u w).
     * The Latin may have more vowels than the Arabic writes; the Arabic writes none it has no reason to.
     * A final vowel letter counts: Arabic writes it for a sounded final vowel (ريني, Rini). A group of two is also
     * placed by its last letter, the first being a glide.
     */
    static boolean vowelsFit(String arabic, String latin) {
        return vowelsFit(arabic, latin, null);
    }

    static boolean vowelsFit(String arabic, String latin, String latinWord) {
        int j = 0;
        int i = 0;
        while (i < arabic.length()) {
            if (!Character.isLowerCase(arabic.charAt(i))) { i++; continue; }
            int end = i;
            while (end < arabic.length() && Character.isLowerCase(arabic.charAt(end))) end++;
            // the next Latin vowel group that holds every long vowel of this group
            boolean placed = false;
            while (!placed && j < latin.length()) {
                if (!Character.isLowerCase(latin.charAt(j))) { j++; continue; }
                int lend = j;
                while (lend < latin.length() && Character.isLowerCase(latin.charAt(lend))) lend++;
                placed = true;
                for (int k = i; k < end; k++) placed &= vowelOfKind(arabic.charAt(k), latin, j, lend);
                // ي or و before another vowel letter is a glide (ديو, Dju): the vowel is the last letter
                placed |= end - i >= 2 && vowelOfKind(arabic.charAt(end - 1), latin, j, lend);
                placed |= englishLongI(arabic, i, end, latin, j, lend, latinWord);
                placed &= !oneLetterForTwo(arabic, i, end, latin, j, lend);
                j = lend;
            }
            if (!placed) return false;
            i = end;
        }
        return true;
    }

    /** Main skeletons further apart than this are not compared through readings. */
    static final float READINGS_MAX_DISTANCE = 3f;

    /**
     * Whether the long vowels the Arabic spelling writes (ا و ي inside the word) stand where the Latin spelling
     * has a vowel of the same kind: 1 when at least one does and none contradicts, -1 when one is missing or of
     * another kind, 0 when the Arabic writes none (or the two do not line up).
     */
    static int vowels(String arabic, String latin) {
        return vowels(arabic, latin, null);
    }

    static int vowels(String arabic, String latin, String latinWord) {
        int i = 0, j = 0, confirmed = 0;
        while (true) {
            // the gap before the next consonant on each side
            int ai = i, lj = j;
            while (ai < arabic.length() && Character.isLowerCase(arabic.charAt(ai))) ai++;
            while (lj < latin.length() && Character.isLowerCase(latin.charAt(lj))) lj++;
            if (oneLetterForTwo(arabic, i, ai, latin, j, lj)) return -1;
            if (englishLongI(arabic, i, ai, latin, j, lj, latinWord)) {
                confirmed++;
            } else {
                for (int k = i; k < ai; k++) {
                    if (!vowelOfKind(arabic.charAt(k), latin, j, lj)) return -1;
                    confirmed++;
                }
            }
            if (ai == arabic.length() || lj == latin.length()) return ai == arabic.length() && lj == latin.length() ? Integer.signum(confirmed) : 0;
            if (arabic.charAt(ai) != latin.charAt(lj)) return 0;
            i = ai + 1;
            j = lj + 1;
        }
    }

    private static boolean frenchVowels(String latin) {
        return latin.contains("ou") || latin.contains("eu");
    }

    private static boolean vowelOfKind(char arabicVowel, String latin, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = latin.charAt(k);
            boolean ok = switch (arabicVowel) {
                // French oi is said wa (Benoit, بينوا)
                case 'a' -> c == 'a' || c == 'e' || (c == 'o' && k + 1 < to && latin.charAt(k + 1) == 'i');
                case 'i' -> c == 'i' || c == 'e' || c == 'y';
                // a French spelling (ou, eu) says its unstressed e as Arabic writes و (Hortefeux, أورتوفو)
                default -> c == 'u' || c == 'o' || c == 'w' || (c == 'e' && to - from == 1 && frenchVowels(latin));
            };
            if (ok) return true;
        }
        return false;
    }

    private static int readingsOnly(NameToken q, NameToken r, boolean glue, Scratch s) {
        String a = q.skeleton, b = r.skeleton;
        int best = 0;
        // the spelling conventions of other languages (Gautier / غوتييه, Wallenstein / فالنشتاين), a little below
        String[] qr = q.readings(), rr = r.readings();
        for (String x : qr) best = max(best, skeletons(x, b, READING_COST, glue, s));
        for (String y : rr) {
            best = max(best, skeletons(a, y, READING_COST, glue, s));
            for (String x : qr) best = max(best, skeletons(x, y, READING_COST, glue, s));
        }
        return best;
    }

    /**
     * Whether the French readings of a Latin part cannot be what an Arabic part renders: French silences a final t, d,
     * x, z or the r of -er after a vowel (Carnot, Dumas, Gautier), so the name then ends in that vowel, and Arabic
     * writes a sounded final vowel (كارنو, دوما, غوتييه). An Arabic part ending in a consonant letter does not render
     * such a reading: ريس is no Risser read as French (risé).
     */
    static boolean frenchEndingRefused(NameToken arabic, NameToken latin) {
        String a = arabic.canonical, l = latin.canonical;
        if (a == null || l == null || a.length() < 2 || l.length() < 4) return false;
        char ae = a.charAt(a.length() - 1);
        if (ae == 'ا' || ae == 'و' || ae == 'ي' || ae == 'ه' || ae == 'ء') return false;
        char last = l.charAt(l.length() - 1), before = l.charAt(l.length() - 2);
        boolean vowelBefore = "aeiouy".indexOf(before) >= 0;
        // (not s: Arabic also drops a Greek or Latin -os, -is, -us and a French -es with its e: نقفور, جورج)
        return vowelBefore && ("tdxz".indexOf(last) >= 0 || last == 'r' && before == 'e');
    }

    /** The skeletons of the French readings of a folded Latin part (silent endings, -er as é). */
    private static String[] frenchSkeletons(String latin) {
        String f = ScriptReadings.french(latin), e = ScriptReadings.frenchEr(latin);
        return new String[] {f == null ? null : LatinSkeleton.skeleton(f), e == null ? null : LatinSkeleton.skeleton(e)};
    }

    /** {@link #readingsOnly} without the given readings of the Latin part. */
    private static int readingsWithout(NameToken q, NameToken r, boolean glue, Scratch s, String[] excluded) {
        String a = q.skeleton, b = r.skeleton;
        int best = 0;
        String[] qr = q.readings(), rr = r.readings();
        boolean latinQ = !q.arabic();
        for (String x : qr) if (!(latinQ && isOneOf(x, excluded))) best = max(best, skeletons(x, b, READING_COST, glue, s));
        for (String y : rr) {
            if (!latinQ && isOneOf(y, excluded)) continue;
            best = max(best, skeletons(a, y, READING_COST, glue, s));
            for (String x : qr) if (!(latinQ && isOneOf(x, excluded))) best = max(best, skeletons(x, y, READING_COST, glue, s));
        }
        return best;
    }

    private static boolean isOneOf(String x, String[] set) {
        for (String y : set) if (x.equals(y)) return true;
        return false;
    }

    /** What a match through another language's reading costs: a little less sure than the main skeletons. */
    static final double READING_COST = 0.02;

    private static int skeletons(String a, String b, double cost, boolean glue, Scratch s) {
        if (a.equals(b)) return pack(MatchRule.CROSS_SCRIPT, (a.length() >= 2 ? CROSS_SCRIPT : CROSS_SCRIPT - 0.1) - cost);
        if (glue && gluedArticle(a, b)) return pack(MatchRule.CROSS_SCRIPT, CROSS_SCRIPT - 0.02 - cost);
        int len = Math.max(a.length(), b.length());
        if (len < 2) return 0;
        float d = EditDistance.skeleton(a, b, s);
        if (d <= 0.5f) return pack(MatchRule.CROSS_SCRIPT, (len >= 3 ? CROSS_SCRIPT_CLOSE : CROSS_SCRIPT_CLOSE - 0.08) - cost);
        // a full consonant apart is a different name more often than a variant (محمد, Ahmed): weak, long parts only
        if (d <= 1f && len >= 5) return pack(MatchRule.CROSS_SCRIPT, 0.72 - cost);
        return 0;
    }

    /**
     * The article of the next word glued to the end of a part (Fazlur Rehman for Fazl ur-Rehman, Habibur for Habib
     * ur-): the part is the other part and ur, ul or ud.
     */
    static boolean trailingArticle(String longer, String shorter) {
        if (shorter.length() < 3 || longer.length() != shorter.length() + 2 || !longer.startsWith(shorter)) return false;
        return longer.endsWith("ur") || longer.endsWith("ul") || longer.endsWith("ud");
    }

    /**
     * Spanish patronymic surnames in -ez and the surnames they resemble in -os, -es, -as (Marquez, Marcos; Alvarez,
     * Alvares) are different families: their spellings are not transliteration variants of one name. They keep a
     * weak similarity ({@link #PATRONYMIC_ENDING}): a namesake worth a look, never a HIT by itself.
     */
    static final double PATRONYMIC_ENDING = 0.6;

    /**
     * Spanish patronymic surnames one first letter apart (Hernandez, Fernandez; Gomez, Lopez is further) are other
     * families, each from its own given name (Hernando, Fernando): not a typing error.
     */
    static boolean otherPatronymic(String a, String b) {
        return a.length() >= 5 && b.length() >= 5 && a.endsWith("ez") && b.endsWith("ez") && a.charAt(0) != b.charAt(0)
                && a.regionMatches(1, b, 1, Math.min(a.length(), b.length()) - 1);
    }

    static boolean patronymicEnding(String a, String b) {
        return a.length() >= 5 && b.length() >= 5 && (a.endsWith("ez") != b.endsWith("ez"))
                && (a.endsWith("ez") ? b.endsWith("s") : a.endsWith("s"));
    }

    /**
     * The article written into the word without a hyphen (Almadina, Elimam, Alhassan) against the word
     * without it: only the analyser cannot tell Alhassan from Alexander, the comparison can.
     */
    static boolean gluedArticle(String a, String b) {
        if (a.length() == b.length() + 2 && b.length() >= 2 && a.startsWith("AL")) return a.regionMatches(2, b, 0, b.length());
        if (b.length() == a.length() + 2 && a.length() >= 2 && b.startsWith("AL")) return b.regionMatches(2, a, 0, a.length());
        return false;
    }

    private static int initials(NameToken q, NameToken r) {
        if (q.arabic() || r.arabic()) return 0;
        if (q.canonical.charAt(0) != r.canonical.charAt(0)) return 0;
        return pack(MatchRule.INITIAL, q.initial && r.initial ? 0.9 : INITIAL);
    }

    static int pack(MatchRule rule, double similarity) {
        return (rule.ordinal() + 1) << 16 | (int) Math.round(similarity * 1000);
    }

    static double similarity(int packed) {
        return (packed & 0xFFFF) / 1000.0;
    }

    static MatchRule rule(int packed) {
        int r = packed >>> 16;
        return r == 0 ? null : MatchRule.values()[r - 1];
    }

    private static int max(int a, int b) {
        return (a & 0xFFFF) >= (b & 0xFFFF) ? a : b;
    }
}
