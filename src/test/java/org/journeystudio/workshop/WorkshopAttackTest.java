package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.WorkshopAnswers;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participants' server under attack, on loopback: no or a forged token, oversized and chunked bodies, broken
 * JSON, PIN guessing (on a rate clock the test moves), slow headers, hostile texts, and a room of 500 at once.
 * Every refusal has its status, a message, and never a stack trace.
 */
@SlowTest
class WorkshopAttackTest {
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(1);
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>", "</script><script>alert(1)</script>", "&lt;b&gt;");

    @TempDir
    Path folder;
    private final FakeNanoClock rateClock = new FakeNanoClock();
    private RunningWorkshop room;

    @BeforeEach
    void start() {
        room = new RunningWorkshop(folder.resolve("library"), SampleMaps.hotel("map-hotel"),
                WorkshopSettings.loopback().withHeaderTimeout(HEADER_TIMEOUT), rateClock);
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void everyParticipantCallWithoutOrWithAForgedTokenIs401() {
        String rating = "{\"touchpointId\":\"tp-search\",\"rating\":3}";
        String comment = "{\"touchpointId\":\"tp-pay\",\"kind\":\"IDEA\",\"text\":\"hi\"}";
        for (String token : new String[] {null, "", "forged-token", "x".repeat(5000)}) {
            assertRefused(room.send("GET", "/api/workshop", token, null), 401, "has not joined");
            assertRefused(room.send("GET", "/api/status", token, null), 401, "has not joined");
            assertRefused(room.send("PUT", "/api/answers", token, rating), 401, "has not joined");
            assertRefused(room.send("POST", "/api/comments", token, comment), 401, "has not joined");
        }
        assertThat(room.session.state().participants()).isZero();
        assertThat(WorkshopLoadBench.total(room.session.state().counts())).isZero();
    }

    @Test
    void bodiesOverTheLimitAre413WithOrWithoutAContentLength() {
        String ann = room.join();
        String big = "{\"pin\":\"" + "1".repeat(10_000) + "\"}";
        assertRefused(room.send("POST", "/api/join", null, big), 413, "larger than 4096 bytes");

        URI phones = room.session.participantAddress();
        RawHttp.Reply chunked = RawHttp.exchange(phones, "PUT /api/answers HTTP/1.1\r\nHost: x\r\n"
                + ParticipantApi.TOKEN_HEADER + ": " + ann + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunks(big, 1000) + "0\r\n\r\n");
        assertRaw(chunked, 413, "larger than 4096 bytes");

        RawHttp.Reply understated = RawHttp.exchange(phones, "POST /api/join HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10\r\nConnection: close\r\n\r\n" + big);
        assertThat(understated.status()).as("a body longer than it declares is cut at its Content-Length")
                .isEqualTo(400);
        assertRaw(understated, 400, "not valid JSON");
        assertThat(room.session.state().participants()).isEqualTo(1);
    }

    @Test
    void malformedJsonIs400WithAReason() {
        String ann = room.join();
        // Deeper than Jackson's nesting limit of 1,000, yet within the 4,096-byte body limit.
        String deep = "{\"pin\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        for (String body : new String[] {"{", "not json", "{\"pin\": }", "{\"pin\":\"1\"} trailing", deep,
                "{\"pin\":\"1\",\"pin\":\"2\"}", "\u0000\u0001"}) {
            assertRefused(room.send("POST", "/api/join", null, body), 400, "not valid JSON");
        }
        assertRefused(room.send("POST", "/api/join", null, "[\"123456\"]"), 400, "must be a JSON object");
        assertRefused(room.send("POST", "/api/join", null, ""), 400, "must be a JSON object");
        assertRefused(room.send("POST", "/api/join", null, "{\"pin\":123456}"), 400, "'pin' must be text");
        assertRefused(room.send("PUT", "/api/answers", ann, "{\"touchpointId\":\"tp-search\",\"rating\":1e400}"),
                400, "'rating' must be a whole number");
        assertRefused(room.send("PUT", "/api/answers", ann, "{\"touchpointId\":\"tp-search\",\"rating\":99999999999}"),
                400, "'rating' must be a whole number");
        RawHttp.Reply notUtf8 = RawHttp.exchange(room.session.participantAddress(), "POST /api/join HTTP/1.1\r\n"
                + "Host: x\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"pin\":\"\u00ff\u00fe\"}");
        assertThat(notUtf8.status()).isIn(400, 403);
        assertThat(notUtf8.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyReplyCarriesTheSecurityHeaders() {
        String ann = room.join();
        List<HttpResponse<String>> replies = List.of(room.send("GET", "/", null, null),
                room.send("GET", "/app.js", null, null), room.send("GET", "/api/status", ann, null),
                room.send("GET", "/api/status", "forged", null), room.send("POST", "/api/join", null, "{"),
                room.send("GET", "/nowhere", null, null),
                room.control("GET", "/control/state", room.session.controlSecret(), null),
                room.control("GET", "/control/state", null, null));
        for (HttpResponse<String> reply : replies) {
            var headers = reply.headers();
            String what = reply.request().method() + " " + reply.uri().getPath() + " " + reply.statusCode();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
            assertThat(reply.body()).as(what).doesNotContain("Exception", "\tat ", "jetty");
        }
    }

    @Test
    void headersTooLargeAreRefusedByJettyWithoutAStackTrace() {
        RawHttp.Reply reply = RawHttp.exchange(room.session.participantAddress(), "GET /api/status HTTP/1.1\r\n"
                + "Host: x\r\nX-Padding: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.eclipse");
    }

    @Test
    void parallelWrongPinsGetOnlyTheBurstAnsweredAndThenTwelveAMinute() throws Exception {
        // 100 wrong guesses at once from one address, the rate clock standing still: the check-and-take is one
        // step, so exactly the burst of 5 is told "wrong" and the rest "too many".
        List<Integer> statuses = inParallel(100, () -> room.send("POST", "/api/join", null,
                "{\"pin\":\"" + wrongPin() + "\"}").statusCode());
        assertThat(statuses.stream().filter(s -> s == 403).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(95);
        assertRefused(room.send("POST", "/api/join", null, "{\"pin\":\"" + room.session.pin() + "\"}"), 429,
                "Too many wrong PINs");

        // One simulated minute of non-stop guessing, one guess every 200 ms.
        int answered = 0;
        for (int step = 0; step < 300; step++) {
            rateClock.advance(Duration.ofMillis(200));
            answered += room.send("POST", "/api/join", null, "{\"pin\":\"" + wrongPin() + "\"}").statusCode() == 403
                    ? 1 : 0;
        }
        assertThat(answered).as("wrong guesses answered in a minute from one address").isEqualTo(12);
        assertThat(room.session.state().participants()).isZero();
        rateClock.advance(Duration.ofSeconds(5));
        assertThat(room.send("POST", "/api/join", null, "{\"pin\":\"" + room.session.pin() + "\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aClientSendingItsHeadersByteByByteIsClosedWithinTheHeaderTimeout() throws IOException {
        byte[] request = ("GET /api/status HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(200) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        long bound = HEADER_TIMEOUT.toMillis() * 5;
        long start = System.nanoTime();
        boolean closed = false;
        try (Socket socket = RawHttp.connect(room.session.participantAddress(), Duration.ofSeconds(1))) {
            OutputStream out = socket.getOutputStream();
            // One byte every 100 ms; the whole header would take 22 s. Bounded by the bytes and the 5 s bound.
            for (int i = 0; i < request.length && !closed && elapsedMillis(start) < bound; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                } catch (IOException reset) {
                    closed = true;
                    break;
                }
                closed = RawHttp.closedWithin(socket, Duration.ofMillis(100));
            }
        }
        long took = elapsedMillis(start);
        assertThat(closed).as("closed after %d ms", took).isTrue();
        assertThat(took).isBetween(HEADER_TIMEOUT.toMillis() - 100, bound);
        // The server still answers everyone else.
        assertThat(room.send("GET", "/", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aConnectionThatSendsNothingIsClosedToo() throws IOException {
        long start = System.nanoTime();
        try (Socket socket = RawHttp.connect(room.session.participantAddress(), Duration.ofSeconds(1))) {
            assertThat(RawHttp.closedWithin(socket, HEADER_TIMEOUT.multipliedBy(5))).isTrue();
        }
        assertThat(elapsedMillis(start)).isGreaterThanOrEqualTo(HEADER_TIMEOUT.toMillis() - 100);
    }

    @Test
    void hostileTextsInTheMapReachThePhoneOnlyEscaped(@TempDir Path otherFolder) {
        JourneyMap hotel = SampleMaps.hotel("map-hostile");
        JourneyMap hostile = hotel.withTitle(HOSTILE.get(0))
                .withStages(hotel.stages().stream().map(s -> s.withName(HOSTILE.get(1))).toList())
                .withTouchpoint(hotel.touchpoint("tp-room").orElseThrow().withTitle(HOSTILE.get(2)))
                .withSegments(hotel.segments().stream().map(s -> s.withName(HOSTILE.get(3))).toList())
                .withPersonas(hotel.personas().stream().map(p -> p.withName(HOSTILE.get(4))).toList());
        try (RunningWorkshop other = new RunningWorkshop(otherFolder, hostile)) {
            HttpResponse<String> joined = other.send("POST", "/api/join", null,
                    "{\"pin\":\"" + other.session.pin() + "\"}");
            String token = readTree(joined.body()).path("token").asText();
            for (HttpResponse<String> reply : List.of(joined, other.send("GET", "/api/workshop", token, null))) {
                assertCarriesEscaped(reply.body(), HOSTILE);
                var workshop = readTree(reply.body()).path("workshop");
                assertThat(workshop.path("title").asText()).isEqualTo(HOSTILE.get(0));
                assertThat(workshop.path("personas").get(0).path("name").asText()).isEqualTo(HOSTILE.get(4));
            }
        }
    }

    @Test
    void hostileTextsInRequestsComeBackOnlyEscaped() {
        String ann = room.join();
        for (String text : HOSTILE) {
            String quoted = new ObjectMapper().valueToTree(text).toString();
            HttpResponse<String> comment = room.send("POST", "/api/comments", ann,
                    "{\"touchpointId\":\"tp-pay\",\"kind\":\"IDEA\",\"text\":" + quoted + "}");
            assertThat(comment.statusCode()).isEqualTo(201);
            HttpResponse<String> unknownTouchpoint = room.send("PUT", "/api/answers", ann,
                    "{\"touchpointId\":" + quoted + ",\"rating\":3}");
            assertThat(unknownTouchpoint.statusCode()).isEqualTo(404);
            assertThat(readTree(unknownTouchpoint.body()).path("error").asText()).contains(text);
            assertCarriesEscaped(unknownTouchpoint.body(), List.of(text));
            HttpResponse<String> unknownSegment = room.send("PUT", "/api/answers", ann,
                    "{\"touchpointId\":\"tp-pay\",\"segmentId\":" + quoted + ",\"rating\":3}");
            assertThat(unknownSegment.statusCode()).isEqualTo(400);
            assertCarriesEscaped(unknownSegment.body(), List.of(text));
            HttpResponse<String> unknownField = room.send("PUT", "/api/answers", ann, "{" + quoted + ":1}");
            assertThat(unknownField.statusCode()).isEqualTo(400);
            assertCarriesEscaped(unknownField.body(), List.of(text));
        }
        HttpResponse<String> facilitator = room.control("GET", "/control/state", room.session.controlSecret(), null);
        assertCarriesEscaped(facilitator.body(), HOSTILE);
        assertThat(readTree(facilitator.body()).path("comments")).extracting(c -> c.path("text").asText())
                .containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void fiveHundredParticipantsAnsweringAtOnceLoseNothing(@TempDir Path otherFolder) throws Exception {
        // Every simulated phone shares 127.0.0.1, so the per-address limit is opened; in a room each has its own.
        WorkshopSettings crowd = WorkshopSettings.loopback()
                .withPerAddress(new WorkshopSettings.RateLimit(100_000, 100_000));
        try (RunningWorkshop big = new RunningWorkshop(otherFolder, SampleMaps.loadTest("map-500", 4), crowd)) {
            RoomLoad.Result result = new RoomLoad(big.session.participantAddress(), big.session.pin(), big.map)
                    .run(500, Duration.ofSeconds(120), null);

            assertThat(result.requests()).isEqualTo(500 * 5);
            WorkshopState state = big.session.state();
            assertThat(state.participants()).isEqualTo(500);
            assertThat(WorkshopLoadBench.total(state.counts())).isEqualTo(2000);
            try (WorkshopAnswers answers = big.library.workshopAnswers()) {
                assertThat(answers.answers(big.session.sessionId())).hasSize(2000);
                assertThat(answers.participants(big.session.sessionId())).isEqualTo(500);
            }
        }
    }

    private String wrongPin() {
        return room.session.pin().equals("000000") ? "111111" : "000000";
    }

    private static <T> List<T> inParallel(int count, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String chunks(String body, int size) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < body.length(); at += size) {
            String chunk = body.substring(at, Math.min(body.length(), at + size));
            out.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return out.toString();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The texts are in the JSON (they decode back) but no markup character is on the wire. */
    private static void assertCarriesEscaped(String json, List<String> texts) {
        String decoded = readTree(json).toString();
        for (String text : texts) {
            assertThat(decoded).contains(new ObjectMapper().valueToTree(text).toString()
                    .replaceAll("^\"|\"$", ""));
        }
        assertThat(json).doesNotContain("<", ">", "&", "'");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(readTree(response.body()).path("error").asText()).contains(reason);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static void assertRaw(RawHttp.Reply reply, int status, String reason) {
        assertThat(reply.status()).as(reply.head() + "\n" + reply.body()).isEqualTo(status);
        assertThat(reply.body()).contains(reason).doesNotContain("Exception", "\tat ");
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
