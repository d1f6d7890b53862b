package org.journeystudio.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * A room of simulated phones, all at once on loopback: each joins with the PIN, then rates every touchpoint in
 * turn (segment and rating varied by participant), timing every request. Used by the load benchmark and its test.
 */
final class RoomLoad {
    private final URI address;
    private final String pin;
    private final List<String> touchpointIds;
    private final HttpClient http;

    RoomLoad(URI address, String pin, JourneyMap map) {
        this.address = address;
        this.pin = pin;
        this.touchpointIds = map.customerTouchpoints().stream().map(Touchpoint::id).toList();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Runs {@code participants} phones at once; returns every request's time, or fails on any refusal. With
     * {@code pace}, phones join spread over its first interval and think between ratings as people do; without,
     * every phone sends its next request the moment the last one is answered (a saturation test).
     */
    Result run(int participants, Duration limit, Pace pace) throws Exception {
        ExecutorService phones = Executors.newFixedThreadPool(participants);
        CountDownLatch ready = new CountDownLatch(participants);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> timings = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            int participant = p;
            timings.add(phones.submit(() -> {
                ready.countDown();
                go.await();
                return participate(participant, pace);
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        List<Long> all = new ArrayList<>();
        try {
            for (Future<long[]> timing : timings) {
                for (long nanos : timing.get(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    all.add(nanos);
                }
            }
        } finally {
            phones.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        return new Result(all.stream().mapToLong(Long::longValue).sorted().toArray(), elapsed);
    }

    private long[] participate(int participant, Pace pace) throws Exception {
        java.util.Random random = new java.util.Random(participant);
        long[] times = new long[touchpointIds.size() + 1];
        if (pace != null) {
            Thread.sleep((long) (random.nextDouble() * pace.joinSpread().toMillis()));
        }
        String joined = send("POST", "/api/join", null, "{\"pin\":\"" + pin + "\"}", times, 0);
        String token = joined.substring(joined.indexOf("\"token\":\"") + 9);
        token = token.substring(0, token.indexOf('"'));
        String segment = participant % 3 == 0 ? "null" : participant % 3 == 1 ? "\"seg-a\"" : "\"seg-b\"";
        for (int i = 0; i < touchpointIds.size(); i++) {
            if (pace != null) {
                long think = pace.thinkMin().toMillis();
                Thread.sleep(think + (long) (random.nextDouble() * (pace.thinkMax().toMillis() - think)));
            }
            int rating = 1 + (participant + i) % 5;
            send("PUT", "/api/answers", token, "{\"touchpointId\":\"" + touchpointIds.get(i) + "\",\"segmentId\":"
                    + segment + ",\"rating\":" + rating + "}", times, i + 1);
        }
        return times;
    }

    private String send(String method, String path, String token, String body, long[] times, int slot)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header(ParticipantApi.TOKEN_HEADER, token);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        times[slot] = System.nanoTime() - start;

        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** How people use the page: when they join, and how long they look at a card before rating it. */
    record Pace(Duration joinSpread, Duration thinkMin, Duration thinkMax) {
    }

    /** Every request's duration in nanoseconds, sorted, and the wall time of the whole run. */
    record Result(long[] sortedNanos, long elapsedNanos) {
        double percentileMillis(double p) {
            int index = (int) Math.ceil(p / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }

        int requests() {
            return sortedNanos.length;
        }

        @Override
        public String toString() {
            return "Result" + Arrays.toString(new double[] {percentileMillis(50), percentileMillis(99)});
        }
    }
}
