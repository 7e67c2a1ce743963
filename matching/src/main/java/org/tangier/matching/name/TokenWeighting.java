package org.tangier.matching.name;

/** Gives a name part its weight: how much finding it proves, given how common it is. */
interface TokenWeighting {
    double weight(NameToken token);

    /** Built-in frequencies only, for scoring without an index. */
    TokenWeighting DEFAULT = t -> t.connector ? 0 : t.initial ? NameFrequencies.initialWeight()
            : NameFrequencies.weight(NameFrequencies.prior(t.skeleton), 0, 0);
}
