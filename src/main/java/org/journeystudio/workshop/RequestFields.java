package org.journeystudio.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** Reads the expected fields of a request's JSON object, refusing other fields and wrong types with a 400. */
final class RequestFields {
    private final ObjectNode body;

    RequestFields(ObjectNode body, Set<String> allowed) {
        this.body = body;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ClientError.of(400, "phone.errorFieldUnexpected", name);
            }
        }
    }

    /** A required string field, at most {@code maxLength} characters. */
    String text(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || !value.isTextual()) {
            throw ClientError.of(400, "phone.errorFieldText", name);
        }
        if (value.textValue().length() > maxLength) {
            throw ClientError.of(400, "phone.errorFieldTooLong", name, maxLength);
        }
        return value.textValue();
    }

    /** An optional string field: {@code null} when absent or null. */
    String optionalText(String name, int maxLength) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : text(name, maxLength);
    }

    /** A required whole number. */
    int integer(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ClientError.of(400, "phone.errorFieldNumber", name);
        }
        return value.intValue();
    }

    /** A required true/false. */
    boolean bool(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isBoolean()) {
            throw ClientError.of(400, "phone.errorFieldBoolean", name);
        }
        return value.booleanValue();
    }

    /** A required list of strings. */
    Set<String> texts(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isArray()) {
            throw ClientError.of(400, "phone.errorFieldIds", name);
        }
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ClientError.of(400, "phone.errorFieldOnlyIds", name);
            }
            texts.add(item.textValue());
        }
        return texts;
    }
}
