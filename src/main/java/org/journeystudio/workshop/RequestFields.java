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
                throw new ClientError(400, "The field '" + name + "' is not expected here.");
            }
        }
    }

    /** A required string field, at most {@code maxLength} characters. */
    String text(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || !value.isTextual()) {
            throw new ClientError(400, "The field '" + name + "' must be text.");
        }
        if (value.textValue().length() > maxLength) {
            throw new ClientError(400, "The field '" + name + "' is longer than " + maxLength + " characters.");
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
            throw new ClientError(400, "The field '" + name + "' must be a whole number.");
        }
        return value.intValue();
    }

    /** A required true/false. */
    boolean bool(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isBoolean()) {
            throw new ClientError(400, "The field '" + name + "' must be true or false.");
        }
        return value.booleanValue();
    }

    /** A required list of strings. */
    Set<String> texts(String name) {
        JsonNode value = body.get(name);
        if (value == null || !value.isArray()) {
            throw new ClientError(400, "The field '" + name + "' must be a list of ids.");
        }
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new ClientError(400, "The field '" + name + "' must hold only ids.");
            }
            texts.add(item.textValue());
        }
        return texts;
    }
}
