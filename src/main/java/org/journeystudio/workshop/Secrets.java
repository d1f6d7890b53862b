package org.journeystudio.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The session's random values: the PIN, participant tokens, ids and the control secret. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Six digits, leading zeros kept: one in a million. */
    static String pin() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** 256 random bits, URL-safe: what a phone holds to answer; never stored. */
    static String token() {
        return random(32);
    }

    /** 96 random bits: ids of sessions, participants and comments, unguessable and short. */
    static String id() {
        return random(12);
    }

    /** Compares without leaking, through timing, how much of a guess was right. */
    static boolean same(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
