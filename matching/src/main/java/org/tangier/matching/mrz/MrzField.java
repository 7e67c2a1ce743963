package org.tangier.matching.mrz;

/** The fields of an MRZ, as named in ICAO Doc 9303; problems are reported against one of them. */
public enum MrzField {
    DOCUMENT_CODE("document code"),
    ISSUING_STATE("issuing state"),
    NAME("name"),
    DOCUMENT_NUMBER("document number"),
    NATIONALITY("nationality"),
    BIRTH_DATE("birth date"),
    SEX("sex"),
    EXPIRY_DATE("expiry date"),
    /** TD3 personal number, TD1 optional data of line 1, TD2 and visa optional data. */
    OPTIONAL_DATA("optional data"),
    /** TD1 only: optional data of line 2. */
    OPTIONAL_DATA_2("optional data of line 2"),
    /** The composite check digit over the number, dates and optional data. */
    COMPOSITE("composite");

    private final String label;

    MrzField(String label) {
        this.label = label;
    }

    /** Lower-case words for messages, e.g. {@code birth date}. */
    public String label() {
        return label;
    }
}
