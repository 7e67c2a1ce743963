package org.tangier.matching.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The published test vectors of BIP-173, BIP-350, EIP-55 and the CashAddr specification, and each chain's rules. */
class WalletAddressVectorsTest {

    /** BIP-350's valid segwit addresses with their scriptPubKey (version opcode, push length, program). */
    @ParameterizedTest
    @CsvSource({
            "bc, BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, 0014751e76e8199196d454941c45d1b3a323f1433bd6",
            "tb, tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, 00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
            "bc, bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y, 5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
            "bc, BC1SW50QGDZ25J, 6002751e",
            "bc, bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs, 5210751e76e8199196d454941c45d1b3a323",
            "tb, tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy, 0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
            "tb, tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c, 5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
            "bc, bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, 512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"})
    void validSegwitAddressesDecodeToTheirScriptAndReencodeInLowerCase(String hrp, String address, String script) {
        SegwitAddress decoded = SegwitAddress.decode(hrp, address);

        byte[] expected = HexFormat.of().parseHex(script);
        int version = expected[0] == 0 ? 0 : (expected[0] & 0xff) - 0x50;
        assertThat(decoded.version()).isEqualTo(version);
        assertThat(decoded.program()).isEqualTo(java.util.Arrays.copyOfRange(expected, 2, expected.length));
        assertThat(decoded.encode(hrp)).isEqualTo(address.toLowerCase());
    }

