package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.identifier.FirearmKey;
import org.tangier.matching.identifier.Indicator;
import org.tangier.matching.identifier.IndicatorKind;
import org.tangier.matching.identifier.PlateKey;
import org.tangier.matching.identifier.Vin;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * The keys a document, vehicle, firearm, indicator or person identifier is screened by: the normalised key of the
 * matching library behind a one-letter prefix, so that kinds of key never collide in the one key index. A check
 * builds its key with the same function the record was indexed with.
 */
final class ScreeningKeys {

    private static final Logger log = LoggerFactory.getLogger(ScreeningKeys.class);

    static final String DOCUMENT = "D", VIN = "V", PLATE = "P", FIREARM = "F", SERIAL = "S", INDICATOR = "I";

    private ScreeningKeys() {
    }

    /** Every key of the record; a record whose identifiers cannot be normalised is logged and keyed by the rest. */
    static String[] keysOf(RecordSnapshot record) {
        List<String> list = new ArrayList<>(2);
        try {
            switch (record.details()) {
                case PersonDetails p -> {
                    for (PersonDetails.Identifier id : p.identifiers()) {
                        if (id.number() != null && id.issuingCountry() != null) {
                            addQuietly(list, () -> documentKey(id.issuingCountry(), id.number()));
                        }
                    }
                }
                case TravelDocumentDetails d -> list.add(documentKey(d.issuingCountry(), d.number()));
                case VehicleDetails v -> {
                    if (v.vin() != null && !v.vin().isBlank()) {
                        addQuietly(list, () -> vinKey(v.vin()));
                    }
                    if (v.plate() != null && !v.plate().isBlank() && v.registrationCountry() != null) {
                        addQuietly(list, () -> plateKey(v.registrationCountry(), v.plate()));
                    }
                }
                case FirearmDetails f -> {
                    FirearmKey key = FirearmKey.of(f.make(), f.serialNumber());
                    list.add(FIREARM + key.lookupKey());
                    list.add(SERIAL + key.serialKey());
                }
                case IndicatorDetails i -> list.add(indicatorKey(i.kind(), i.value(), i.chain()));
            }
        } catch (RuntimeException e) {
            log.warn("Record {} ({}) cannot be keyed for screening: {}", record.id(), record.type().id(), e.getMessage());
        }
        return list.stream().distinct().toArray(String[]::new);
    }

    private static void addQuietly(List<String> list, Supplier<String> key) {
        try {
            list.add(key.get());
        } catch (RuntimeException e) {
            log.debug("identifier skipped: {}", e.getMessage());
        }
    }

    static String documentKey(String country, String number) {
        return DOCUMENT + DocumentKey.of(country, number).lookupKey();
    }

    static String vinKey(String vin) {
        return VIN + Vin.of(vin).lookupKey();
    }

    static String plateKey(String country, String plate) {
        return PLATE + PlateKey.of(country, plate).lookupKey();
    }

    static String firearmKey(String make, String serial) {
        FirearmKey key = FirearmKey.of(make, serial);
        return make == null || make.isBlank() ? SERIAL + key.serialKey() : FIREARM + key.lookupKey();
    }

    static String indicatorKey(String kind, String value, String chain) {
        IndicatorKind k = indicatorKind(kind);
        Indicator indicator = k == IndicatorKind.CRYPTO_WALLET ? Indicator.wallet(chain, value) : Indicator.of(k, value);
        return INDICATOR + indicator.kind().name() + ":" + indicator.chain() + ":" + indicator.value();
    }

    static IndicatorKind indicatorKind(String kind) {
        if (kind == null) {
            throw new IllegalArgumentException("an indicator needs its kind: phone, email, crypto-wallet, domain, ip-address or bank-account");
        }
        String k = kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (IndicatorKind candidate : IndicatorKind.values()) {
            if (candidate.name().equals(k)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("'" + kind + "' is not an indicator kind: phone, email, crypto-wallet, domain, ip-address or bank-account");
    }
}
