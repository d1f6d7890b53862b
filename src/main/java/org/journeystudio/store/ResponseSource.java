package org.journeystudio.store;

/**
 * Streams the respondents of an import into a sink. It checks for cancellation itself and throws
 * {@link ImportCancelledException}; any exception rolls the whole import back.
 */
@FunctionalInterface
public interface ResponseSource {
    void writeTo(ResponseSink sink);
}
