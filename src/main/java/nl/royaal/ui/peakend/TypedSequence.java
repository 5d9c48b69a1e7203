package nl.royaal.ui.peakend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.sequence.Sequence;
import nl.royaal.domain.sequence.SequenceItem;
import nl.royaal.i18n.I18n;

/**
 * A sequence as a trainer types it: one element per line, "name; score", optionally "; place" to
 * pin it there. A tab separates as well, so a column pasted from a spreadsheet works, and a score
 * may use a decimal comma or point ("6,1", "6.1").
 */
final class TypedSequence {

    /** The most elements a typed sequence may have: a journey or an agenda, not a spreadsheet. */
    static final int MAX_ITEMS = 30;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(?:[.,]\\d+)?");
    private static final Pattern PLACE = Pattern.compile("\\d{1,3}");

    private TypedSequence() {
    }

    /**
     * @throws DomainException naming the line and what is wrong with it, or a {@code
     *         sequence.error.*} rule the whole sequence breaks (empty, a score outside 1–10, a pin
     *         outside the sequence or on a place already taken)
     */
    static Sequence parse(String typed) {
        List<String> lines = (typed == null ? "" : typed).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (lines.size() > MAX_ITEMS) {
            throw new DomainException("peakEnd.error.tooMany", lines.size(), MAX_ITEMS);
        }
        List<SequenceItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            items.add(item(lines.get(i), i + 1));
        }
        return Sequence.of(items);
    }

    private static SequenceItem item(String line, int number) {
        String[] parts = line.split("[;\t]", -1);
        if (parts.length < 2 || parts[1].isBlank()) {
            throw new DomainException("peakEnd.error.noScore", number, line);
        }
        String score = parts[1].strip();
        if (!NUMBER.matcher(score).matches()) {
            throw new DomainException("peakEnd.error.notANumber", number, score);
        }
        SequenceItem item = SequenceItem.of(parts[0].strip(), Double.parseDouble(score.replace(',', '.')));
        if (parts.length > 2 && !parts[2].isBlank()) {
            String place = parts[2].strip();
            if (!PLACE.matcher(place).matches() || Integer.parseInt(place) < 1) {
                throw new DomainException("peakEnd.error.notAPlace", number, place);
            }
            item = item.pinnedAt(Integer.parseInt(place) - 1);
        }
        return item;
    }

    /** The sequence as it would be typed, in the console's number format, pins as places. */
    static String format(Sequence sequence, I18n i18n) {
        return sequence.items().stream()
                .map(item -> item.label() + "; " + i18n.t("peakEnd.typedScore", item.score())
                        + (item.isPinned() ? "; " + (item.pinned() + 1) : ""))
                .collect(Collectors.joining("\n"));
    }
}
