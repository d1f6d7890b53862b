package org.journeystudio.workshop;

import java.util.function.LongSupplier;

/**
 * Throttles PIN guessing, per network address and over all addresses. A wrong PIN is only answered as wrong once it
 * has taken a token from its address's bucket and then from the overall one, each check-and-take one atomic step:
 * a hundred guesses sent in parallel cannot all pass a check before any of them is counted. A right PIN takes no
 * token but is held back like a wrong one while either bucket is empty, so a throttled guesser learns nothing.
 */
final class PinGuard {
    private final RateLimiter perAddress;
    private final TokenBucket overall;

    PinGuard(WorkshopSettings.RateLimit perAddress, WorkshopSettings.RateLimit overall, LongSupplier nanoClock) {
        this.perAddress = new RateLimiter(perAddress, nanoClock);
        this.overall = new TokenBucket(overall, nanoClock);
    }

    /** Whether a join from {@code address} may be answered now; false means 429, whatever the PIN. */
    boolean admits(String address, boolean rightPin) {
        if (rightPin) {
            return perAddress.hasToken(address) && overall.hasToken();
        }
        // The address's own bucket first: one address refused there cannot drain the room's overall bucket.
        return perAddress.tryTake(address) && overall.tryTake();
    }
}
