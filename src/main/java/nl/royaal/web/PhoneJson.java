package nl.royaal.web;

import java.util.Locale;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out of the phone API, through the project's Jackson 3. Requests are read as a tree
 * and every field is checked by hand: a grade must be a JSON integer (not "7", not 7.5), an id a
 * UUID, a choice one of its names. Anything else is a 400 with a clear message, never a guess.
 */
final class PhoneJson {

    /** No nesting deeper than a few levels, no huge numbers or strings even inside the size limit. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).maxNumberLength(20).maxStringLength(16_000).build())
            .build();

    static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private PhoneJson() {
    }

    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** The body as a JSON object; anything else (empty, malformed, an array) is a 400. */
    static JsonNode readObject(byte[] body) {
        if (body.length == 0) {
            throw HttpRefusal.badRequest();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw HttpRefusal.badRequest();
            }
            return node;
        } catch (JacksonException malformed) {
            throw HttpRefusal.badRequest();
        }
    }

    static UUID uuid(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw HttpRefusal.badRequest();
        }
        try {
            String text = value.asString();
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                throw HttpRefusal.badRequest(); // UUID.fromString accepts odd short forms like "1-1-1-1-1"
            }
            return id;
        } catch (IllegalArgumentException notAnId) {
            throw HttpRefusal.badRequest();
        }
    }

    /**
     * A grade: a JSON integer. A string, a fraction or anything else gets the same sentence the
     * console gives a typed "7.5"; the range (1-10) is the domain's to check.
     */
    static int grade(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw HttpRefusal.badRequest();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new DomainException("validation.score.notWhole", shortForm(value), 1, 10);
        }
        return value.intValue();
    }

    /** A small whole number (a count of dots): a JSON integer; its range is the service's to check. */
    static int count(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw HttpRefusal.badRequest();
        }
        return value.intValue();
    }

    /** A text field: must be a JSON string (it may be empty or too long: the domain says so in words). */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw HttpRefusal.badRequest();
        }
        return value.asString();
    }

    static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw HttpRefusal.badRequest();
        }
        return value.booleanValue();
    }

    static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw HttpRefusal.badRequest();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.asString())) {
                return constant;
            }
        }
        throw HttpRefusal.badRequest();
    }

    private static String shortForm(JsonNode value) {
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > 20 ? text.substring(0, 20) + "\u2026" : text;
    }
}
