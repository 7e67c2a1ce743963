package org.tangier.faces;

/** A point in image pixels. */
public record Point(double x, double y) {
}
