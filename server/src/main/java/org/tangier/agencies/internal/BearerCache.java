package org.tangier.agencies.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;

/**
 * Remembers, for a few seconds, whom a bearer secret stands for. Without it every API call read the token, the user
 * and the agency from the database: three queries and three pool checkouts per screening check, most of a check's
 * cost. Any change on this node to a user, client, token or agency forgets everything at once; another node sharing
 * the database sees a revocation after at most {@code tangier.auth.bearer-cache} (5 s by default, 0 switches the
 * cache off). Refusals are never remembered, so a new token works at once.
 */
@Component
class BearerCache {

    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AuthSettings settings;
    private final Clock clock;

    BearerCache(AuthSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The caller for the secret's hash, from memory while fresh, else from {@code load} (and remembered). */
    Optional<Caller> get(String hash, Supplier<Optional<Caller>> load) {
        if (settings.bearerCache().isZero()) {
            return load.get();
        }
        Instant now = clock.instant();
        Entry entry = entries.get(hash);
        if (entry != null && now.isBefore(entry.until())) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> caller = load.get();
        if (caller.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(hash, new Entry(caller.get(), now.plus(settings.bearerCache())));
        } else if (entry != null) {
            entries.remove(hash);
        }
        return caller;
    }

    /** Called by every store write that could end or narrow someone's access. */
    void forgetAll() {
        entries.clear();
    }

    private record Entry(Caller caller, Instant until) {
    }
}
