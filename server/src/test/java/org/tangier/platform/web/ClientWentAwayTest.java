package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

/** A client that hangs up while its body is read is not a server fault: no ERROR and stack trace in the log. */
class ClientWentAwayTest {

    @Test
    void anAbortWrappedByTheImportIsTheClientGoingAway() {
        assertThat(ApiProblemHandler.clientWentAway(
                new UncheckedIOException(new ClientAbortException(new EOFException())))).isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(ApiProblemHandler.clientWentAway(new UncheckedIOException(new EOFException()))).isFalse();
        assertThat(ApiProblemHandler.clientWentAway(new IllegalStateException("index 3"))).isFalse();
    }
}
