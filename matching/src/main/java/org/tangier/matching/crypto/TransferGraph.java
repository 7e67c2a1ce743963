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
 */
public final class TransferGraph {

    final String[] addresses;
    final String[] txIds;
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
        this.addresses = b.addresses.toArray(String[]::new);
        this.ids = b.ids;
        this.txIds = b.txIds.toArray(String[]::new);
        this.txTimes = Arrays.copyOf(b.txTimes, b.txCount);
        this.inStart = Arrays.copyOf(b.inStart, b.txCount + 1);
        this.inStart[b.txCount] = b.legCount;
        this.outStart = Arrays.copyOf(b.outStart, b.txCount);
        this.legAddress = Arrays.copyOf(b.legAddress, b.legCount);
        this.legAmount = Arrays.copyOf(b.legAmount, b.legCount);
        int n = addresses.length;
        spentStart = new int[n + 1];
        receivedStart = new int[n + 1];
        for (int t = 0; t < txIds.length; t++) {
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
        for (int t = 0; t < txIds.length; t++) {
            for (int l = inStart[t]; l < outStart[t]; l++) {
                spentIn[spentFill[legAddress[l]]++] = t;
            }
            for (int l = outStart[t]; l < inStart[t + 1]; l++) {
                receivedIn[receivedFill[legAddress[l]]++] = t;
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int addressCount() {
        return addresses.length;
    }

    public int transactionCount() {
        return txIds.length;
    }

    /** The address's number, or -1 when it is in no transaction. */
    public int id(String address) {
        Integer id = ids.get(address);
        return id == null ? -1 : id;
    }

    public String address(int id) {
        return addresses[id];
    }

    public String transaction(int t) {
        return txIds[t];
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
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> addresses = new ArrayList<>();
        private final List<String> txIds = new ArrayList<>();
        private long[] txTimes = new long[1024];
        private int[] inStart = new int[1025];
        private int[] outStart = new int[1024];
        private int[] legAddress = new int[4096];
        private double[] legAmount = new double[4096];
        private int txCount;
        private int legCount;

        private Builder() {
        }

        public Builder transaction(String txId, long epochSecond, List<Leg> inputs, List<Leg> outputs) {
            if (txCount + 1 >= txTimes.length) {
                txTimes = Arrays.copyOf(txTimes, txTimes.length * 2);
                inStart = Arrays.copyOf(inStart, inStart.length * 2);
                outStart = Arrays.copyOf(outStart, outStart.length * 2);
            }
            txIds.add(txId);
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
                txTimes = Arrays.copyOf(txTimes, txTimes.length * 2);
                inStart = Arrays.copyOf(inStart, inStart.length * 2);
                outStart = Arrays.copyOf(outStart, outStart.length * 2);
            }
            txIds.add(txId);
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

        private void leg(int address, double amount) {
            if (legCount == legAddress.length) {
                legAddress = Arrays.copyOf(legAddress, legCount * 2);
                legAmount = Arrays.copyOf(legAmount, legCount * 2);
            }
            legAddress[legCount] = address;
            legAmount[legCount] = amount;
            legCount++;
        }

        public TransferGraph build() {
            return new TransferGraph(this);
        }
    }
}
