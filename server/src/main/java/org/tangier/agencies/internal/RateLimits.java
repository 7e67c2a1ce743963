package org.tangier.agencies.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per source address and per account for logins, per caller for screening, and a cap on
 * the password comparisons running at once. Each answer is empty when the request may go on, or the seconds to
 * wait. Buckets live in this node's memory: a cluster of n nodes allows up to n times the limits.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimits {

    /** Addresses are chosen by the caller: past this many, the map starts over rather than grow without end. */
    private static final int MAX_KEYS = 100_000;

    private final RateLimitSettings settings;
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byCaller = new ConcurrentHashMap<>();
    private final Semaphore hashing;

    RateLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.hashing = new Semaphore(settings.passwordHashThreads(), true);
    }

    OptionalLong loginFrom(String address) {
        return take(byAddress, address, settings.loginsPerAddressPerMinute(), Duration.ofMinutes(1));
    }

    /** By the username tried; a flood of made-up names is held back by the address limit first. */
    OptionalLong loginAs(String username) {
        return take(byAccount, username, settings.loginsPerUserPerMinute(), Duration.ofMinutes(1));
    }

    OptionalLong screening(String caller) {
        int perSecond = settings.screeningPerClientPerSecond();
        return perSecond == 0 ? OptionalLong.empty() : take(byCaller, caller, perSecond, Duration.ofSeconds(1));
    }

    /**
     * Runs a password comparison when one of the slots frees up within a few seconds; a login that finds none is
     * refused as throttled rather than queue behind a flood.
     */
    boolean compare(BooleanSupplier comparison) {
        try {
            if (!hashing.tryAcquire(5, TimeUnit.SECONDS)) {
                throw new LoginThrottled(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottled(1);
        }
        try {
            return comparison.getAsBoolean();
        } finally {
            hashing.release();
        }
    }

    private static OptionalLong take(Map<String, Bucket> buckets, String key, int capacity, Duration period) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key == null ? "" : key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
    }
}
