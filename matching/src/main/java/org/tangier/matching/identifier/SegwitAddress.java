package org.tangier.matching.identifier;

/**
 * A segregated-witness address (Bitcoin's bc1, Litecoin's ltc1): a witness version 0-16 and a 2-40 byte program,
 * with the rules of BIP-173 and BIP-350 that a checksum alone does not catch.
 *
 * @param version witness version, 0 to 16
 * @param program witness program
 */
record SegwitAddress(int version, byte[] program) {

    static SegwitAddress decode(String expectedHrp, String text) {
        Bech32.Decoded d = Bech32.decode(text);
        if (!d.hrp().equals(expectedHrp)) {
            throw new InvalidIdentifierException("BIP-173: the human-readable part is '" + d.hrp() + "', '" + expectedHrp + "' expected");
        }
        if (d.data().length == 0) {
            throw new InvalidIdentifierException("BIP-173: the data part is empty (no witness version)");
        }
        int version = d.data()[0];
        if (version > 16) {
            throw new InvalidIdentifierException("BIP-173: witness version " + version + " is above 16");
        }
        byte[] program = Bech32.convertBits(d.data(), 1, 5, 8, false);
        if (program.length < 2 || program.length > 40) {
            throw new InvalidIdentifierException("BIP-173: a witness program has 2 to 40 bytes, " + program.length + " found");
        }
        if (version == 0 && program.length != 20 && program.length != 32) {
            throw new InvalidIdentifierException("BIP-173: a version 0 witness program has 20 or 32 bytes, " + program.length + " found");
        }
        if (version == 0 && d.encoding() != Bech32.Encoding.BECH32) {
            throw new InvalidIdentifierException("BIP-350: witness version 0 is written in Bech32, this is Bech32m");
        }
        if (version > 0 && d.encoding() != Bech32.Encoding.BECH32M) {
            throw new InvalidIdentifierException("BIP-350: witness version " + version + " is written in Bech32m, this is Bech32");
        }
        return new SegwitAddress(version, program);
    }

    /** The address in lower case, the canonical form (BIP-173 allows upper case only for QR codes). */
    String encode(String hrp) {
        byte[] five = Bech32.convertBits(program, 0, 8, 5, true);
        byte[] data = new byte[five.length + 1];
        data[0] = (byte) version;
        System.arraycopy(five, 0, data, 1, five.length);
        return Bech32.encode(hrp, data, version == 0 ? Bech32.Encoding.BECH32 : Bech32.Encoding.BECH32M);
    }
}
