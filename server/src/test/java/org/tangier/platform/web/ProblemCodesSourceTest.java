package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every problem the server throws names a text of the message bundles, never an English sentence: a detail written
 * in the code reaches an Arabic, French or Spanish user in English. Reads the main sources: the English-detail
 * factories are not called, no problem call carries an English phrase as a literal, and every code named in a throw
 * (the problem factories, role checks, {@code InvalidValueException}) has its {@code problem.<code>} text in all
 * four bundles.
 */
class ProblemCodesSourceTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ar");

    /** Calls whose detail is the English text given: allowed only inside ProblemException itself. */
    private static final Pattern ENGLISH_FACTORY = Pattern.compile(
            "ProblemException\\.(badRequest|invalidField|conflict|forbidden)\\(|new (org\\.tangier\\.platform\\.)?ProblemException\\(");
    /** A notFound whose text is translated: a kind the bundles name ({@code problem.record.not-found}), then an id. */
    private static final Pattern NOT_FOUND = Pattern.compile("ProblemException\\.notFound\\(");
    private static final Set<String> KINDS = Set.of("Record", "Notice", "Message", "Agency", "Operation", "Hit", "Task",
            "Match", "Entity", "Print", "Attachment");
    /** Calls that name a code, with the index of the argument that holds it (-1: the last). */
    private static final Map<Pattern, Integer> CODED = Map.of(
            Pattern.compile("ProblemException\\.of\\("), 1,
            Pattern.compile("ProblemException\\.withProperties\\("), 1,
            Pattern.compile("ProblemException\\.invalid\\("), 1,
            Pattern.compile("requireAny\\("), -1,
            Pattern.compile("new InvalidValueException\\("), 0,
            Pattern.compile("NoticeRules\\.reason\\("), 2,
            Pattern.compile("\\bunreadable\\("), 1);
    /** Two words of letters: a sentence, not a code, a field name or a separator. */
    private static final Pattern PHRASE = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*[.-]?");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static List<Properties> bundles = new ArrayList<>();
    static List<Path> sources;

    @BeforeAll
    static void read() throws IOException {
        for (String language : LANGUAGES) {
            Properties p = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src", "main", "resources", "i18n", "messages" + language + ".properties"), StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            bundles.add(p);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
    }

    @Test
    void noProblemIsMadeFromAnEnglishDetail() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            if (file.endsWith(Path.of("platform", "ProblemException.java"))) {
                continue;
            }
            String text = Files.readString(file);
            Matcher m = ENGLISH_FACTORY.matcher(text);
            while (m.find()) {
                found.add(where(file, text, m.start()) + ": " + excerpt(text, m.start()));
            }
            Matcher n = NOT_FOUND.matcher(text);
            while (n.find()) {
                List<String> args = arguments(text, n.end());
                Matcher kind = Pattern.compile("^\"(\\w+) \"\\s*\\+[^+]*$").matcher(args.getFirst().strip());
                if (!kind.matches() || !KINDS.contains(kind.group(1))) {
                    found.add(where(file, text, n.start()) + ": " + excerpt(text, n.start()));
                }
            }
        }
        assertThat(found).as("problems with an English detail: use ProblemException.of/invalid with a code").isEmpty();
    }

    @Test
    void everyCodeThrownHasItsTextInAllFourLanguagesAndNoEnglishTravelsBesideIt() throws IOException {
        List<String> english = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        int codes = 0;
        for (Path file : sources) {
            String text = Files.readString(file);
            for (Map.Entry<Pattern, Integer> call : CODED.entrySet()) {
                Matcher m = call.getKey().matcher(text);
                while (m.find()) {
                    if (isDeclaration(text, m.start())) {
                        continue;
                    }
                    List<String> args = arguments(text, m.end());
                    for (int i = 0; i < args.size(); i++) {
                        for (String literal : literals(args.get(i))) {
                            if (PHRASE.matcher(literal).find()) {
                                english.add(where(file, text, m.start()) + ": \"" + literal + "\"");
                            }
                        }
                    }
                    int index = call.getValue() < 0 ? args.size() - 1 : call.getValue();
                    if (call.getValue() == 1 && call.getKey().pattern().contains("invalid") && args.size() > 1
                            && literals(args.get(1)).isEmpty() && args.size() > 2) {
                        index = 2; // invalid(field, exception, fallbackCode)
                    }
                    if (index >= args.size()) {
                        continue;
                    }
                    for (String literal : literals(args.get(index))) {
                        if (!CODE.matcher(literal).matches()) {
                            continue;
                        }
                        codes++;
                        for (int b = 0; b < bundles.size(); b++) {
                            if (!has(bundles.get(b), literal)) {
                                missing.add("problem." + literal + " in messages" + LANGUAGES.get(b)
                                        + " (" + where(file, text, m.start()) + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(english).as("English phrases passed to problems").isEmpty();
        assertThat(missing).as("codes without a text").isEmpty();
        assertThat(codes).as("codes found: the scan reads the sources").isGreaterThan(300);
    }

    /** A code written whole, or the fixed start of one completed at run time ("agencies.password-" + problem). */
    private static boolean has(Properties bundle, String code) {
        if (code.endsWith("-") || code.endsWith(".")) {
            return bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith("problem." + code));
        }
        return bundle.containsKey("problem." + code);
    }

    private static boolean isDeclaration(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String before = text.substring(lineStart, at);
        return before.contains("static ") || before.contains("public ") || before.contains("private ");
    }

    private static List<String> literals(String argument) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(argument);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '\'') {
                i++;
                while (text.charAt(i) != '\'') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(text.substring(start, i));
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(text.substring(start, i));
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static String where(Path file, String text, int at) {
        return SOURCES.relativize(file) + ":" + (text.substring(0, at).split("\n", -1).length);
    }

    private static String excerpt(String text, int at) {
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end).strip();
    }
}
