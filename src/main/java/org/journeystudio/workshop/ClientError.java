package org.journeystudio.workshop;

/** A request the server refuses, with the HTTP status and a message the phone page can show as it is. */
final class ClientError extends RuntimeException {
    private final int status;

    ClientError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
