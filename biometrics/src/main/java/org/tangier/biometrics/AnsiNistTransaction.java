package org.tangier.biometrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An ANSI/NIST-ITL transaction reduced to what enrolment and search need: the type-1 header, the type-2
 * descriptive text, the fingerprint images of its type-4 and type-14 records and the latent images of its type-13
 * records, each with the record it came from so that a refusal can name it.
 *
 * @param version            1.002, e.g. "0400" or "0500"
 * @param transactionType    1.004, e.g. "CAR" (criminal ten-print submission); agencies define their own
 * @param date               1.005, YYYYMMDD
 * @param originatingAgency  1.008 (ORI)
 * @param destinationAgency  1.007 (DAI)
 * @param controlNumber      1.009 (TCN)
 * @param descriptiveText    fields of each type-2 record by field number (2.001 is 1); their meaning is domain-defined
 * @param fingerprints       one sample per type-4 or type-14 record, in file order
 * @param fingerprintRecords for each fingerprint, the record it came from, e.g. "type-14 record (IDC 3)"
 * @param latents            one sample per type-13 record (latent friction-ridge image), in file order
 * @param latentRecords      for each latent, the record it came from
 * @param recordTypes        the type of every record, in file order (1 first)
 */
public record AnsiNistTransaction(String version, String transactionType, String date, String originatingAgency,
                                  String destinationAgency, String controlNumber,
                                  List<Map<Integer, String>> descriptiveText, List<FingerprintSample> fingerprints,
                                  List<String> fingerprintRecords, List<FingerprintSample> latents,
                                  List<String> latentRecords, List<Integer> recordTypes) {

    public AnsiNistTransaction {
        descriptiveText = List.copyOf(Objects.requireNonNull(descriptiveText, "descriptiveText"));
        fingerprints = List.copyOf(Objects.requireNonNull(fingerprints, "fingerprints"));
        fingerprintRecords = List.copyOf(Objects.requireNonNull(fingerprintRecords, "fingerprintRecords"));
        latents = List.copyOf(Objects.requireNonNull(latents, "latents"));
        latentRecords = List.copyOf(Objects.requireNonNull(latentRecords, "latentRecords"));
        recordTypes = List.copyOf(Objects.requireNonNull(recordTypes, "recordTypes"));
        if (fingerprintRecords.size() != fingerprints.size() || latentRecords.size() != latents.size()) {
            throw new IllegalArgumentException("every fingerprint and latent needs the record it came from");
        }
    }

    /** The fingerprints that image one known finger (rolled or plain), leaving out slaps and unknown positions. */
    public List<FingerprintSample> singleFingers() {
        return fingerprints.stream().filter(sample -> sample.position().isKnownFinger()).toList();
    }

    /** True when the transaction carries at least one fingerprint or latent image that Tangier reads. */
    public boolean hasFingerprints() {
        return !fingerprints.isEmpty() || !latents.isEmpty();
    }

    /**
     * Why a transaction without any usable fingerprint record is refused, naming the record types it does hold,
     * e.g. "the ANSI/NIST-ITL transaction holds no fingerprint record (type 4, 13 or 14); its records are of type 1,
     * 2, 10".
     */
    public String noFingerprintMessage() {
        Set<Integer> types = new TreeSet<>(recordTypes);
        StringBuilder message = new StringBuilder("the ANSI/NIST-ITL transaction holds no fingerprint record (type 4, 13 or 14); its records are of type ");
        message.append(types.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        if (types.contains(3) || types.contains(5) || types.contains(6)) {
            message.append("; type-3, 5 and 6 low-resolution and binary fingerprint images are not read: send them as type 4 or 14");
        }
        return message.toString();
    }
}
