package org.tangier.matching.name;

/** The screening outcome shown to the border officer. */
public enum Verdict { HIT, POSSIBLE, NO_HIT }
