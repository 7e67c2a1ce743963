package org.tangier.matching.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * A phone number, e-mail address, crypto-currency wallet, domain, IP address or bank account, validated and in
 * canonical form, so that the same indicator written two ways is one key.
 *
 * <table>
 * <caption>canonical forms</caption>
 * <tr><td>PHONE</td><td>E.164: {@code +} and 7-15 digits, e.g. {@code +212612345678}</td></tr>
 * <tr><td>EMAIL</td><td>local part as typed, domain in lower-case ASCII (IDN as punycode)</td></tr>
 * <tr><td>CRYPTO_WALLET</td><td>the address, with {@link #chain()} its ticker; bech32 and CashAddr in lower case, EVM hex EIP-55 checksummed</td></tr>
 * <tr><td>DOMAIN</td><td>lower-case ASCII, punycode for IDN, no trailing dot</td></tr>
 * <tr><td>IP_ADDRESS</td><td>dotted IPv4, or IPv6 as RFC 5952 writes it</td></tr>
 * <tr><td>BANK_ACCOUNT</td><td>an IBAN without blanks, or a national account number's letters and digits</td></tr>
 * </table>
 *
 * @param kind  the kind of indicator
 * @param value the canonical value
 * @param chain the wallet's chain ticker (BTC, ETH...), empty for every other kind
 */
public record Indicator(IndicatorKind kind, String value, String chain) {

    public Indicator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(chain, "chain");
        if (value.isEmpty()) {
            throw new InvalidIdentifierException("an indicator value is required");
        }
        if ((kind == IndicatorKind.CRYPTO_WALLET) == chain.isEmpty()) {
            throw new IllegalArgumentException("a chain goes with crypto wallets, and only with them");
        }
    }

    /** An international number ({@code +...} or {@code 00...}). */
    public static Indicator phone(String raw) {
        return new Indicator(IndicatorKind.PHONE, PhoneNumbers.normalise(raw, null), "");
    }

    /** A number that may be written the national way, as dialled in {@code defaultCountry} (ISO alpha-2 or alpha-3). */
    public static Indicator phone(String raw, String defaultCountry) {
        return new Indicator(IndicatorKind.PHONE, PhoneNumbers.normalise(raw, defaultCountry), "");
    }

    public static Indicator email(String raw) {
        return new Indicator(IndicatorKind.EMAIL, EmailAddresses.normalise(raw), "");
    }

    /** A wallet on {@code chain}: a ticker (BTC, ETH, LTC, TRX, XRP...) or a name (bitcoin, ethereum...). */
    public static Indicator wallet(String chain, String address) {
        String ticker = CryptoWallets.chain(chain);
        return new Indicator(IndicatorKind.CRYPTO_WALLET, CryptoWallets.normalise(ticker, address), ticker);
    }

    public static Indicator domain(String raw) {
        return new Indicator(IndicatorKind.DOMAIN, DomainNames.normalise(raw), "");
    }

    public static Indicator ipAddress(String raw) {
        return new Indicator(IndicatorKind.IP_ADDRESS, IpAddresses.normalise(raw), "");
    }

    /** An IBAN (checked against ISO 13616: length for its country and mod-97), or a national account number. */
    public static Indicator bankAccount(String raw) {
        return new Indicator(IndicatorKind.BANK_ACCOUNT, BankAccounts.normalise(raw), "");
    }

    /** Any kind but wallets (which need a chain) from its text, for forms with a kind selector. */
    public static Indicator of(IndicatorKind kind, String raw) {
        return switch (kind) {
            case PHONE -> phone(raw);
            case EMAIL -> email(raw);
            case DOMAIN -> domain(raw);
            case IP_ADDRESS -> ipAddress(raw);
            case BANK_ACCOUNT -> bankAccount(raw);
            case CRYPTO_WALLET -> throw new InvalidIdentifierException("a crypto wallet needs its chain: use wallet(chain, address)");
        };
    }

    /**
     * The key for {@code KeyIndex}: the kind's letter, the chain for wallets, and the value; e-mail addresses
     * in lower case throughout, because mail providers ignore the case of the local part in practice and a
     * screening hit on case alone is worth seeing.
     */
    public String lookupKey() {
        String v = kind == IndicatorKind.EMAIL ? value.toLowerCase(Locale.ROOT) : value;
        return kind == IndicatorKind.CRYPTO_WALLET ? kind.keyPrefix() + chain + ":" + v : kind.keyPrefix() + v;
    }

    @Override
    public String toString() {
        return kind == IndicatorKind.CRYPTO_WALLET ? chain + " " + value : value;
    }
}
