package org.tangier.crimeareas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reference list of crime areas. Its entries are INTERPOL's published crime areas (interpol.int, "Crimes": the
 * crime areas its programmes are organised by), in their order, human trafficking and migrant smuggling split in
 * two as the EU and the UN Protocols do, plus "other". Each carries the EMPACT 2022-2025 priorities (EU Council
 * conclusions of 26 May 2021, doc. 8665/21) that fall in it, so that an EU member's analyst finds its own list in
 * ours: a priority maps to the area where most of its cases fall (organised property crime to vehicle crime, document
 * fraud to counterfeiting, criminal finances to financial crime).
 *
 * <p>The {@link #id()} is what APIs, forms and storage carry; it never changes once published.
 */
public enum CrimeArea {

    TERRORISM("terrorism", List.of()),
    ORGANISED_CRIME("organised-crime", List.of("High-risk criminal networks")),
    DRUG_TRAFFICKING("drug-trafficking", List.of("Drugs trafficking (cannabis, cocaine, heroin)",
            "Drugs trafficking (synthetic drugs and new psychoactive substances)")),
    TRAFFICKING_IN_HUMAN_BEINGS("trafficking-in-human-beings", List.of("Trafficking in human beings")),
    PEOPLE_SMUGGLING("people-smuggling", List.of("Migrant smuggling")),
    CYBERCRIME("cybercrime", List.of("Cyber-attacks", "Online fraud schemes")),
    FINANCIAL_CRIME("financial-crime", List.of("Fraud, economic and financial crimes (excise and MTIC fraud)",
            "Criminal finances, money laundering and asset recovery")),
    FIREARMS_TRAFFICKING("firearms-trafficking", List.of("Firearms trafficking")),
    ENVIRONMENTAL_CRIME("environmental-crime", List.of("Environmental crime")),
    CORRUPTION("corruption", List.of()),
    WAR_CRIMES("war-crimes", List.of()),
    CRIMES_AGAINST_CHILDREN("crimes-against-children", List.of("Child sexual exploitation")),
    VEHICLE_CRIME("vehicle-crime", List.of("Organised property crime")),
    CULTURAL_HERITAGE("cultural-heritage", List.of()),
    MARITIME_PIRACY("maritime-piracy", List.of()),
    COUNTERFEITING("counterfeiting", List.of("Intellectual property crime, counterfeiting of goods and currencies",
            "Document fraud")),
    OTHER("other", List.of());

    private final String id;
    private final List<String> empactPriorities;

    CrimeArea(String id, List<String> empactPriorities) {
        this.id = id;
        this.empactPriorities = empactPriorities;
    }

    /** The stable identifier carried by APIs and storage, e.g. {@code drug-trafficking}. */
    public String id() {
        return id;
    }

    /** The message-bundle key of the area's name. */
    public String messageKey() {
        return "crimearea." + id;
    }

    /** The EMPACT 2022-2025 priorities mapped onto this area (English titles, as the Council published them). */
    public List<String> empactPriorities() {
        return empactPriorities;
    }

    /** The area of an id or of an enum name, case and blanks ignored. */
    public static Optional<CrimeArea> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CrimeArea a : values()) {
            if (a.id.equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