    /** BIP-350's invalid segwit addresses, each with the rule it breaks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut | human-readable part is 'tc'",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd | is written in Bech32m, this is Bech32",
            "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf | is written in Bech32m, this is Bech32",
            "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL | is written in Bech32m, this is Bech32",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh | version 0 is written in Bech32, this is Bech32m",
            "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47 | version 0 is written in Bech32, this is Bech32m",
            "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4 | 'o' is not a Bech32 character",
            "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R | witness version 17 is above 16",
            "bc1pw5dgrnzv | 2 to 40 bytes, 1 found",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav | 2 to 40 bytes, 41 found",
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P | version 0 witness program has 20 or 32 bytes, 16 found",
            "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq | not mixed",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf | more than 4 bits of padding",
            "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j | padding bits are not zero",
            "bc1gmk9yu | data part is empty"})
    void invalidSegwitAddressesAreRefusedNamingTheRule(String address, String rule) {
        String hrp = address.toLowerCase().startsWith("tb1") ? "tb" : "bc";

        assertThatThrownBy(() -> SegwitAddress.decode(hrp, address)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(rule);
    }

    /** BIP-173's invalid strings (checksum-level), all refused by the decoder. */
    @ParameterizedTest
    @ValueSource(strings = {"pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "A1G7SGD8", "10a06t8", "1qzzfhee",
            "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4"})
    void invalidBech32StringsAreRefused(String text) {
        assertThatThrownBy(() -> Bech32.decode(text)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
            "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl"})
    void validBech32StringsOfBip173Decode(String text) {
        assertThat(Bech32.decode(text).encoding()).isEqualTo(Bech32.Encoding.BECH32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1LQFN3A", "a1lqfn3a", "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx", "?1v759aa"})
    void validBech32mStringsOfBip350Decode(String text) {
        assertThat(Bech32.decode(text).encoding()).isEqualTo(Bech32.Encoding.BECH32M);
    }

    @Test
    void bitcoinWalletsAreRefusedWhereBip350RefusesThem() {
        assertThatThrownBy(() -> Indicator.wallet("BTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"))
                .hasMessageContaining("BIP-350: witness version 0 is written in Bech32, this is Bech32m");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "bc1pw5dgrnzv")).hasMessageContaining("BIP-173");
        assertThat(Indicator.wallet("BTC", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4").value())
                .isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assertThat(Indicator.wallet("BTC", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0").value())
                .isEqualTo("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    /** EIP-55's published examples: all-caps, all-lower and normal. */
    @ParameterizedTest
    @ValueSource(strings = {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void eip55ExamplesAreTheirOwnChecksummedForm(String address) {
        assertThat(Eip55.checksummed(address.substring(2))).isEqualTo(address);
        assertThat(Indicator.wallet("ETH", address.toLowerCase()).value()).isEqualTo(address);
        assertThat(Indicator.wallet("ETH", "0x" + address.substring(2).toUpperCase()).value()).isEqualTo(address);
    }

    @Test
    void ethereumAddressWithABrokenMixedCaseChecksumIsRefused() {
        assertThatThrownBy(() -> Indicator.wallet("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"))
                .hasMessageContaining("EIP-55: the mixed-case checksum fails");
        assertThatThrownBy(() -> Indicator.wallet("BSC", "0x5AaEb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .hasMessageContaining("EIP-55");
    }

    /** The CashAddr specification's examples beside the legacy addresses of the same hashes. */
    @ParameterizedTest
    @CsvSource({
            "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu, bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a",
            "1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR, bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy",
            "16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb, bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r",
            "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC, bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq",
            "3LDsS579y7sruadqu11beEJoTjdFiFCdX4, bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e",
            "31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw, bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37"})
    void bitcoinCashLegacyAndCashAddrAreOneWallet(String legacy, String cashAddr) {
        assertThat(Indicator.wallet("BCH", legacy).value()).isEqualTo(cashAddr);
        assertThat(Indicator.wallet("BCH", cashAddr).value()).isEqualTo(cashAddr);
        assertThat(Indicator.wallet("bitcoin cash", cashAddr.substring("bitcoincash:".length()).toUpperCase()).value())
                .isEqualTo(cashAddr);
    }

    @Test
    void bitcoinCashWithABrokenChecksumIsRefused() {
        assertThatThrownBy(() -> Indicator.wallet("BCH", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6c"))
                .hasMessageContaining("CashAddr: the checksum fails");
        assertThatThrownBy(() -> Indicator.wallet("BCH", "bchtest:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void litecoinAcceptsItsOwnVersionBytesAndLtc1Segwit() {
        byte[] hash = HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6");
        for (int version : new int[] {0x30, 0x32, 0x05}) {
            String address = Base58Check.encode(prefixed(version, hash));
            assertThat(Indicator.wallet("LTC", address).value()).isEqualTo(address);
        }
        String segwit = new SegwitAddress(0, hash).encode("ltc");
        assertThat(segwit).startsWith("ltc1q");
        assertThat(Indicator.wallet("litecoin", segwit.toUpperCase()).value()).isEqualTo(segwit);
        assertThatThrownBy(() -> Indicator.wallet("LTC", Base58Check.encode(prefixed(0x00, hash))))
                .hasMessageContaining("version byte");
        assertThatThrownBy(() -> Indicator.wallet("LTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void tronAddressesHaveThe0x41PrefixAndTheirHexFormIsConverted() {
        byte[] hash = HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6");
        String address = Base58Check.encode(prefixed(0x41, hash));
        assertThat(address).startsWith("T");
        assertThat(Indicator.wallet("TRX", "41751e76e8199196d454941c45d1b3a323f1433bd6").value()).isEqualTo(address);
        assertThat(Indicator.wallet("TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").value()).isEqualTo("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        assertThatThrownBy(() -> Indicator.wallet("TRX", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"))
                .hasMessageContaining("version byte");
    }

    @Test
    void legacyBitcoinAddressesAreBase58Check() {
        assertThat(Base58Check.decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"))
                .isEqualTo(HexFormat.of().parseHex("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18"));
        assertThat(Base58Check.encode(HexFormat.of().parseHex("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18")))
                .isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"))
                .hasMessageContaining("Base58Check: the checksum fails");
    }

    private static byte[] prefixed(int version, byte[] hash) {
        byte[] payload = new byte[21];
        payload[0] = (byte) version;
        System.arraycopy(hash, 0, payload, 1, 20);
        return payload;
    }
}
