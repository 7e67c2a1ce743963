package org.tangier.biometrics;

/**
 * An input that cannot serve as a fingerprint: not decodable, too small, at a resolution matching cannot work with,
 * blank, or a transaction that is not valid ANSI/NIST-ITL. The message is written for the person who supplied the
 * input and says what to fix; {@link #reason()} lets an API map it to an error code.
 */
public class UnusableFingerprintException extends IllegalArgumentException {

    /** Why the input was refused. */
    public enum Reason {
        NOT_DECODABLE,
        UNSUPPORTED_FORMAT,
        TOO_SMALL,
        TOO_LARGE,
        RESOLUTION_OUT_OF_RANGE,
        RESOLUTION_UNKNOWN,
        NO_RIDGES,
        INVALID_TRANSACTION
    }

    private final Reason reason;

    public UnusableFingerprintException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnusableFingerprintException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
