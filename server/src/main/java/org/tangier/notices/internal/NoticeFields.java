package org.tangier.notices.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.ProblemException;

/**
 * The data each notice type requires, beyond its subjects and summary: a RED notice the charges and the legal basis,
 * a YELLOW the date and place of disappearance, and so on. Fields are plain strings keyed by name; dates are ISO.
 */
public final class NoticeFields {

    /** One field of a notice type: its name (the API key and the i18n suffix), whether required, whether a date. */
    public record Field(String name, boolean required, boolean date, Set<String> choices) {
        static Field text(String name) {
            return new Field(name, true, false, Set.of());
        }

        static Field date(String name) {
            return new Field(name, true, true, Set.of());
        }

        static Field optional(String name) {
            return new Field(name, false, false, Set.of());
        }
    }

    public static final Set<String> LEGAL_BASES = Set.of("arrest-warrant", "judgement");

    private static final Map<NoticeType, List<Field>> FIELDS = new EnumMap<>(NoticeType.class);

    static {
        FIELDS.put(NoticeType.RED, List.of(Field.text("charges"),
                new Field("legalBasis", true, false, LEGAL_BASES), Field.text("legalBasisReference"),
                Field.date("legalBasisDate"), Field.text("legalBasisAuthority"), Field.optional("maximumPenalty")));
        FIELDS.put(NoticeType.YELLOW, List.of(Field.date("disappearanceDate"), Field.text("disappearancePlace")));
        FIELDS.put(NoticeType.BLACK, List.of(Field.date("foundDate"), Field.text("foundPlace")));
        FIELDS.put(NoticeType.BLUE, List.of(Field.text("informationSought")));
        FIELDS.put(NoticeType.GREEN, List.of(Field.text("threat")));
        FIELDS.put(NoticeType.ORANGE, List.of(Field.text("threat")));
        FIELDS.put(NoticeType.PURPLE, List.of(Field.text("modusOperandi")));
        FIELDS.put(NoticeType.UN, List.of(Field.text("sanctionsCommittee"), Field.text("sanctionsReference"),
                Field.optional("listedOn")));
    }

    private static final Map<NoticeType, Instruction> DEFAULT_INSTRUCTION = new EnumMap<>(Map.of(
            NoticeType.RED, Instruction.ARREST, NoticeType.YELLOW, Instruction.LOCATE, NoticeType.BLUE, Instruction.LOCATE,
            NoticeType.BLACK, Instruction.CONTACT_OWNER, NoticeType.GREEN, Instruction.DO_NOT_ALERT,
            NoticeType.ORANGE, Instruction.CONTACT_OWNER, NoticeType.PURPLE, Instruction.CONTACT_OWNER,
            NoticeType.UN, Instruction.CONTACT_OWNER));

    private NoticeFields() {
    }

    public static List<Field> of(NoticeType type) {
        return FIELDS.get(type);
    }

    public static Instruction defaultInstruction(NoticeType type) {
        return DEFAULT_INSTRUCTION.get(type);
    }

    /** A PURPLE notice describes a modus operandi and may name no one; every other type needs a subject. */
    public static boolean needsSubject(NoticeType type) {
        return type != NoticeType.PURPLE;
    }

    /**
     * Keeps the fields of the type, trimmed; checks the form of what is given (dates, choices, lengths). Missing
     * required fields are allowed in a draft: {@link #missing} reports them.
     */
    public static Map<String, String> clean(NoticeType type, Map<String, String> given) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Field f : of(type)) {
            String value = given == null ? null : given.get(f.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.trim();
            String field = "fields." + f.name();
            if (value.length() > 2000) {
                throw ProblemException.invalid(field, "notices.most-2000-characters");
            }
            if (f.date()) {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid(field, "notices.not-date-write-2026-03", value);
                }
            }
            if (!f.choices().isEmpty() && !f.choices().contains(value)) {
                throw ProblemException.invalid(field, "notices.one-of", String.join(", ", new java.util.TreeSet<>(f.choices())));
            }
            clean.put(f.name(), value);
        }
        return clean;
    }

    /** The names of the required fields that are missing. */
    public static List<String> missing(NoticeType type, Map<String, String> fields) {
        return of(type).stream().filter(Field::required)
                .filter(f -> fields.get(f.name()) == null || fields.get(f.name()).isBlank()).map(Field::name).toList();
    }
}
