package org.journeystudio.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON in and out of the workshop server. Output escapes {@code <}, {@code >}, {@code &} and quotes as
 * {@code \}{@code u003c} etc., so text a participant typed can never turn into markup, even in a response a
 * browser might sniff as HTML.
 */
final class HtmlSafeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlEscapes());
        // A body is one JSON object, all of it: no second value after it, no key given twice.
        MAPPER.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        MAPPER.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private HtmlSafeJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** The request body as a JSON object, or a 400 saying what is wrong with it. */
    static ObjectNode parseObject(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ClientError.of(400, "phone.errorNotJson");
        }
        if (node == null || !node.isObject()) {
            throw ClientError.of(400, "phone.errorNotObject");
        }
        return (ObjectNode) node;
    }

    /** Escapes the characters that make markup, besides what JSON itself requires. */
    private static final class HtmlEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
