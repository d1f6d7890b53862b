package org.journeystudio.workshop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One token bucket per key (a participant, a network address); forgets full buckets so memory stays bounded. */
final class RateLimiter {
    private static final int FORGET_ABOVE = 10_000;

    private final WorkshopSettings.RateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(WorkshopSettings.RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    RateLimiter(WorkshopSettings.RateLimit limit) {
        this(limit, System::nanoTime);
    }

    /** Takes one request's token for {@code key}; false means the caller should be told to slow down. */
    boolean tryTake(String key) {
        return bucket(key).tryTake();
    }

    /** Whether {@code key} has a token left, without using it. */
    boolean hasToken(String key) {
        return bucket(key).hasToken();
    }

    private TokenBucket bucket(String key) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(limit, nanoClock));
    }
}
