package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class RateLimiterTest {
    private final FakeNanoClock clock = new FakeNanoClock();
    private final RateLimiter limiter = new RateLimiter(new WorkshopSettings.RateLimit(1, 2), clock);

    @Test
    void eachKeyHasABucketOfItsOwn() {
        assertThat(limiter.tryTake("10.0.0.1")).isTrue();
        assertThat(limiter.tryTake("10.0.0.1")).isTrue();
        assertThat(limiter.tryTake("10.0.0.1")).isFalse();
        assertThat(limiter.hasToken("10.0.0.1")).isFalse();
        assertThat(limiter.tryTake("10.0.0.2")).as("another address is not slowed down").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryTake("10.0.0.1")).isTrue();
        assertThat(limiter.tryTake("10.0.0.1")).isFalse();
    }

    @Test
    void forgettingFullBucketsKeepsAnEmptyOneEmpty() {
        limiter.tryTake("attacker");
        limiter.tryTake("attacker");
        // Many one-off keys make the limiter forget full buckets; the attacker's empty bucket must stay empty.
        for (int i = 0; i < 10_050; i++) {
            limiter.hasToken("phone-" + i);
        }
        assertThat(limiter.tryTake("attacker")).isFalse();
    }
}
