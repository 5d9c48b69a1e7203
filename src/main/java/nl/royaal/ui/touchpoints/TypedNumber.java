package nl.royaal.ui.touchpoints;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.royaal.domain.DomainException;

/**
 * A number as a trainer types it, in either notation: "0,5" and "0.5" are a half; "13.000",
 * "13,000" and "13 000" are thirteen thousand (groups of three after the first digits); in
 * "1.234,5" and "1,234.5" the last mark is the decimal one.
 */
final class TypedNumber {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

    private TypedNumber() {
    }

    /**
     * @return empty for an empty text
     * @throws DomainException {@code notNumberKey} with the typed text when it is not a number
     */
    static OptionalDouble parse(String typed, String notNumberKey) {
        String text = SPACES.matcher(typed == null ? "" : typed).replaceAll("");
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        String plain;
        if (GROUPED.matcher(text).matches()) {
            plain = text.replace(".", "").replace(",", "");
        } else if (text.contains(",") && text.contains(".")) {
            char decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
            plain = text.replace(decimal == ',' ? "." : ",", "").replace(',', '.');
        } else {
            plain = text.replace(',', '.');
        }
        // Only digits, one point and a leading minus: "1e9", "NaN" and "Infinity" are not typed numbers.
        if (!plain.matches("-?\\d*\\.?\\d+|-?\\d+\\.")) {
            throw new DomainException(notNumberKey, typed.strip());
        }
        return OptionalDouble.of(Double.parseDouble(plain));
    }
}
