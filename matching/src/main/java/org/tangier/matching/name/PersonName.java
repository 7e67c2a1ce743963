package org.tangier.matching.name;

/** One name of a person in any script; the script is recognised from the letters. */
public record PersonName(String text, NameKind kind) {

    public PersonName {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a name must not be blank");
        if (kind == null) throw new IllegalArgumentException("name kind missing for \"" + text + "\"");
    }

    public static PersonName primary(String text) {
        return new PersonName(text, NameKind.PRIMARY);
    }

    public static PersonName alias(String text) {
        return new PersonName(text, NameKind.ALIAS);
    }
}
