package org.tangier.matching.identifier;

/** Input that cannot be an identifier of the kind asked for; the message says what is wrong, for the user. */
public final class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
