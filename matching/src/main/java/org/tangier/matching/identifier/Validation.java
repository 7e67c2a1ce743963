package org.tangier.matching.identifier;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Either a normalised identifier or the message saying why the input is not one; what a form shows next to a
 * field. The factories of this package throw {@link InvalidIdentifierException}; {@link #of} turns that into a value.
 */
public sealed interface Validation<T> {

    record Valid<T>(T value) implements Validation<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(String message) implements Validation<T> {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }

    /** E.g. {@code Validation.of(() -> Vin.of(input))}. */
    static <T> Validation<T> of(Supplier<T> factory) {
        try {
            return new Valid<>(factory.get());
        } catch (InvalidIdentifierException e) {
            return new Invalid<>(e.getMessage());
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
