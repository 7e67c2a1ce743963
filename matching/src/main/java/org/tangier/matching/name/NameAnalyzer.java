package org.tangier.matching.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name as written into comparable {@link NameToken}s: script by script folding, splitting at spaces,
 * hyphens and dots, removal of the Arabic article and of the patronymic connectors, and joining of the
 * compounds that Arabic names are built from (Abd + a divine name, Abu + a name).
 */
final class NameAnalyzer {
    private NameAnalyzer() {}

    /** The article written before a name part: al-, el-, and its forms assimilated to sun letters. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ul", "il", "ad", "ed", "ar", "er", "ur", "as", "es", "us", "at", "et", "az", "ez",
            "ash", "esh", "adh", "ath", "an", "en", "ud", "uz");
    /** "son of", "daughter of": say nothing about the person beyond the name that follows. */
    private static final Set<String> CONNECTORS = Set.of("bin", "ben", "ibn", "bint", "binti", "ould", "uld", "wuld", "ibnu");
    private static final Set<String> ARABIC_CONNECTORS = Set.of("بن", "ابن", "بنت", "ولد");
    /** Standalone spellings of "servant of", which always joins the next word: Abdel Latif, Abdur Rahman. */
    private static final Set<String> ABD = Set.of(
            "abd", "abdel", "abdul", "abdal", "abdol", "abdoul", "abdil", "abdu", "abdou", "abdur", "abder",
            "abdes", "abdus", "abdas", "abdoel", "abdar", "abdan", "abdet", "abded", "abdel-", "abdallah-");
    /** Standalone spellings of "father of" (kunya), which joins the next word: Abu Bakr, Abou Bakr. */
    private static final Set<String> ABU = Set.of("abu", "abou", "abo", "abul", "abou-", "aboul");
    /** Second words of compounds, glued on with the article: Salah ad-Din (Salaheddine), Nasr Allah (Nasrallah). */
    private static final List<String> DIN_SUFFIXES = List.of("eddine", "eddin", "uddin", "uddine", "aldin", "addin", "eddeen",
            "uddeen", "aldeen", "ullah", "allah", "ollah");
    private static final Set<String> SUFFIX_WORDS = Set.of("din", "deen", "dine", "lah", "llah", "allah");
    /** The same with the article glued on, written as a separate word: Nor Eldin, Salah Eddine. */
    private static final Set<String> GLUED_SUFFIX_WORDS = Set.of("eldin", "eddin", "eddine", "uddin", "uddine", "aldin",
            "addin", "eddeen", "uddeen", "aldeen", "ollah", "ullah");
    private static final Set<String> ARABIC_SUFFIX_WORDS = Set.of("الدين", "الله");
    private static final Set<String> ARABIC_ARTICLE_NAMES = Set.of("الياس", "اليسا");
    /** Titles, ranks and forms of address that are never a name part. */
    private static final Set<String> TITLES = Set.of(
            "president", "pres", "monsieur", "mr", "mrs", "ms", "mme", "mlle", "madame", "mister", "dr", "doctor",
            "prof", "professor", "general", "gen", "colonel", "col", "marshal", "field-marshal", "captain", "capt",
            "commander", "cmdr", "lieutenant", "lt", "admiral", "brigadier", "sergeant", "sgt", "king", "queen",
            "prince", "princess", "emir", "senator", "sen", "governor", "gov", "minister", "judge", "sir", "lord",
            "lady", "dame", "herr", "frau", "senor", "senora", "sr", "sra", "rev", "reverend", "pastor", "bishop",
            "ayatollah", "ayatullah", "hojatoleslam", "maulana", "mawlana", "maulvi", "mawlawi", "moulvi", "mufti",
            "alhaji", "alhaja", "alhadji", "hajji", "hajj", "eng", "engineer",
            "الشيخ", "الحاج", "الدكتور", "الرئيس", "الملا", "المهندس", "الامير", "الملك");
    /** Titles that are also names (a Sheikh family, a man called Sayyid): skipped only before two more words. */
    private static final Set<String> NAME_LIKE_TITLES = Set.of(
            "sheikh", "shaikh", "sheik", "shaykh", "cheikh", "haji", "hadji", "mullah", "mulla", "molla",
            "شيخ", "حاج", "حاجي", "ملا");

