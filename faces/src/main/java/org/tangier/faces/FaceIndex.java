package org.tangier.faces;

import java.util.List;

/** A 1:N gallery of face templates, several per subject allowed; searches answer each subject once, best first. */
public interface FaceIndex {

    void add(String subjectId, FaceTemplate template);

    /** Removes every template of the subject; true when there was one. */
    boolean remove(String subjectId);

    int size();

    /** The subjects whose best template scores at least {@code minScore}, best first, at most {@code limit}. */
    List<FaceCandidate> search(FaceTemplate probe, int limit, double minScore);

    /** Bytes the gallery holds per template, vectors and bookkeeping, without the subject id strings. */
    long bytesPerTemplate();
}
