package org.tangier.fault;

/** The findings of issue 13 the suite replays against a running server, each with what it must observe. */
enum Scenario {
    KILL_9("kill -9 right after HIT answers", "0 hits and 0 audit entries lost, chain intact"),
    POOL_2X("HIT checks at 2x the pool size", "0 x 500, 0 stalls (503 + Retry-After allowed)"),
    POOL_5X("HIT checks at 5x the pool size", "0 x 500, 0 stalls (503 + Retry-After allowed)"),
    BATCH_POISONING("honest work beside hostile audit entries", "0 honest failures, 0 hostile 5xx but 503 shed"),
    OVERSIZED_BODIES("20 MB +json / text/plain MRZ bodies", "413/415 only, RSS growth < 256 MB"),
    PROBING("refused agency probes a record refused to it", "no score; alike once the budget is spent");

    final String title;
    final String expected;

    Scenario(String title, String expected) {
        this.title = title;
        this.expected = expected;
    }
}
