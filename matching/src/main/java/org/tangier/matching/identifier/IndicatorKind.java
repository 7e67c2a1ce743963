package org.tangier.matching.identifier;

/** The kinds of indicator a record can carry; the letter prefixes the index key, so kinds never collide. */
public enum IndicatorKind {
    PHONE('T'),
    EMAIL('E'),
    CRYPTO_WALLET('W'),
    DOMAIN('D'),
    IP_ADDRESS('I'),
    BANK_ACCOUNT('B');

    private final char keyPrefix;

    IndicatorKind(char keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    char keyPrefix() {
        return keyPrefix;
    }
}
