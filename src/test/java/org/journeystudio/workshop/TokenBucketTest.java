package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class TokenBucketTest {
    private final FakeNanoClock clock = new FakeNanoClock();
    private final TokenBucket bucket = new TokenBucket(new WorkshopSettings.RateLimit(2, 3), clock);

    @Test
    void aFullBucketAllowsItsBurstAndThenNothingUntilTimePasses() {
        assertThat(takes(10)).isEqualTo(3);
        assertThat(bucket.hasToken()).isFalse();
        assertThat(bucket.isFull()).isFalse();
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        takes(3);
        clock.advance(Duration.ofMillis(499));
        assertThat(bucket.tryTake()).as("2 per second: not one before 500 ms").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(bucket.isFull()).isTrue();
        assertThat(takes(10)).as("an hour's rest still gives only the burst").isEqualTo(3);
    }

    @Test
    void lookingDoesNotTake() {
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.hasToken()).isTrue();
        }
        assertThat(takes(10)).isEqualTo(3);
    }

    @Test
    void aSteadyStreamGetsTheRatePerSecondAfterTheBurst() {
        int taken = 0;
        for (int ms = 0; ms < 60_000; ms += 10) {
            taken += bucket.tryTake() ? 1 : 0;
            clock.advance(Duration.ofMillis(10));
        }
        assertThat(taken).as("3 at once, then 2 a second for a minute").isBetween(3 + 119, 3 + 120);
    }

    private int takes(int tries) {
        int taken = 0;
        for (int i = 0; i < tries; i++) {
            taken += bucket.tryTake() ? 1 : 0;
        }
        return taken;
    }
}
