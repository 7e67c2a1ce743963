package org.tangier.matching.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Transactions of one chain as a graph in primitive arrays: each transaction has inputs (addresses that spend) and
 * outputs (addresses that receive), with amounts. An account-model transfer is a transaction with one input and
 * one output. Addresses are numbered in the order first seen.
 *
 * <p>A <em>numeric</em> graph ({@link #numeric()}) holds no strings at all, for a whole chain kept resident: its
 * addresses are the store's surrogate numbers, and each transaction carries a reference (the store's number for that
 * copy), a key (the same for every agency's copy of one chain transaction, so a trace counts it once) and a
 * visibility class (its owner and restriction, decided per viewer by the caller).
 */
public final class TransferGraph {

    /** Address strings by number; null in a numeric graph. */
    final String[] addresses;
    final int addressCount;
    /** Transaction ids; null in a numeric graph. */
    final String[] txIds;
    final int txCount;
    final long[] txRefs;
    final long[] txKeys;
    final int[] txClasses;
    final long[] txTimes;
    /** Legs of transaction t: inputs at [inStart[t], outStart[t]), outputs at [outStart[t], inStart[t+1]). */
    final int[] inStart;
    final int[] outStart;
    final int[] legAddress;
    final double[] legAmount;
    /** Transactions in which address a spends: spentIn[spentStart[a] .. spentStart[a+1]). */
    final int[] spentStart;
    final int[] spentIn;
    final int[] receivedStart;
    final int[] receivedIn;

    private final Map<String, Integer> ids;

    private TransferGraph(Builder b) {
        this.addresses = b.numeric ? null : b.addresses.toArray(String[]::new);
        this.addressCount = b.numeric ? b.maxAddress + 1 : b.addresses.size();
        this.ids = b.numeric ? null : b.ids;
        this.txIds = b.numeric ? null : b.txIds.toArray(String[]::new);
        this.txCount = b.txCount;
        this.txRefs = Arrays.copyOf(b.txRefs, b.txCount);
        this.txKeys = Arrays.copyOf(b.txKeys, b.txCount);
        this.txClasses = Arrays.copyOf(b.txClasses, b.txCount);
        this.txTimes = Arrays.copyOf(b.txTimes, b.txCount);
        this.inStart = Arrays.copyOf(b.inStart, b.txCount + 1);
        this.inStart[b.txCount] = b.legCount;
        this.outStart = Arrays.copyOf(b.outStart, b.txCount);
        this.legAddress = Arrays.copyOf(b.legAddress, b.legCount);
        this.legAmount = Arrays.copyOf(b.legAmount, b.legCount);
        int n = addressCount;
        spentStart = new int[n + 1];
        receivedStart = new int[n + 1];
        for (int t = 0; t < txCount; t++) {
            for (int l = inStart[t]; l < outStart[t]; l++) {
                spentStart[legAddress[l] + 1]++;
            }
            for (int l = outStart[t]; l < inStart[t + 1]; l++) {
                receivedStart[legAddress[l] + 1]++;
            }
        }
        for (int a = 0; a < n; a++) {
            spentStart[a + 1] += spentStart[a];
            receivedStart[a + 1] += receivedStart[a];
        }
        spentIn = new int[spentStart[n]];
        receivedIn = new int[receivedStart[n]];
        int[] spentFill = Arrays.copyOf(spentStart, n);
        int[] receivedFill = Arrays.copyOf(receivedStart, n);
        for (int t = 0; t < txCount; t++) {
            for (int l = inStart[t]; l < outStart[t]; l++) {
                spentIn[spentFill[legAddress[l]]++] = t;
            }
            for (int l = outStart[t]; l < inStart[t + 1]; l++) {
                receivedIn[receivedFill[legAddress[l]]++] = t;
            }
        }
    }

    public static Builder builder() {
        return new Builder(false);
    }

    /** A builder of a graph without strings: addresses by their store number, transactions by reference. */
    public static Builder numeric() {
        return new Builder(true);
    }

    /**
     * A numeric builder holding this numeric graph's transactions but those whose reference {@code drop} accepts: the
     * graph stays immutable (traces read it without locks) and an import builds its successor.
     */
    public Builder copy(java.util.function.LongPredicate drop) {
        if (addresses != null) {
            throw new IllegalStateException("only a numeric graph is copied");
        }
        Builder b = new Builder(true);
        b.maxAddress = addressCount - 1;
        b.reserve(txCount, legAddress.length);
        for (int t = 0; t < txCount; t++) {
            if (!drop.test(txRefs[t])) {
                b.start(txRefs[t], txKeys[t], txClasses[t], txTimes[t]);
                for (int l = inStart[t]; l < inStart[t + 1]; l++) {
                    if (l == outStart[t]) {
                        b.outputs();
                    }
                    b.leg(legAddress[l], legAmount[l]);
                }
                if (outStart[t] == inStart[t + 1]) {
                    b.outputs();
                }
                b.end();
            }
        }
        return b;
    }

    public int addressCount() {
        return addressCount;
    }

    public int transactionCount() {
        return txCount;
    }

    public int legCount() {
        return inStart[txCount];
    }

    /** The address's number, or -1 when it is in no transaction (a numeric graph: -1, ask the store). */
    public int id(String address) {
        Integer id = ids == null ? null : ids.get(address);
        return id == null ? -1 : id;
    }

    public String address(int id) {
        return addresses == null ? "#" + id : addresses[id];
    }

    public String transaction(int t) {
        return txIds == null ? "#" + txRefs[t] : txIds[t];
    }

    /** The store's reference of transaction t (its index in a graph built from strings). */
    public long reference(int t) {
        return txRefs[t];
    }

    /** The visibility class of transaction t (0 in a graph built from strings). */
    public int visibilityClass(int t) {
        return txClasses[t];
    }

    public long time(int t) {
        return txTimes[t];
    }

    /** Calls {@code receiver} with every output address of the transactions in which {@code address} spends. */
    public void forEachReceiver(int address, IntConsumer receiver) {
        for (int k = spentStart[address]; k < spentStart[address + 1]; k++) {
            int t = spentIn[k];
            for (int l = outStart[t]; l < inStart[t + 1]; l++) {
                receiver.accept(legAddress[l]);
            }
        }
    }

    /** An address and an amount on one side of a transaction. */
    public record Leg(String address, double amount) {
    }

    /** Collects transactions; not thread-safe. */
    public static final class Builder {
        private final boolean numeric;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> addresses = new ArrayList<>();
        private final List<String> txIds = new ArrayList<>();
        private long[] txTimes = new long[1024];
        private long[] txRefs = new long[1024];
        private long[] txKeys = new long[1024];
        private int[] txClasses = new int[1024];
        private int[] inStart = new int[1025];
        private int[] outStart = new int[1024];
        private int[] legAddress = new int[4096];
        private double[] legAmount = new double[4096];
        private int txCount;
        private int legCount;
        private int maxAddress = -1;

        private Builder(boolean numeric) {
            this.numeric = numeric;
        }

        /** Makes room for about this many transactions and legs at once (a bulk load knows its size). */
        public Builder reserve(int transactions, int legs) {
            if (transactions + 1 > txTimes.length) {
                growTransactions(transactions + 1);
            }
            if (legs > legAddress.length) {
                legAddress = Arrays.copyOf(legAddress, legs);
                legAmount = Arrays.copyOf(legAmount, legs);
            }
            return this;
        }

        private void growTransactions(int capacity) {
            txTimes = Arrays.copyOf(txTimes, capacity);
            txRefs = Arrays.copyOf(txRefs, capacity);
            txKeys = Arrays.copyOf(txKeys, capacity);
            txClasses = Arrays.copyOf(txClasses, capacity);
            inStart = Arrays.copyOf(inStart, capacity + 1);
            outStart = Arrays.copyOf(outStart, capacity);
        }

        /**
         * Starts a transaction of a numeric graph: then its inputs with {@link #leg}, {@link #outputs}, its outputs,
         * {@link #end}. A bulk load streams legs this way without an object per leg.
         */
        public Builder start(long reference, long key, int visibilityClass, long epochSecond) {
            if (txCount + 1 >= txTimes.length) {
                growTransactions(txTimes.length * 2);
            }
            txRefs[txCount] = reference;
            txKeys[txCount] = key;
            txClasses[txCount] = visibilityClass;
            txTimes[txCount] = epochSecond;
            inStart[txCount] = legCount;
            outStart[txCount] = -1;
            return this;
        }

        /** Ends the inputs of the transaction started: the next legs are its outputs. */
        public Builder outputs() {
            outStart[txCount] = legCount;
            return this;
        }

        public Builder end() {
            if (outStart[txCount] < 0) {
                outStart[txCount] = legCount;
            }
            txCount++;
            return this;
        }

        /** A leg of the transaction started, by address number. */
        public Builder leg(int address, double amount) {
            if (legCount == legAddress.length) {
                legAddress = Arrays.copyOf(legAddress, legCount * 2);
                legAmount = Arrays.copyOf(legAmount, legCount * 2);
            }
            legAddress[legCount] = address;
            legAmount[legCount] = amount;
            legCount++;
            maxAddress = Math.max(maxAddress, address);
            return this;
        }

        public int transactionCount() {
            return txCount;
        }

        public Builder transaction(String txId, long epochSecond, List<Leg> inputs, List<Leg> outputs) {
            if (txCount + 1 >= txTimes.length) {
                growTransactions(txTimes.length * 2);
            }
            txIds.add(txId);
            txRefs[txCount] = txCount;
            txKeys[txCount] = txCount;
            txTimes[txCount] = epochSecond;
            inStart[txCount] = legCount;
            for (Leg leg : inputs) {
                leg(leg);
            }
            outStart[txCount] = legCount;
            for (Leg leg : outputs) {
                leg(leg);
            }
            txCount++;
            return this;
        }

        /** A transaction given as address numbers from {@link #intern}, for bulk loads without objects per leg. */
        public Builder transaction(String txId, long epochSecond, int[] inputs, double[] inAmounts, int[] outputs,
                double[] outAmounts) {
            if (txCount + 1 >= txTimes.length) {
                growTransactions(txTimes.length * 2);
            }
            txIds.add(txId);
            txRefs[txCount] = txCount;
            txKeys[txCount] = txCount;
            txTimes[txCount] = epochSecond;
            inStart[txCount] = legCount;
            for (int i = 0; i < inputs.length; i++) {
                leg(inputs[i], inAmounts[i]);
            }
            outStart[txCount] = legCount;
            for (int i = 0; i < outputs.length; i++) {
                leg(outputs[i], outAmounts[i]);
            }
            txCount++;
            return this;
        }

        public int intern(String address) {
            Integer id = ids.get(address);
            if (id == null) {
                id = addresses.size();
                ids.put(address, id);
                addresses.add(address);
            }
            return id;
        }

        private void leg(Leg leg) {
            leg(intern(leg.address()), leg.amount());
        }


        public TransferGraph build() {
            return new TransferGraph(this);
        }
    }
}
