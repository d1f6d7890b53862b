package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;

/**
 * A Jackson parser over in-memory text that reads typed values and turns every problem — broken syntax, a
 * wrong type, a value out of range — into a {@link JourneyFormatException} at the line and column of the
 * offending token. Callers never see a Jackson exception.
 */
final class JsonCursor implements AutoCloseable {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** JSON's own brackets, put into messages as arguments: a pattern holds a brace only as a placeholder. */
    static final String OBJECT = "{ … }";
    static final String LIST = "[ … ]";
    private final JsonParser parser;
    private final String source;
    /** Where the name of the field being read starts: unknown fields are reported there, not at their value. */
    private JsonLocation fieldLocation;

    JsonCursor(String text, String source) {
        try {
            this.parser = JsonFormat.FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        this.source = source;
    }

    /** Moves to the next token; a syntax error becomes a located problem. */
    JsonToken next() throws JourneyFormatException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw overLimit(e, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw problem(at, Messages.text("journeyfile.notJson", firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** Where the current token starts. */
    JsonLocation here() {
        return parser.currentTokenLocation();
    }

    /**
     * Where the current value is in the document as a JSON path ({@code $.map.touchpoints[3].links[0].to}), so a
     * rule checked after reading can name the element that breaks it, not only its line.
     */
    String jsonPath() {
        StringBuilder path = new StringBuilder("$");
        for (String step : parser.getParsingContext().pathAsPointer().toString().split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            path.append(step.chars().allMatch(Character::isDigit) ? "[" + step + "]" : "." + step);
        }
        return path.toString();
    }

    JourneyFormatException problem(JsonLocation at, String message) {
        return new JourneyFormatException(source, at.getLineNr(), at.getColumnNr(), message);
    }

    JourneyFormatException problemHere(String message) {
        return problem(here(), message);
    }

    /** Requires the current token to open an object: {@code what} (named {@code name}, an image's key, say). */
    void expectObject(JsonElement what, Object... name) throws JourneyFormatException {
        if (token() != JsonToken.START_OBJECT) {
            throw problemHere(Messages.text("journeyfile.notObject." + what.key(), describeCurrent(), OBJECT,
                    name.length == 0 ? "" : name[0]));
        }
    }

    /** Requires the value of {@code field} to be an object. */
    void expectObject(String field) throws JourneyFormatException {
        if (token() != JsonToken.START_OBJECT) {
            throw problemHere(Messages.text("journeyfile.fieldNotObject", field, describeCurrent(), OBJECT));
        }
    }

    /** Requires the value of {@code field} to be a list. */
    void expectArray(String field) throws JourneyFormatException {
        if (token() != JsonToken.START_ARRAY) {
            throw problemHere(Messages.text("journeyfile.notList", field, describeCurrent(), LIST));
        }
    }

    /**
     * Inside an object: moves to the next field's value and returns the field's name, or returns empty at
     * the object's end.
     */
    Optional<String> nextField() throws JourneyFormatException {
        JsonToken token = next();
        if (token == JsonToken.END_OBJECT) {
            return Optional.empty();
        }
        String name = currentName();
        fieldLocation = here();
        next();
        return Optional.of(name);
    }

    /** Inside a list: moves to the next element, returning false at the list's end. */
    boolean nextElement() throws JourneyFormatException {
        return next() != JsonToken.END_ARRAY;
    }

    void skipValue() throws JourneyFormatException {
        try {
            parser.skipChildren();
        } catch (StreamConstraintsException e) {
            throw overLimit(e, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw problem(at, Messages.text("journeyfile.notJson", firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isNull() {
        return token() == JsonToken.VALUE_NULL;
    }

    String text(String field) throws JourneyFormatException {
        String text = imageText(field);
        if (text.length() > Limits.JSON_STRING_CHARS) {
            throw problemHere(JsonLimitProblem.describe("String value length (" + text.length()
                    + ") exceeds the maximum allowed (" + Limits.JSON_STRING_CHARS + ")", field)); // Jackson's words
        }
        return text;
    }

    /**
     * Text that may be as long as an image's base64 ({@link Limits#JSON_IMAGE_CHARS}); every other text keeps to
     * {@link Limits#JSON_STRING_CHARS} through {@link #text}.
     */
    String imageText(String field) throws JourneyFormatException {
        if (token() != JsonToken.VALUE_STRING) {
            throw problemHere(Messages.text("journeyfile.notText", field, describeCurrent()));
        }
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            throw overLimit(e, field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A limit of {@link JsonFormat#FACTORY} broken, in the words of {@link JsonLimitProblem}, at its place. */
    private JourneyFormatException overLimit(StreamConstraintsException e, String field) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return problem(at, JsonLimitProblem.describe(e.getOriginalMessage(), field));
    }

    /** An id or reference: text that is not blank. */
    String id(String field) throws JourneyFormatException {
        String value = text(field);
        if (value.isBlank()) {
            throw problemHere(Messages.text("journeyfile.emptyId", field));
        }
        return value.strip();
    }

    /** A colour such as {@code "#1f77b4"}; {@code null} or empty means the default colour. */
    String color(String field) throws JourneyFormatException {
        String value = optionalText(field);
        if (value != null && !value.isBlank() && !COLOR.matcher(value.strip()).matches()) {
            throw problemHere(Messages.text("journeyfile.notColour", field, abbreviated(value)));
        }
        return value;
    }

    /** Text, with {@code null} read as absent. */
    String optionalText(String field) throws JourneyFormatException {
        return isNull() ? null : text(field);
    }

    int wholeNumber(String field, int min, int max) throws JourneyFormatException {
        if (token() != JsonToken.VALUE_NUMBER_INT || !fitsInt() || intValue() < min || intValue() > max) {
            boolean anyNumber = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
            throw problemHere(Messages.text(anyNumber ? "journeyfile.notWholeNumber" : "journeyfile.notWholeNumberIn",
                    field, describeCurrent(), min, max));
        }
        return intValue();
    }

    int wholeNumber(String field) throws JourneyFormatException {
        return wholeNumber(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    double number(String field) throws JourneyFormatException {
        if (token() != JsonToken.VALUE_NUMBER_INT && token() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problemHere(Messages.text("journeyfile.notNumber", field, describeCurrent()));
        }
        try {
            double value = parser.getDoubleValue();
            if (Double.isInfinite(value)) {
                throw problemHere(Messages.text("journeyfile.numberTooLarge", field, rawText()));
            }
            return value;
        } catch (IOException e) {
            throw problemHere(Messages.text("journeyfile.notNumber", field, describeCurrent()));
        }
    }

    boolean bool(String field) throws JourneyFormatException {
        if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE) {
            throw problemHere(Messages.text("journeyfile.notBoolean", field, describeCurrent()));
        }
        return token() == JsonToken.VALUE_TRUE;
    }

    /** An enum spelled as one of {@link FormatWords}' words. */
    <E extends Enum<E>> E word(String field, Class<E> type) throws JourneyFormatException {
        String word = text(field);
        Optional<E> value = FormatWords.parse(type, word);
        if (value.isEmpty()) {
            throw problemHere(Messages.text("journeyfile.notWord", field, word,
                    String.join(", ", FormatWords.words(type))));
        }
        return value.get();
    }

    /** Builds a model record, turning a rule it enforces into a problem located at {@code at}. */
    <T> T build(JsonLocation at, Supplier<T> constructor) throws JourneyFormatException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw problem(at, e.getMessage());
        }
    }

    /** {@code what} (named {@code name}: a lane's id, an image's key) lacks the required {@code field}. */
    JourneyFormatException missing(JsonLocation objectStart, JsonElement what, String field, Object... name) {
        return problem(objectStart, Messages.text("journeyfile.missing." + what.key(), field,
                name.length == 0 ? "" : name[0]));
    }

    JourneyFormatException unknownField(String field, JsonElement where, List<String> known) {
        return problem(fieldLocation, Messages.text("journeyfile.unknownField." + where.key(), field,
                String.join(", ", known)));
    }

    /** A short description of the current token for messages, e.g. {@code the text "high"}. */
    String describeCurrent() {
        JsonToken token = token();
        if (token == null) {
            return Messages.text("journeyfile.token.end");
        }
        return switch (token) {
            case VALUE_STRING -> textOrNull() == null ? Messages.text("journeyfile.token.longText")
                    : Messages.text("journeyfile.token.text", abbreviated(textOrNull()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.text("journeyfile.token.number", abbreviated(rawText()));
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> Messages.text("journeyfile.token.object", OBJECT);
            case START_ARRAY -> Messages.text("journeyfile.token.list", LIST);
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rawText() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current text, or null when it is over {@link org.journeystudio.model.Limits#JSON_STRING_CHARS}. */
    private String textOrNull() {
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fitsInt() {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (IOException e) {
            return false;
        }
    }

    private int intValue() {
        try {
            return parser.getIntValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return Messages.text("journeyfile.unreadable");
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // Jackson names a hidden source inside nested locations ("[Source: REDACTED …; line: 3, …]"): keep the place.
        return line.replaceAll("\\[Source: [^;\\]]*; ", "[");
    }
}
