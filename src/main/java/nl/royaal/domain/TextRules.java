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
        // \p{Cc}, not \p{Cntrl}: the POSIX class is ASCII only and lets U+0080-U+009F through.
        return trim(raw.replaceAll("\\p{Cc}+", " ").replaceAll(" {2,}", " "));
    }

    /** A free text that may span lines: keeps line breaks, drops every other control character. */
    public static String multiLine(String raw) {
        if (raw == null) {
            return "";
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        return trim(unified.replaceAll("[\\p{Cc}&&[^\\n]]", "").replaceAll("\\n{3,}", "\n\n"));
    }

    /**
     * {@link String#strip()} plus the no-break spaces it keeps (U+00A0, U+2007, U+202F; a Mac
     * types U+00A0 with Option+Space), so a title of only such spaces counts as empty.
     */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
