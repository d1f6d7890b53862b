package org.journeystudio.usecase;

import java.util.Locale;

/**
 * One line for a failure nobody foresaw, for the command line's "internal error" and the studio's error
 * dialog: its message, or what kind of failure it was in words, never a class name or a stack trace.
 */
public final class FailureSummary {
    private static final int LIMIT = 200;

    private FailureSummary() {
    }

    public static String of(Throwable failure) {
        Throwable shown = failure;
        // A wrapper made from its cause (new RuntimeException(cause)) only repeats the cause's class and message.
        while (shown.getCause() != null && (shown.getMessage() == null
                || shown.getMessage().equals(shown.getCause().toString()))) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? "" : shown.getMessage().strip().lines().findFirst().orElse("");
        String text;
        if (shown instanceof VirtualMachineError) {
            // "Java heap space" alone means nothing to a user; "out of memory (Java heap space)" does.
            text = message.isEmpty() ? words(shown) : words(shown) + " (" + message + ")";
        } else {
            text = message.isEmpty() ? "unexpected " + words(shown) : message;
        }
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }

    /** StackOverflowError as "stack overflow", IllegalStateException as "illegal state". */
    private static String words(Throwable failure) {
        String kind = failure.getClass().getSimpleName().replaceFirst("(Exception|Error)$", "");
        String spaced = kind.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).strip();
        return spaced.isEmpty() ? "failure" : spaced;
    }
}
