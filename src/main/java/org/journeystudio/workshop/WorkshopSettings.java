package org.journeystudio.workshop;

import java.time.Duration;
import java.util.Objects;

/**
 * How a workshop server listens and how much it accepts; {@link #standard()} for the room, tests bind to loopback.
 *
 * @param bindAddress      the one address phones connect to, or {@code null} for every interface of the laptop
 * @param port             the participants' port; 0 picks a free one
 * @param perParticipant   requests one participant (token) may make
 * @param perAddress       requests one network address may make, phones behind one address included
 * @param wrongPins        wrong PINs one address may try
 * @param wrongPinsOverall wrong PINs all addresses together may try: slows guessing from many addresses
 * @param maxBodyBytes     the largest request body accepted (413 above)
 * @param maxCommentLength the longest comment, in characters
 * @param notifyInterval   the shortest time between two listener calls
 * @param headerTimeout    how long a connection may take to send a request's headers (and may stay idle between
 *                         requests) before the server closes it: a slow client cannot hold a connection open
 */
public record WorkshopSettings(String bindAddress, int port, RateLimit perParticipant, RateLimit perAddress,
                               RateLimit wrongPins, RateLimit wrongPinsOverall, int maxBodyBytes,
                               int maxCommentLength, Duration notifyInterval,
                               Duration headerTimeout) {

    /** The port tried first in a room, so the address stays the same from one workshop to the next. */
    public static final int USUAL_PORT = 7070;

    public WorkshopSettings {
        Objects.requireNonNull(perParticipant, "perParticipant");
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(wrongPins, "wrongPins");
        Objects.requireNonNull(wrongPinsOverall, "wrongPinsOverall");
        Objects.requireNonNull(notifyInterval, "notifyInterval");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        if (headerTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("Clients need at least 100 ms to send headers, not " + headerTimeout);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is 0–65535, not " + port);
        }
        if (maxBodyBytes < 256 || maxCommentLength < 1) {
            throw new IllegalArgumentException("Bodies of at least 256 bytes and comments of at least 1 character"
                    + " must be accepted, not " + maxBodyBytes + " and " + maxCommentLength);
        }
    }

    /** For a real room: every interface, port 7070 (or a free one when taken), limits for a room of phones. */
    public static WorkshopSettings standard() {
        return new WorkshopSettings(null, USUAL_PORT, new RateLimit(10, 40), new RateLimit(100, 600),
                new RateLimit(0.2, 5), new RateLimit(5, 30), 4096, 500, Duration.ofMillis(200),
                Duration.ofSeconds(10));
    }

    /** As {@link #standard()}, on 127.0.0.1 and a free port: for tests and benchmarks. */
    public static WorkshopSettings loopback() {
        return standard().onAddress("127.0.0.1", 0);
    }

    public WorkshopSettings onAddress(String newBindAddress, int newPort) {
        return new WorkshopSettings(newBindAddress, newPort, perParticipant, perAddress, wrongPins, wrongPinsOverall,
                maxBodyBytes, maxCommentLength, notifyInterval, headerTimeout);
    }

    public WorkshopSettings withPerAddress(RateLimit limit) {
        return new WorkshopSettings(bindAddress, port, perParticipant, limit, wrongPins, wrongPinsOverall,
                maxBodyBytes, maxCommentLength, notifyInterval, headerTimeout);
    }

    public WorkshopSettings withPerParticipant(RateLimit limit) {
        return new WorkshopSettings(bindAddress, port, limit, perAddress, wrongPins, wrongPinsOverall,
                maxBodyBytes, maxCommentLength, notifyInterval, headerTimeout);
    }

    public WorkshopSettings withHeaderTimeout(Duration timeout) {
        return new WorkshopSettings(bindAddress, port, perParticipant, perAddress, wrongPins, wrongPinsOverall,
                maxBodyBytes, maxCommentLength, notifyInterval, timeout);
    }

    /** A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. */
    public record RateLimit(double perSecond, int burst) {
        public RateLimit {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("A rate limit needs a positive rate and burst, not "
                        + perSecond + "/s and " + burst);
            }
        }
    }
}
