package org.tangier.hits;

import java.util.Objects;
import java.util.UUID;

/**
 * A hit as a check found it.
 *
 * @param recordCaption   the record's caption, for the owner
 * @param checkerCaption  the caption as the checking agency may see it: null when the owner's restriction refuses it
 * @param noticeId        the notice or diffusion in force on the record; null for an object screened by itself
 *                        (a stolen document, vehicle or firearm)
 * @param noticeType      RED, YELLOW... null without a notice
 * @param instruction     the owner's instruction as shown to the checker (arrest, locate, do-not-alert, contact-owner)
 * @param matchedOn       what matched: name, document, mrz, vin, plate, firearm, indicator
 * @param querySummary    what the checker asked, in short
 */
public record NewHit(UUID recordId, String recordType, String recordCaption, String checkerCaption, String ownerAgency,
        UUID noticeId, String noticeType, String instruction, double score, String matchedOn, String querySummary,
        String purpose, String locationCode, String locationCountry) {

    public NewHit {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(ownerAgency, "ownerAgency");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(matchedOn, "matchedOn");
        Objects.requireNonNull(querySummary, "querySummary");
        Objects.requireNonNull(purpose, "purpose");
    }
}
