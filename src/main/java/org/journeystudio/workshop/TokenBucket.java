package org.journeystudio.workshop;

import java.util.function.LongSupplier;

/** A token bucket: allows a burst, then a steady rate; the clock is injectable so tests need not sleep. */
final class TokenBucket {
    private final WorkshopSettings.RateLimit limit;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;

    TokenBucket(WorkshopSettings.RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.tokens = limit.burst();
        this.refilledAt = nanoClock.getAsLong();
    }

    /** Takes one token if there is one. */
    synchronized boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether a token is there, without taking it. */
    synchronized boolean hasToken() {
        refill();
        return tokens >= 1;
    }

    /** Whether the bucket is full again: such buckets carry no memory and can be forgotten. */
    synchronized boolean isFull() {
        refill();
        return tokens >= limit.burst();
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(limit.burst(), tokens + (now - refilledAt) / 1e9 * limit.perSecond());
        refilledAt = now;
    }
}
