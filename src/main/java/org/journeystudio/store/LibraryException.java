package org.journeystudio.store;

/** A library that cannot be opened or written, with a message fit to show the user as it is. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
