package org.tangier.access;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tangier.platform.InvalidValueException;

/**
 * Who besides the owner may see a piece of data: all member agencies, only the listed agencies, all but the listed
 * agencies, or the owner alone. Written as {@code all}, {@code only:FR,ES}, {@code except:XX} or {@code owner}.
 * Deny by default: where an owner states none, the data is the owner's alone ({@link #DEFAULT}).
 */
public record Restriction(Kind kind, Set<String> agencies) {

    public enum Kind {
        ALL("all"), ONLY("only"), EXCEPT("except"), OWNER("owner");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    public static final Restriction ALL_MEMBERS = new Restriction(Kind.ALL, Set.of());
    public static final Restriction OWNER_ONLY = new Restriction(Kind.OWNER, Set.of());
    /** What a record, import or notice gets when its owner states no restriction: nobody else sees it. */
    public static final Restriction DEFAULT = OWNER_ONLY;

    public Restriction {
        if (kind == null) {
            throw new InvalidValueException("restriction.kind-missing");
        }
        agencies = Set.copyOf(new TreeSet<>(agencies));
        boolean listed = kind == Kind.ONLY || kind == Kind.EXCEPT;
        if (listed && agencies.isEmpty()) {
            throw new InvalidValueException("restriction.agencies-missing", kind.word);
        }
        if (!listed && !agencies.isEmpty()) {
            throw new InvalidValueException("restriction.no-agencies", kind.word);
        }
        for (String code : agencies) {
            if (!AGENCY_CODE.matcher(code).matches()) {
                throw new InvalidValueException("restriction.not-agency-code", code);
            }
        }
    }

    public static Restriction only(String... agencies) {
        return new Restriction(Kind.ONLY, Set.of(agencies));
    }

    public static Restriction except(String... agencies) {
        return new Restriction(Kind.EXCEPT, Set.of(agencies));
    }

    /**
     * Reads the written form. Throws {@link IllegalArgumentException} with a message that says what is wrong.
     */
    public static Restriction parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("restriction.required");
        }
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String word = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new InvalidValueException("restriction.unknown-kind", word));
        Set<String> agencies = colon < 0 ? Set.of()
                : Arrays.stream(trimmed.substring(colon + 1).split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        return new Restriction(kind, agencies);
    }

    /**
     * Refuses agency codes that name no member agency: a mistyped code in {@code only:} hides the data from the
     * agency meant, and in {@code except:} shows it to the agency meant to be kept out.
     */
    public Restriction requireKnownAgencies(Predicate<String> known) {
        List<String> unknown = agencies.stream().filter(known.negate()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("restriction.unknown-agencies", unknown.size(), String.join(", ", unknown));
        }
        return this;
    }

    /** The written form, with agencies in alphabetical order. */
    @Override
    public String toString() {
        return agencies.isEmpty() ? kind.word : kind.word + ":" + String.join(",", new TreeSet<>(agencies));
    }

    /** The agency list as stored in the database: ",FR,ES," so a LIKE '%,FR,%' finds one code on every SQL dialect. */
    public String storedAgencies() {
        return agencies.isEmpty() ? "" : "," + String.join(",", new TreeSet<>(agencies)) + ",";
    }

    public static Restriction fromStored(String kind, String storedAgencies) {
        Kind k = Kind.valueOf(kind);
        Set<String> codes = storedAgencies == null || storedAgencies.isBlank() ? Set.of()
                : Arrays.stream(storedAgencies.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return new Restriction(k, codes);
    }
}
