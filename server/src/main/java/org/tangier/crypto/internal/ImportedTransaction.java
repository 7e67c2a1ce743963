package org.tangier.crypto.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One transaction as imported, addresses already normalised for its chain: inputs and outputs of a UTXO
 * transaction, or the one sender and one receiver of an account-model transfer.
 */
record ImportedTransaction(String chain, String txId, Instant at, List<Leg> inputs, List<Leg> outputs) {

    record Leg(String address, BigDecimal amount) {
    }
}
