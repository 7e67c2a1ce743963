package org.tangier.hits;

import java.util.Objects;
import java.util.UUID;

/**
 * A hit as a check found it: the record hit, the notice in force on it, what the checker was told and how the match
 * came about, and the check's circumstances.
 *
 * @param notice      the notice or diffusion in force on the record; null for an object screened by itself (a stolen
 *                    document, vehicle or firearm)
 * @param instruction the owner's instruction as shown to the checker (arrest, locate, do-not-alert, contact-owner)
 * @param matchedOn   what matched: name, document, mrz, vin, plate, firearm, indicator, fingerprint, probing
 */
public record NewHit(Subject subject, Notice notice, String instruction, double score, String matchedOn,
        CheckContext check) {

    /**
     * The record hit.
     *
     * @param caption        the record's caption, for the owner
     * @param checkerCaption the caption as the checking agency may see it: null when the owner's restriction refuses it
     */
    public record Subject(UUID recordId, String recordType, String ownerAgency, String caption, String checkerCaption) {

        public Subject {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(recordType, "recordType");
            Objects.requireNonNull(ownerAgency, "ownerAgency");
        }
    }

    /** The notice in force on the record: its id and type (RED, YELLOW...), which sets the hit's priority. */
    public record Notice(UUID id, String type) {
    }

    public NewHit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(matchedOn, "matchedOn");
        Objects.requireNonNull(check, "check");
    }

    public UUID noticeId() {
        return notice == null ? null : notice.id();
    }

    public String noticeType() {
        return notice == null ? null : notice.type();
    }
}
