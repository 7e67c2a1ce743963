package org.tangier.analysis.internal;

/**
 * An edge of the link graph. Compared by identity, as JGraphT expects of edge objects, so two edges of different
 * kinds between the same pair both stay.
 *
 * @param kind link (explicit record link), subject (of a notice), hit, watched (by an operation), same-identifier,
 *             same-checkpoint, possibly-same-person
 * @param explanation why the edge exists, in words a viewer of both ends may read
 */
final class GraphEdge {

    private final String source;
    private final String target;
    private final String kind;
    private final String explanation;

    GraphEdge(String source, String target, String kind, String explanation) {
        this.source = source;
        this.target = target;
        this.kind = kind;
        this.explanation = explanation;
    }

    String source() {
        return source;
    }

    String target() {
        return target;
    }

    String kind() {
        return kind;
    }

    String explanation() {
        return explanation;
    }

    String other(String end) {
        return source.equals(end) ? target : source;
    }
}