    /** A raw part before joining: the folded text and which typed words it stands for. */
    /** A raw part before joining: the folded text, which typed words it stands for, and whether it starts with the article ال. */
    private record Part(String text, Script script, String exact, boolean article, String plain, String sound) {
        Part(String text, Script script, String exact, boolean article, String plain) {
            this(text, script, exact, article, plain, null);
        }
    }

    static NameToken[] analyze(String name) {
        String text = listedOrder(Normalizer.normalize(name, Normalizer.Form.NFKC));
        List<Part> parts = new ArrayList<>();
        String[] words = koreanName(text.strip().split("[\\s,;/()\"]+"));
        boolean allCaps = text.equals(text.toUpperCase(Locale.ROOT));
        for (int w = titlesBefore(words); w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) continue;
            Script script = Script.of(word);
            String exact = word.toLowerCase(Locale.ROOT);
            if (script == Script.LATIN && !allCaps && isInitials(word)) {
                // JC, JP written for Jean-Claude, John Pierpont: one initial per capital
                for (int i = 0; i < word.length(); i++) {
                    String initial = String.valueOf(Character.toLowerCase(word.charAt(i)));
                    parts.add(new Part(initial, script, i == word.length() - 1 ? exact : null, false, null));
                }
                continue;
            }
            String[] pieces = script == Script.ARABIC
                    ? word.split("[^\\u0600-\\u06FF]+")
                    : LatinFolding.toAscii(word, script).split("[-.]+");
            String[] plainPieces = script == Script.LATIN && LatinFolding.hasSlavicLetters(word)
                    ? LatinFolding.plainAscii(word).split("[-.]+") : script == Script.GREEK ? greekY(pieces) : null;
            if (plainPieces != null && plainPieces.length != pieces.length) plainPieces = null;
            // Chinese, kana, Hangul, Hebrew…: also kept as sounds, for a Latin spelling of the same (foreign) name
            String sound = script == Script.OTHER && SoundSkeleton.reads(word) ? SoundSkeleton.ofScript(word) : null;
            // the last piece of a typed word carries that word's exact spelling
            int last = -1;
            for (int i = 0; i < pieces.length; i++) if (!pieces[i].isEmpty()) last = i;
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].isEmpty()) continue;
                // the article is written with a plain alef; أل starts names like ألين (Allen)
                boolean article = script == Script.ARABIC && pieces[i].startsWith("ال");
                String folded = script == Script.ARABIC ? ArabicLetters.fold(pieces[i]) : pieces[i];
                String plain = plainPieces != null && !plainPieces[i].equals(pieces[i]) ? plainPieces[i] : null;
                parts.add(new Part(folded, script, i == last ? exact : null, article, plain, pieces.length == 1 ? sound : null));
            }
        }
        List<NameToken> tokens = new ArrayList<>(parts.size());
        String pendingExact = null; // typed words dropped (articles, connectors) fold into the next token's exact form
        boolean afterArticle = false;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean articleBefore = afterArticle;
            afterArticle = false;
            boolean hasNext = i + 1 < parts.size();
            boolean arabic = p.script == Script.ARABIC;
            if (hasNext && (arabic ? isArabicArticleWord(p.text) : ARTICLES.contains(p.text))) {
                pendingExact = join(pendingExact, p.exact);
                afterArticle = true;
                continue;
            }
            if (hasNext && !tokens.isEmpty() && (arabic ? ARABIC_CONNECTORS.contains(p.text) : CONNECTORS.contains(p.text))) {
                // kept as a weightless marker: the order of a genealogical name is not free across it
                pendingExact = join(pendingExact, p.exact);
                if (!tokens.get(tokens.size() - 1).connector) tokens.add(NameToken.connector(p.text, p.script));
                continue;
            }
            if (!tokens.isEmpty() && isSuffixWord(p, articleBefore)) {
                // Salah al-Din, صلاح الدين: the article-led second word joins the word before it
                NameToken previous = tokens.remove(tokens.size() - 1);
                tokens.add(joinSuffix(previous, p, join(join(previous.exact, pendingExact), p.exact)));
                pendingExact = null;
                continue;
            }
            String prefix = arabic ? arabicCompoundPrefix(p.text) : latinCompoundPrefix(p.text);
            if (prefix != null && hasNext) {
                // Abdel Latif, Abd al-Latif, عبد اللطيف: join with the next part, dropping its article
                int j = i + 1;
                String exact = join(pendingExact, p.exact);
                String surface = p.text;
                Part rest = parts.get(j);
                if (j + 1 < parts.size() && (rest.script == Script.ARABIC ? isArabicArticleWord(rest.text) : ARTICLES.contains(rest.text))) {
                    exact = join(exact, rest.exact);
                    surface = surface + rest.text;
                    rest = parts.get(++j);
                }
                if (rest.script == p.script) {
                    tokens.add(compound(prefix, surface + rest.text, rest.text, rest.article, p.script, join(exact, rest.exact)));
                    pendingExact = null;
                    i = j;
                    continue;
                }
            }
            NameToken token = single(p.text, p.article, p.script, join(pendingExact, p.exact));
            if (p.plain != null) token.plain = single(p.plain, false, p.script, token.exact);
            if (p.sound != null && !p.sound.isEmpty()) token.sound = p.sound;
            tokens.add(token);
            pendingExact = null;
        }
        // a name cut short after "bin" (Salman bin) ends in a marker with nothing after it
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).connector) tokens.remove(tokens.size() - 1);
        return tokens.toArray(NameToken[]::new);
    }

    /**
     * Greek writes the y of Yanis, Yorgos as γι before a vowel, which the UNGEGN romanisation spells gi (Giánis):
     * the y reading as an alternative folding, compared like a spelling without its diacritics.
     */
    private static String[] greekY(String[] pieces) {
        String[] out = null;
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i];
            if (p.length() >= 4 && p.startsWith("gi") && "aeou".indexOf(p.charAt(2)) >= 0) {
                if (out == null) out = pieces.clone();
                out[i] = "y" + p.substring(2);
            }
        }
        return out;
    }

    /** Common Korean family names, one Hangul syllable each. */
    private static final String KOREAN_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민유나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";

    /**
     * A Korean name is written as one word, family name first (김정은, 문재인), where Latin writes two or three
     * (Kim Jong-un, Moon Jae-in): a single Hangul word of three syllables starting with a common family name is
     * split into its syllables. A foreign name written in Hangul (바실리 듀이, Vasily Dewey) keeps its words.
     */
    private static String[] koreanName(String[] words) {
        if (words.length != 1 || words[0].length() != 3) return words;
        String w = words[0];
        for (int i = 0; i < 3; i++) if (w.charAt(i) < '\uAC00' || w.charAt(i) > '\uD7A3') return words;
        if (KOREAN_SURNAMES.indexOf(w.charAt(0)) < 0) return words;
        return new String[] {w.substring(0, 1), w.substring(1, 2), w.substring(2, 3)};
    }

    /**
     * Lists and manifests write "FAMILY, Given": turned into the natural order before anything else, so that a
     * compound given name the inversion split is whole again ("HAKIM MURAD, ABDUL" is Abdul Hakim Murad,
     * "DAD MATIN, ALLAH" is Allah Dad Matin). Only a single comma with one to three words after it counts.
     */
    static String listedOrder(String text) {
        int comma = text.indexOf(',');
        if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) return text;
        String family = text.substring(0, comma).strip(), given = text.substring(comma + 1).strip();
        if (family.isEmpty() || given.isEmpty()) return text;
        int givenWords = given.split("\\s+").length;
        if (givenWords > 3 || family.split("\\s+").length > 4) return text;
        return given + " " + family;
    }

    /**
     * Titles and honorifics said before a name (President, Monsieur, Dr, Shaikh, Haji, الشيخ) identify nobody:
     * how many leading words to skip. Words that are also names (Sheikh, Haji, Mullah) are skipped only
     * when two name words remain, the others when one does.
     */
    private static int titlesBefore(String[] words) {
        int start = 0;
        while (start < words.length - 1) {
            String w = words[start];
            if (w.isEmpty()) {
                start++;
                continue;
            }
            String key = Script.of(w) == Script.ARABIC ? ArabicLetters.fold(w) : LatinFolding.toAscii(w, Script.of(w)).replace(".", "");
            int remaining = words.length - start - 1;
            if (TITLES.contains(key) && remaining >= 1 || NAME_LIKE_TITLES.contains(key) && remaining >= 2) start++;
            else break;
        }
        return start;
    }

    /** Two or three capitals with no vowel among them, in a name not written in capitals: JC, JP, GW. */
    private static boolean isInitials(String word) {
        if (word.length() < 2 || word.length() > 3) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z' || "AEIOUY".indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static boolean isSuffixWord(Part p, boolean afterArticle) {
        if (p.script == Script.ARABIC) return ARABIC_SUFFIX_WORDS.contains(p.text) && p.article;
        return p.text.equals("allah") || GLUED_SUFFIX_WORDS.contains(p.text) || afterArticle && SUFFIX_WORDS.contains(p.text);
    }

    private static NameToken joinSuffix(NameToken previous, Part p, String exact) {
        if (p.script == Script.ARABIC && previous.arabic()) {
            String second = p.text.substring(2); // without the article
            String canonical = previous.canonical + second;
            String secondSkeleton = ArabicLetters.skeleton(second);
            if (secondSkeleton.length() > 1 && "AYW".indexOf(secondSkeleton.charAt(0)) >= 0) secondSkeleton = secondSkeleton.substring(1);
            String skeleton = joinSkeletons(previous.skeleton, secondSkeleton);
            return new NameToken(exact, previous.folded + p.text, canonical, "", skeleton,
                    previous.latin + "-" + ArabicLetters.latin(second), Script.ARABIC, false);
        }
        if (p.script == Script.ARABIC || previous.arabic()) return previous;
        String second = p.text.endsWith("lah") ? "lah" : "din";
        return latinCompound(previous.folded + p.text, previous.canonical, second, exact, previous.script);
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + " " + b;
    }

    private static boolean isArabicArticleWord(String s) {
        return s.equals("ال");
    }

    private static String latinCompoundPrefix(String s) {
        if (ABD.contains(s)) return "abd";
        // a typing error in the first letters of a spelling of Abd (BADUR, Ybdul for Abdur, Abdul): too long to be Badu
        if (s.length() >= 5 && (ABD.contains("" + s.charAt(1) + s.charAt(0) + s.substring(2)) || ABD.contains("a" + s.substring(1)))) return "abd";
        if (ABU.contains(s)) return "abu";
        return null;
    }

    private static String arabicCompoundPrefix(String s) {
        if (s.equals("عبد")) return "عبد";
        if (s.equals("ابو") || s.equals("ابي") || s.equals("ابا")) return "ابو";
        return null;
    }

    private static NameToken single(String text, boolean article, Script script, String exact) {
        if (script == Script.ARABIC) {
            if (text.length() >= 5 && text.startsWith("عبد")) {
                // عبدالله, عبدالرحمن written as one word
                String rest = text.substring(3);
                if (rest.startsWith("ال") && rest.length() >= 3) return compound("عبد", text, rest, true, script, exact);
            }
            if (text.length() >= 6 && text.startsWith("ابوال")) return compound("ابو", text, text.substring(3), true, script, exact);
            for (String suffix : ARABIC_SUFFIX_WORDS) {
                // نورالدين, نصرالله written as one word
                if (text.endsWith(suffix) && text.length() >= suffix.length() + 2) {
                    String stem = text.substring(0, text.length() - suffix.length());
                    NameToken first = arabicToken(stem, stem, null, null);
                    return joinSuffix(first, new Part(suffix, script, exact, true, null), exact);
                }
            }
            return arabicToken(article && text.length() >= 5 ? stripArabicArticle(text) : text, text, exact, null);
        }
        if (text.length() >= 6 && text.startsWith("abd")) {
            String rest = stripLatinArticle(text.substring(3), true);
            if (rest != null) return latinCompound(text, "abd", rest, exact, script);
        }
        if (text.length() >= 7 && (text.startsWith("abu") || text.startsWith("abou"))) {
            String rest = text.substring(text.startsWith("abou") ? 4 : 3);
            if (rest.length() >= 4) return latinCompound(text, "abu", rest, exact, script);
        }
        for (String suffix : DIN_SUFFIXES) {
            // Salaheddine, Salahuddin, Nasrallah: the second word of the compound glued on with its article
            if (text.endsWith(suffix) && text.length() - suffix.length() >= 3) {
                String stem = text.substring(0, text.length() - suffix.length());
                return latinCompound(text, stem, suffix.endsWith("lah") || suffix.endsWith("llah") ? "lah" : "din", exact, script);
            }
        }
        return latinToken(text, text, exact, script);
    }

    private static NameToken compound(String prefix, String surface, String rest, boolean article, Script script, String exact) {
        if (script == Script.ARABIC) {
            String stripped = article ? stripArabicArticle(rest) : rest;
            String latinPrefix = prefix.equals("عبد") ? "abd" : "abu";
            return arabicToken(prefix + stripped, surface, exact, latinPrefix);
        }
        // "Abd Allah", "Abd Errahman": the article glued to a separate second word
        String stripped = rest.length() > 4 ? stripLatinArticle(rest, false) : null;
        return latinCompound(surface, prefix, stripped == null ? rest : stripped, exact, script);
    }

    /**
     * The article glued to the word after "abd": Abdellatif (el+latif), Abderrahim (er+rahim, the l assimilated
     * to the sun letter r), Abdullah (ul+lah). Returns null when the word does not start with an article.
     */
    private static String stripLatinArticle(String rest, boolean assimilatedVowel) {
        if (rest.length() < 3 || !isVowel(rest.charAt(0))) return null;
        char c1 = rest.charAt(1);
        char c2 = rest.charAt(2);
        String stripped = null;
        if (c1 == 'l') stripped = rest.substring(2);
        else if (c1 == c2 && !isVowel(c1)) stripped = rest.substring(2);
        else if (assimilatedVowel && "tdrzsn".indexOf(c1) >= 0 && isVowel(c2)) stripped = rest.substring(1);
        if (stripped == null) return null;
        // Abdoulaye, Abdulaye (West African forms of Abdallah) are single names: "aye" is no word after an article
        if (stripped.length() >= 4 || (stripped.length() == 3 && !isVowel(stripped.charAt(0)))
                || (stripped.length() >= 2 && stripped.charAt(0) == 'l')) return stripped;
        return null;
    }

    private static String stripArabicArticle(String text) {
        if (text.length() >= 3 && text.startsWith("ال") && !ARABIC_ARTICLE_NAMES.contains(text)) return text.substring(2);
        return text;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Skeletons of the two words are joined rather than computed on the joined text, so that the seam does
     * not create a digraph: Abd + Halim is ABD+HLM, not the "dh" of abdhalim.
     */
    private static NameToken latinCompound(String folded, String first, String second, String exact, Script script) {
        String canonical = first + second;
        String secondSkeleton = LatinSkeleton.skeleton(second);
        if (secondSkeleton.length() > 1 && "AYW".indexOf(secondSkeleton.charAt(0)) >= 0) secondSkeleton = secondSkeleton.substring(1);
        String skeleton = joinSkeletons(LatinSkeleton.skeleton(first), secondSkeleton);
        String secondPhonetic = LatinSkeleton.phonetic(second);
        String phonetic = LatinSkeleton.phonetic(first) + secondPhonetic;
        return new NameToken(exact, folded, canonical, phonetic, skeleton, canonical, script, false);
    }

    static String joinSkeletons(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a.charAt(a.length() - 1) == b.charAt(0) ? a + b.substring(1) : a + b;
    }

    private static NameToken latinToken(String folded, String canonical, String exact, Script script) {
        String skeleton = LatinSkeleton.skeleton(canonical);
        String phonetic = LatinSkeleton.phonetic(canonical);
        boolean initial = canonical.length() == 1;
        return new NameToken(exact, folded, canonical, phonetic, skeleton, canonical, script, initial);
    }

    private static NameToken arabicToken(String canonical, String folded, String exact, String latinPrefix) {
        String skeleton;
        String latin;
        if (latinPrefix != null) {
            String rest = canonical.substring(3);
            String restSkeleton = ArabicLetters.skeleton(rest);
            // inside a compound the next word's initial vowel is no longer initial (Abdelaziz: ABD+ZZ, not ABD+AZ)
            if (restSkeleton.length() > 1 && "AYW".indexOf(restSkeleton.charAt(0)) >= 0) restSkeleton = restSkeleton.substring(1);
            String prefixSkeleton = latinPrefix.equals("abd") ? "ABD" : "AB";
            // joined as one word the Latin side collapses the boundary (Abubakr: AB+BKR = ABKR); so must we
            skeleton = !restSkeleton.isEmpty() && restSkeleton.charAt(0) == prefixSkeleton.charAt(prefixSkeleton.length() - 1)
                    ? prefixSkeleton + restSkeleton.substring(1) : prefixSkeleton + restSkeleton;
            latin = latinPrefix + "-" + ArabicLetters.latin(rest);
        } else {
            skeleton = ArabicLetters.skeleton(canonical);
            latin = ArabicLetters.latin(canonical);
        }
        return new NameToken(exact, folded, canonical, "", skeleton, latin, Script.ARABIC, false);
    }
}
