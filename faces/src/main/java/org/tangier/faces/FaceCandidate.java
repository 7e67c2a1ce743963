package org.tangier.faces;

/** A subject in the gallery and its best similarity to the probe. */
public record FaceCandidate(String subjectId, double score) {
}
