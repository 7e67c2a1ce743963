package org.tangier.matching.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void internationalPhoneFormsGiveE164() {
        assertThat(Indicator.phone("+212 6 12-34-56-78").value()).isEqualTo("+212612345678");
        assertThat(Indicator.phone("00212 (0)6 12 34 56 78").value()).isEqualTo("+212612345678");
        assertThat(Indicator.phone("tel:+33-1-42-68-53-00").value()).isEqualTo("+33142685300");
    }

    @Test
    void nationalPhoneFormNeedsAndUsesTheDefaultCountry() {
        assertThat(Indicator.phone("06 12 34 56 78", "MA").value()).isEqualTo("+212612345678");
        assertThat(Indicator.phone("06 1234 5678", "IT").value()).isEqualTo("+390612345678");
        assertThat(Indicator.phone("(202) 555-0143", "US").value()).isEqualTo("+12025550143");
        assertThat(Indicator.phone("8 495 123-45-67", "RU").value()).isEqualTo("+74951234567");
        assertThat(Indicator.phone("٠٦١٢٣٤٥٦٧٨", "MAR").value()).isEqualTo("+212612345678");
        assertThatThrownBy(() -> Indicator.phone("06 12 34 56 78"))
                .hasMessage("'06 12 34 56 78' has no country code: write it as +... or 00...");
    }

    @Test
    void phoneOfImpossibleLengthIsRejected() {
        assertThatThrownBy(() -> Indicator.phone("+2126123456789012")).hasMessageContaining("16 digits with the country code, E.164 allows at most 15");
        assertThatThrownBy(() -> Indicator.phone("+212 61")).hasMessageContaining("too few digits after +212");
    }

    @Test
    void phoneWithUnassignedCountryCodeIsRejected() {
        assertThatThrownBy(() -> Indicator.phone("+999 1234 5678")).hasMessageContaining("+999 is not an assigned country calling code");
    }

    @Test
    void emailDomainIsLowerCasedAndPunycodedLocalPartKept() {
        Indicator email = Indicator.email("  mailto:John.Doe@Bücher.Example ");

        assertThat(email.value()).isEqualTo("John.Doe@xn--bcher-kva.example");
        assertThat(email.lookupKey()).isEqualTo("Ejohn.doe@xn--bcher-kva.example");
    }

    @Test
    void emailWithoutAtOrWithBadDomainIsRejected() {
        assertThatThrownBy(() -> Indicator.email("john.example.org")).hasMessageContaining("it has no @");
        assertThatThrownBy(() -> Indicator.email("john@localhost")).hasMessageContaining("at least two labels");
        assertThatThrownBy(() -> Indicator.email("jo hn@example.org")).hasMessageContaining("' ' before the @");
    }

    @Test
    void domainIsPunycodedLowerCasedAndLosesTrailingDot() {
        assertThat(Indicator.domain("Bücher.Example.").value()).isEqualTo("xn--bcher-kva.example");
        assertThat(Indicator.domain("https://WWW.Example.com/path?q=1").value()).isEqualTo("www.example.com");
        assertThat(Indicator.domain("مثال.إختبار").value()).startsWith("xn--");
        assertThatThrownBy(() -> Indicator.domain("exa mple.com")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void ipv6IsWrittenInItsRfc5952Form() {
        assertThat(Indicator.ipAddress("2001:0DB8:0000:0000:0000:0000:0002:0001").value()).isEqualTo("2001:db8::2:1");
        assertThat(Indicator.ipAddress("2001:db8:0:0:1:0:0:1").value()).isEqualTo("2001:db8::1:0:0:1");
        assertThat(Indicator.ipAddress("2001:db8:0:1:1:1:1:1").value()).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Indicator.ipAddress("[::1]").value()).isEqualTo("::1");
        assertThat(Indicator.ipAddress("1:0:0:0:0:0:0:0").value()).isEqualTo("1::");
        assertThat(Indicator.ipAddress("::").value()).isEqualTo("::");
        assertThat(Indicator.ipAddress("64:ff9b::192.0.2.33").value()).isEqualTo("64:ff9b::c000:221");
    }

    @Test
    void ipv4MappedIpv6IsTheIpv4Address() {
        assertThat(Indicator.ipAddress("::FFFF:192.0.2.1").value()).isEqualTo("192.0.2.1");
    }

    @Test
    void malformedIpAddressesAreRejectedWithTheReason() {
        assertThat(Indicator.ipAddress(" 192.0.2.1 ").value()).isEqualTo("192.0.2.1");
        assertThatThrownBy(() -> Indicator.ipAddress("192.0.2.256")).hasMessageContaining("256 is more than 255");
        assertThatThrownBy(() -> Indicator.ipAddress("192.0.02.1")).hasMessageContaining("leading zero");
        assertThatThrownBy(() -> Indicator.ipAddress("1::2::3")).hasMessageContaining(":: may appear only once");
        assertThatThrownBy(() -> Indicator.ipAddress("example.org")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> Indicator.ipAddress("fe80::1%eth0")).hasMessageContaining("zone");
    }

    @Test
    void ibanWithGoodChecksumIsAcceptedWithoutBlanks() {
        assertThat(Indicator.bankAccount("gb82 west 1234 5698 7654 32").value()).isEqualTo("GB82WEST12345698765432");
        assertThat(Indicator.bankAccount("IBAN DE89 3704 0044 0532 0130 00").value()).isEqualTo("DE89370400440532013000");
        assertThat(Indicator.bankAccount("SA03 8000 0000 6080 1016 7519").value()).isEqualTo("SA0380000000608010167519");
    }

    @Test
    void ibanWithBadChecksumIsRejected() {
        assertThatThrownBy(() -> Indicator.bankAccount("GB82 WEST 1234 5698 7654 33"))
                .hasMessage("the IBAN's check digits 82 do not match the rest (ISO 13616 mod-97): a character is mistyped");
    }

    @Test
    void ibanOfWrongLengthForItsCountryIsRejected() {
        assertThatThrownBy(() -> Indicator.bankAccount("GB82 WEST 1234 5698 7654 3"))
                .hasMessage("an IBAN of GB has 22 characters, 21 found");
    }

    @Test
    void nationalAccountNumberIsKeptAsLettersAndDigits() {
        assertThat(Indicator.bankAccount("021-000-089 123").value()).isEqualTo("021000089123");
    }

    @Test
    void bitcoinAddressesAreVerifiedByTheirChecksums() {
        assertThat(Indicator.wallet("bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").value()).isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assertThat(Indicator.wallet("BTC", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy").chain()).isEqualTo("BTC");
        assertThat(Indicator.wallet("BTC", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ").value())
                .isEqualTo("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).hasMessageContaining("checksum fails");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")).hasMessageContaining("checksum fails");
        assertThatThrownBy(() -> Indicator.wallet("BTC", "0A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).hasMessageContaining("not a base58 character");
    }

    @Test
    void ethereumAddressIsStoredWithItsEip55Checksum() {
        Indicator wallet = Indicator.wallet("eth", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");

        assertThat(wallet.value()).isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(wallet.lookupKey()).isEqualTo("WETH:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThatThrownBy(() -> Indicator.wallet("ETH", "0x1234")).hasMessageContaining("0x and 40 hex digits");
    }

    @Test
    void tronAddressIsVerified() {
        assertThat(Indicator.wallet("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").value()).isEqualTo("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }

    @Test
    void otherChainsAreCheckedForShapeOnly() {
        assertThat(Indicator.wallet("XMR", "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A")
                .chain()).isEqualTo("XMR");
        assertThatThrownBy(() -> Indicator.wallet("XMR", "short")).hasMessageContaining("20 to 128");
        assertThatThrownBy(() -> Indicator.wallet("", "x")).hasMessageContaining("chain is required");
    }

    @Test
    void kindsNeverShareALookupKey() {
        assertThat(Indicator.domain("example.org").lookupKey()).isNotEqualTo(Indicator.email("a@example.org").lookupKey());
        assertThat(Indicator.of(IndicatorKind.DOMAIN, "example.org")).isEqualTo(Indicator.domain("EXAMPLE.org"));
        assertThatThrownBy(() -> Indicator.of(IndicatorKind.CRYPTO_WALLET, "x")).hasMessageContaining("needs its chain");
    }
}
