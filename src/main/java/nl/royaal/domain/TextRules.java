package nl.royaal.domain;

/**
 * The one place where typed text is cleaned and measured, so a title, a touchpoint name and a
 * participant's story all follow the same rules: trimmed, no control characters, not empty
 * where a value is required, and not longer than a projector (or a report page) can show.
 */
public final class TextRules {

    /** Workshop title, client organisation, facilitator. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Agenda element titles and touchpoint names: they must fit one line on the projector. */
    public static final int MAX_LABEL_LENGTH = 120;
    /** A participant's display name. */
    public static final int MAX_PARTICIPANT_NAME_LENGTH = 60;
    /** Fan moments, vision proposals, pledges. */
    public static final int MAX_ANSWER_LENGTH = 500;

    private TextRules() {
    }

    /** One line of text: trimmed, control characters (newlines included) become spaces. */
    public static String singleLine(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replaceAll("\\p{Cntrl}+", " ").replaceAll(" {2,}", " ").strip();
    }

    /** A free text that may span lines: keeps line breaks, drops every other control character. */
    public static String multiLine(String raw) {
        if (raw == null) {
            return "";
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        return unified.replaceAll("[\\p{Cntrl}&&[^\\n]]", "").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * A required one-line value.
     *
     * @param fieldKey message key of the field's name, used in the error message
     */
    public static String required(String raw, String fieldKey, int maxLength) {
        String cleaned = singleLine(raw);
        if (cleaned.isEmpty()) {
            throw new DomainException("validation.text.required", fieldKey);
        }
        return limited(cleaned, fieldKey, maxLength);
    }

    /** An optional one-line value: empty is fine, too long is not. */
    public static String optional(String raw, String fieldKey, int maxLength) {
        return limited(singleLine(raw), fieldKey, maxLength);
    }

    /** Refuses text over the limit instead of cutting it: cutting would silently change what was typed. */
    public static String limited(String cleaned, String fieldKey, int maxLength) {
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxLength) {
            throw new DomainException("validation.text.tooLong", fieldKey, maxLength, length);
        }
        return cleaned;
    }
}
