package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** PIN guessing against the standard limits, on a clock the test moves: how many wrong guesses get answered. */
@FastTest
class PinGuardTest {
    private static final WorkshopSettings ROOM = WorkshopSettings.standard();

    private final FakeNanoClock clock = new FakeNanoClock();
    private final PinGuard guard = new PinGuard(ROOM.wrongPins(), ROOM.wrongPinsOverall(), clock);

    @Test
    void oneAddressGuessingNonStopGetsTheBurstAndTwelveInTheFirstMinuteThenTwelve() {
        // The burst of 5, then one every 5 s (the last of the minute falls on the 60th second, just outside).
        assertThat(minuteOfGuessing(1, Duration.ofMillis(100))).isBetween(5 + 11, 5 + 12);
        for (int minute = 2; minute <= 10; minute++) {
            assertThat(minuteOfGuessing(1, Duration.ofMillis(100))).as("minute %d", minute).isEqualTo(12);
        }
    }

    @Test
    void manyAddressesTogetherGetThreeHundredAnswersAMinute() {
        // 100 addresses could each have 12 a minute; the overall bucket holds them to 5 a second.
        assertThat(minuteOfGuessing(100, Duration.ofSeconds(1))).isBetween(300, 30 + 300);
        int lastHour = 0;
        for (int minute = 2; minute <= 61; minute++) {
            int answered = minuteOfGuessing(100, Duration.ofSeconds(1));
            assertThat(answered).as("minute %d", minute).isEqualTo(300);
            lastHour += answered;
        }
        assertThat(lastHour).as("an hour of guessing tries 1.8 % of the million PINs").isEqualTo(18_000);
    }

    @Test
    void aThrottledGuesserIsHeldBackEvenWithTheRightPin() {
        wrongGuessesAnswered(1, 100);
        assertThat(guard.admits(address(0), true)).isFalse();
        assertThat(guard.admits(address(1), true)).as("another phone in the room is not").isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(guard.admits(address(0), true)).isTrue();
    }

    @Test
    void theRightPinTakesNoToken() {
        for (int i = 0; i < 1000; i++) {
            assertThat(guard.admits(address(0), true)).isTrue();
        }
        assertThat(wrongGuessesAnswered(1, 100)).isEqualTo(5);
    }

    @Test
    void parallelGuessesAreCountedBeforeAnyIsAnswered() throws Exception {
        // 64 threads × 50 guesses from one address at one instant: exactly the burst is answered, not more.
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answered = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                answered.add(pool.submit(() -> {
                    go.await();
                    int count = 0;
                    for (int i = 0; i < 50; i++) {
                        count += guard.admits(address(0), false) ? 1 : 0;
                    }
                    return count;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> count : answered) {
                total += count.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends {@code perAddress} wrong guesses from each of {@code addresses} addresses; returns how many pass. */
    private int wrongGuessesAnswered(int addresses, int perAddress) {
        int answered = 0;
        for (int round = 0; round < perAddress; round++) {
            for (int a = 0; a < addresses; a++) {
                answered += guard.admits(address(a), false) ? 1 : 0;
            }
        }
        return answered;
    }

    /** One minute in which each of {@code addresses} sends a wrong guess every {@code every}; how many pass. */
    private int minuteOfGuessing(int addresses, Duration every) {
        int answered = 0;
        for (long at = 0; at < Duration.ofMinutes(1).toNanos(); at += every.toNanos()) {
            answered += wrongGuessesAnswered(addresses, 1);
            clock.advance(every);
        }
        return answered;
    }

    private static String address(int a) {
        return "10.1." + a / 256 + "." + a % 256;
    }
}
