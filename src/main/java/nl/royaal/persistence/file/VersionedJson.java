package nl.royaal.persistence.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import nl.royaal.domain.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * What the workshop file and the template file share: a size limit, a strict JSON mapper, and an
 * envelope of {@code "format"} and {@code "formatVersion"} that is checked before anything else,
 * so that a wrong or newer file is refused with a clear reason instead of a list of unknown fields.
 */
final class VersionedJson {

    /** 50 MB: a keynote with a few hundred participants writes a few MB, so more is not a workshop. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    /**
     * Strict on purpose: a hand-edited or damaged file must be refused rather than read
     * differently from what it says ("7.5" is not silently a 7, "score": "7" is not a number,
     * a misspelled field is not silently dropped, a key twice is ambiguous).
     * Written pretty-printed with "\n" on every platform, so files diff well and are the same
     * byte for byte wherever they are written.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // Fields appear in the order the format records declare them, which the docs follow.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    /** The envelope of a file that passed the checks: its tree and the version it was written in. */
    record Envelope(ObjectNode root, int formatVersion) {
    }

    private VersionedJson() {
    }

    /** Reads the whole stream, but never more than {@link #MAX_BYTES}: a huge file is refused before parsing. */
    static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw RoyaalFileException.tooLarge(MAX_BYTES);
            }
            return bytes;
        } catch (IOException e) {
            throw RoyaalFileException.unreadable(e);
        }
    }

    /**
     * Parses the bytes and checks the envelope: a JSON object whose {@code "format"} is
     * {@code expectedFormat} and whose {@code "formatVersion"} is at most {@code supportedVersion}.
     */
    static Envelope open(byte[] bytes, String expectedFormat, int supportedVersion) {
        // Windows editors like to start UTF-8 with a byte order mark; it says nothing, so skip it.
        int start = startsWithByteOrderMark(bytes) ? 3 : 0;
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes, start, bytes.length - start);
        } catch (JacksonException e) {
            throw RoyaalFileException.unreadable(e);
        }
        if (root == null || root.isMissingNode()) {
            throw RoyaalFileException.empty();
        }
        if (!(root instanceof ObjectNode object)
                || !object.path("format").isString()
                || !expectedFormat.equals(object.path("format").stringValue())) {
            throw RoyaalFileException.notRoyaal();
        }
        JsonNode version = object.get("formatVersion");
        if (version == null || version.isNull()) {
            throw RoyaalFileException.invalidContent("formatVersion", RoyaalFileException.DETAIL_MISSING_VALUE, null);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw RoyaalFileException.invalidContent("formatVersion", RoyaalFileException.DETAIL_WRONG_VALUE, null);
        }
        if (version.intValue() > supportedVersion) {
            throw RoyaalFileException.newerVersion(version.intValue(), supportedVersion);
        }
        return new Envelope(object, version.intValue());
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Binds the (migrated) tree to the format's records; a wrong type or unknown field says where it is. */
    static <T> T bind(JsonNode root, Class<T> formatRecord) {
        try {
            return MAPPER.treeToValue(root, formatRecord);
        } catch (JacksonException e) {
            String detail = e instanceof UnrecognizedPropertyException
                    ? RoyaalFileException.DETAIL_UNKNOWN_FIELD
                    : RoyaalFileException.DETAIL_WRONG_VALUE;
            throw RoyaalFileException.invalidContent(location(e.getPath()), detail, e);
        }
    }

    /** "workshop.agenda[2].kind": the path a person can follow in a text editor. */
    static String location(List<JacksonException.Reference> path) {
        StringBuilder location = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                if (!location.isEmpty()) {
                    location.append('.');
                }
                location.append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                location.append('[').append(step.getIndex()).append(']');
            }
        }
        return location.toString();
    }

    /** A value the format requires; {@code null} (or absent) is refused with its location. */
    static <T> T required(T value, String location) {
        if (value == null) {
            throw RoyaalFileException.invalidContent(location, RoyaalFileException.DETAIL_MISSING_VALUE, null);
        }
        return value;
    }

    /** Builds a domain value; a broken domain rule becomes invalid content at {@code location}. */
    static <T> T validated(String location, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            throw RoyaalFileException.invalidContent(location, e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter newlineAndTwoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(newlineAndTwoSpaces)
                .withArrayIndenter(newlineAndTwoSpaces);
    }
}
