package org.tangier.biometrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ANSI/NIST-ITL transaction reduced to what enrolment and search need: the type-1 header, the type-2
 * descriptive text, and the fingerprint images of its type-4 and type-14 records.
 *
 * @param version            1.002, e.g. "0400" or "0500"
 * @param transactionType    1.004, e.g. "CAR" (criminal ten-print submission); agencies define their own
 * @param date               1.005, YYYYMMDD
 * @param originatingAgency  1.008 (ORI)
 * @param destinationAgency  1.007 (DAI)
 * @param controlNumber      1.009 (TCN)
 * @param descriptiveText    fields of each type-2 record by field number (2.001 is 1); their meaning is domain-defined
 * @param fingerprints       one sample per type-4 or type-14 record, in file order
 */
public record AnsiNistTransaction(String version, String transactionType, String date, String originatingAgency,
                                  String destinationAgency, String controlNumber,
                                  List<Map<Integer, String>> descriptiveText, List<FingerprintSample> fingerprints) {

    public AnsiNistTransaction {
        descriptiveText = List.copyOf(Objects.requireNonNull(descriptiveText, "descriptiveText"));
        fingerprints = List.copyOf(Objects.requireNonNull(fingerprints, "fingerprints"));
    }

    /** The fingerprints that image one known finger (rolled or plain), leaving out slaps and unknown positions. */
    public List<FingerprintSample> singleFingers() {
        return fingerprints.stream().filter(sample -> sample.position().isKnownFinger()).toList();
    }
}
