package org.journeystudio.store.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;

/**
 * Puts a broken limit of Jackson's {@code StreamReadConstraints} ("String value length (500001) exceeds the
 * maximum allowed (500000, from …)") in the user's words, as {@link Limits#message} does: what, how much, the
 * limit, what to do.
 */
final class JsonLimitProblem {
    private static final Pattern JACKSON = Pattern.compile("(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonLimitProblem() {
    }

    /**
     * @param jacksonMessage the exception's original message
     * @param field          the field whose value broke the limit, or null when not known
     */
    static String describe(String jacksonMessage, String field) {
        Matcher m = JACKSON.matcher(jacksonMessage == null ? "" : jacksonMessage);
        if (!m.lookingAt()) {
            return Messages.text("journeyfile.limit", jacksonMessage);
        }
        long amount = Long.parseLong(m.group(2));
        long limit = Long.parseLong(m.group(3));
        return switch (m.group(1)) {
            case "Document nesting depth" -> Messages.text("journeyfile.limitNesting", amount, limit);
            case "String value length" -> field == null ? Messages.text("journeyfile.limitText", amount, limit)
                    : Messages.text("journeyfile.limitFieldText", amount, limit, field);
            case "Number value length" -> Messages.text("journeyfile.limitNumber", amount, limit);
            case "Name length" -> Messages.text("journeyfile.limitName", amount, limit);
            case "Document length" -> Messages.text("journeyfile.limitDocument", amount,
                    Limits.bytesShown(JsonFormat.MAX_SIZE));
            default -> Messages.text("journeyfile.limit", jacksonMessage);
        };
    }
}
