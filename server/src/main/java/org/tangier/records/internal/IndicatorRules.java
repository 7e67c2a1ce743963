package org.tangier.records.internal;

import java.util.Map;
import org.tangier.matching.identifier.Indicator;
import org.tangier.matching.identifier.IndicatorKind;
import org.tangier.platform.ProblemException;

/**
 * Validates and normalises an indicator by kind with the matching engine's rules, so that the stored value is the
 * same key screening looks up.
 */
class IndicatorRules {

    static final Map<String, IndicatorKind> KINDS = Map.of("phone", IndicatorKind.PHONE, "email", IndicatorKind.EMAIL,
            "crypto-wallet", IndicatorKind.CRYPTO_WALLET, "domain", IndicatorKind.DOMAIN, "ip-address",
            IndicatorKind.IP_ADDRESS, "bank-account", IndicatorKind.BANK_ACCOUNT);

    record Normalised(String kind, String value, String chain) {
    }

    Normalised normalise(String kind, String value, String chain) {
        String k = RecordRules.oneOf(kind, KINDS.keySet(), "kind");
        String v = RecordRules.required(value, "value", 200);
        try {
            Indicator indicator = KINDS.get(k) == IndicatorKind.CRYPTO_WALLET
                    ? Indicator.wallet(RecordRules.required(chain, "chain", 20), v)
                    : Indicator.of(KINDS.get(k), v);
            return new Normalised(k, indicator.value(), indicator.chain().isEmpty() ? null : indicator.chain());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(KINDS.get(k) == IndicatorKind.CRYPTO_WALLET && chain == null ? "chain" : "value",
                    e, "records.indicator-invalid");
        }
    }
}
