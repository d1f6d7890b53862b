package org.journeystudio.cli;

/** The arguments do not make sense: the message says what is wrong, and the exit code is 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
