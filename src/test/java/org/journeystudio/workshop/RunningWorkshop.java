package org.journeystudio.workshop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.NewLibraries;

/** A library with one map and a workshop running on loopback, with a real HTTP client to talk to it. */
final class RunningWorkshop implements AutoCloseable {
    final H2Library library;
    final JourneyMap map;
    final LiveWorkshop session;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningWorkshop(Path folder, JourneyMap map, WorkshopSettings settings) {
        this(folder, map, settings, System::nanoTime);
    }

    /** As the others, with the rate limiters on {@code rateClock}, which the test moves. */
    RunningWorkshop(Path folder, JourneyMap map, WorkshopSettings settings, java.util.function.LongSupplier rateClock) {
        this.library = NewLibraries.open(folder);
        this.map = map;
        library.create(map);
        this.session = new WorkshopServer(library, settings).withRateClock(rateClock).startLive(map.id(), map);
    }

    RunningWorkshop(Path folder, JourneyMap map) {
        this(folder, map, WorkshopSettings.loopback());
    }

    /** Joins with the right PIN and returns the participant's token. */
    String join() {
        HttpResponse<String> joined = send("POST", "/api/join", null, "{\"pin\":\"" + session.pin() + "\"}");
        if (joined.statusCode() != 200) {
            throw new AssertionError("join failed: " + joined.statusCode() + " " + joined.body());
        }
        String body = joined.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    HttpResponse<String> rate(String token, String touchpointId, String segmentId, int rating) {
        String segment = segmentId == null ? "null" : "\"" + segmentId + "\"";
        return send("PUT", "/api/answers", token, "{\"touchpointId\":\"" + touchpointId + "\",\"segmentId\":" + segment
                + ",\"rating\":" + rating + "}");
    }

    /** Sets this participant's dots on one opportunity. */
    HttpResponse<String> dots(String token, String opportunityId, int dots) {
        return send("PUT", "/api/dots", token, "{\"opportunityId\":\"" + opportunityId + "\",\"dots\":" + dots + "}");
    }

    /** Asserts a refusal with this status whose message contains {@code reason}. */
    static void assertRefused(HttpResponse<String> response, int status, String reason) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(error(response)).contains(reason);
    }

    /** The decoded "error" text of a refusal (the wire form escapes quotes and markup characters). */
    static String error(HttpResponse<String> response) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("error").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    HttpResponse<String> send(String method, String path, String token, String body) {
        return send(session.participantAddress().resolve(path), method, ParticipantApi.TOKEN_HEADER, token, body);
    }

    HttpResponse<String> control(String method, String path, String secret, String body) {
        return send(session.controlAddress().resolve(path), method, ControlApi.SECRET_HEADER, secret, body);
    }

    HttpResponse<String> send(URI uri, String method, String header, String value, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (value != null) {
            request.header(header, value);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        session.close();
        library.close();
    }
}
