package org.journeystudio.workshop;

/** A workshop session could not start or run; the message says why in words for the facilitator. */
public class WorkshopException extends RuntimeException {
    public WorkshopException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkshopException(String message) {
        super(message);
    }
}
