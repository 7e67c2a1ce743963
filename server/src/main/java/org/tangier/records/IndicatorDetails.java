package org.tangier.records;

/**
 * A selector linked to crime: phone (E.164), e-mail, crypto wallet (with its chain), domain, IP address, bank
 * account or IBAN. Stored normalised, so that the same selector written two ways is one key.
 *
 * @param kind phone, email, crypto-wallet, domain, ip-address, bank-account
 * @param chain for crypto wallets: BTC, ETH, TRX...
 */
public record IndicatorDetails(String kind, String value, String chain, String remarks) implements RecordDetails {

    @Override
    public RecordType type() {
        return RecordType.INDICATOR;
    }

    @Override
    public String caption() {
        return kind + " " + (chain == null ? "" : chain + ":") + value;
    }
}
