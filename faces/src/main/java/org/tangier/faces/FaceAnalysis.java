package org.tangier.faces;

/**
 * What the engine made of an image: the quality of its largest face and, when a face was found, its template (even
 * when the quality refuses it, so that a caller may explain or override; enrolment does not).
 */
public record FaceAnalysis(FaceQuality quality, FaceTemplate template) {

    public boolean accepted() {
        return quality.accepted() && template != null;
    }
}
