package org.tangier.matching.mrz;

import java.util.List;
import java.util.Objects;

/**
 * A parsed machine-readable zone. Fields are decoded: fillers removed, {@code <} inside names read as spaces,
 * dates given a century. A parse succeeds even when check digits fail; {@link #problems()} then lists them
 * by field, line and position, so that screening can still run while the officer sees the warning.
 *
 * @param format              the layout read (TD1, TD2, TD3, MRV-A, MRV-B)
 * @param documentCode        e.g. {@code P}, {@code I}, {@code ID}, {@code V}, fillers removed
 * @param issuingState        ICAO code of the issuing state or organisation, e.g. {@code UTO}, {@code D}
 * @param documentNumber      the whole document number, including a TD1/TD2 overflow beyond 9 characters
 * @param primaryIdentifier   surname(s), e.g. {@code ERIKSSON}
 * @param secondaryIdentifier given name(s), e.g. {@code ANNA MARIA}; empty if the MRZ has none
 * @param nationality         ICAO code, fillers removed
 * @param birthDate           date of birth; century inferred so that it lies in the past
 * @param sex                 as printed
 * @param expiryDate          date of expiry; century inferred within 50 years of today
 * @param optionalData        TD3 personal number, TD1 optional data of line 1 (after any number overflow),
 *                            TD2 and visa optional data; fillers removed
 * @param optionalData2       TD1 optional data of line 2; empty for other formats
 * @param lines               the MRZ lines as read, upper-cased, for display
 * @param problems            check-digit and field problems; empty when every check passes
 */
public record Mrz(
        MrzFormat format,
        String documentCode,
        String issuingState,
        String documentNumber,
        String primaryIdentifier,
        String secondaryIdentifier,
        String nationality,
        MrzDate birthDate,
        Sex sex,
        MrzDate expiryDate,
        String optionalData,
        String optionalData2,
        List<String> lines,
        List<MrzProblem> problems) {

    /** Sex as Doc 9303 writes it: {@code M}, {@code F}, or {@code X} / {@code <} for unspecified. */
    public enum Sex {
        MALE, FEMALE, UNSPECIFIED
    }

    public Mrz {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(optionalData, "optionalData");
        Objects.requireNonNull(optionalData2, "optionalData2");
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        if (lines.size() != format.lines()) {
            throw new IllegalArgumentException(format.displayName() + " has " + format.lines() + " lines, not " + lines.size());
        }
    }

    /** True when every check digit matches and every field is well formed. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** True for MRV-A and MRV-B, whose document code starts with {@code V}. */
    public boolean isVisa() {
        return format.isVisa();
    }

    /** The problems concerning one field. */
    public List<MrzProblem> problemsWith(MrzField field) {
        return problems.stream().filter(p -> p.field() == field).toList();
    }
}
