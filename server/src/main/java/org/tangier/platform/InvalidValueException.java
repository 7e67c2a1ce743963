package org.tangier.platform;

/**
 * A value a domain rule refuses, named by a problem code of the message bundles ({@code problem.<code>}) rather than
 * an English sentence: code that catches {@link IllegalArgumentException} to name the offending field hands it to
 * {@link ProblemException#invalid(String, IllegalArgumentException)}, and the user reads it in their language. The
 * message is the English text, for logs and tests.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;
    private final Object[] arguments;

    public InvalidValueException(String code, Object... arguments) {
        super(ProblemTexts.english(code, arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
