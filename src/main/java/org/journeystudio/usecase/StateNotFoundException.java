package org.journeystudio.usecase;

/** A state to compare names a project, version or scenario that is not there; the message says which and where. */
public final class StateNotFoundException extends RuntimeException {
    public StateNotFoundException(String message) {
        super(message);
    }
}
