package org.journeystudio.workshop;

import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;

/**
 * A request the server refuses, with the HTTP status and a message the phone page can show as it is: in the
 * phone's language when made with {@link #of}, the message (English, for logs) otherwise.
 */
final class ClientError extends RuntimeException {
    private final int status;
    private final String key;
    private final transient Object[] args;

    ClientError(int status, String message) {
        this(status, message, null, new Object[0]);
    }

    private ClientError(int status, String message, String key, Object[] args) {
        super(message, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    /** A refusal worded by the {@code phone.…} pattern {@code key}. */
    static ClientError of(int status, String key, Object... args) {
        return new ClientError(status, Messages.textIn(Language.ENGLISH, key, args), key, args);
    }

    int status() {
        return status;
    }

    /** The message in {@code language}. */
    String message(Language language) {
        return key == null ? getMessage() : Messages.textIn(language, key, args);
    }
}
