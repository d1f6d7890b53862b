package org.journeystudio.store.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.model.Limits;

/**
 * Puts a broken limit of Jackson's {@code StreamReadConstraints} ("String value length (500001) exceeds the
 * maximum allowed (500000, from …)") in the words of {@link Limits#message}: what, how much, the limit, what to do.
 */
final class JsonLimitProblem {
    private static final Pattern JACKSON = Pattern.compile("(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final String NOT_OURS = "this is not a journey map Journey Studio wrote";

    private JsonLimitProblem() {
    }

    /**
     * @param jacksonMessage the exception's original message
     * @param field          the field whose value broke the limit, or null when not known
     */
    static String describe(String jacksonMessage, String field) {
        Matcher m = JACKSON.matcher(jacksonMessage == null ? "" : jacksonMessage);
        if (!m.lookingAt()) {
            return "The file breaks a limit of the format: " + jacksonMessage;
        }
        long amount = Long.parseLong(m.group(2));
        long limit = Long.parseLong(m.group(3));
        return switch (m.group(1)) {
            case "Document nesting depth" -> Limits.message("The nesting of lists and objects here",
                    Limits.count(amount, "levels") + " deep", Limits.count(limit, "levels"),
                    "a journey map nests six levels at most, so " + NOT_OURS);
            case "String value length" -> Limits.message(field == null ? "A text" : "\"" + field + "\"",
                    "at least " + Limits.count(amount, "characters"), Limits.count(limit, "characters")
                            + " for any text in a .journey.json file", "shorten it; " + NOT_OURS);
            case "Number value length" -> Limits.message("A number", Limits.count(amount, "digits") + " long",
                    Limits.count(limit, "digits"), "write it with fewer digits");
            case "Name length" -> Limits.message("A field name", Limits.count(amount, "characters"),
                    Limits.count(limit, "characters"), NOT_OURS);
            case "Document length" -> Limits.message("The file", Limits.count(amount, "characters") + " or more",
                    Limits.bytes(JsonFormat.MAX_SIZE) + " for a .journey.json file", JsonFormat.FILE_LIMIT.advice());
            default -> "The file breaks a limit of the format: " + jacksonMessage;
        };
    }
}
