package nl.royaal.ui.common;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * Shows a participant's text in a wrapping label without tripping JavaFX 26: wrapping text that
 * holds Hebrew or Arabic throws in {@code PrismTextLayout.computeTrailingSpaceWidth}, and the
 * label (a console row, a card) then stays empty. Such text is broken into lines here, at spaces,
 * for the label's width, and shown unwrapped (each line still ends in "…" if it is too wide); the
 * whole text is in the tooltip. Any other text wraps as usual.
 */
public final class BidiSafeWrap {

    private static final String TEXT_KEY = BidiSafeWrap.class.getName() + ".text";
    private static final String LISTENER_KEY = BidiSafeWrap.class.getName() + ".listener";
    /** Before the label has a width: a console row's worth. */
    private static final int DEFAULT_CHARS_PER_LINE = 60;
    private static final int MIN_CHARS_PER_LINE = 12;
    /** An average glyph is about half the font size wide, in Latin as in Hebrew and Arabic. */
    private static final double AVERAGE_GLYPH_EM = 0.5;

    private BidiSafeWrap() {
    }

    /** Puts {@code text} in {@code label}, wrapped one way or the other. */
    public static void show(Labeled label, String text) {
        label.getProperties().put(TEXT_KEY, text);
        if (!needsOwnLineBreaks(text)) {
            label.setWrapText(true);
            label.setText(text);
            if (label.getProperties().get(LISTENER_KEY) != null) {
                label.setTooltip(null);
            }
            return;
        }
        if (label.getProperties().get(LISTENER_KEY) == null) {
            ChangeListener<Number> rebreak = (observable, before, width) -> breakLines(label);
            label.getProperties().put(LISTENER_KEY, rebreak);
            label.widthProperty().addListener(rebreak);
        }
        label.setWrapText(false);
        label.setTooltip(new Tooltip(text));
        breakLines(label);
    }

    /** Whether the text holds right-to-left script, which JavaFX 26 cannot wrap. */
    public static boolean needsOwnLineBreaks(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    /** The text in lines of at most {@code maxChars}, broken at spaces; a longer word gets a line of its own. */
    public static List<String> lines(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > maxChars) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void breakLines(Labeled label) {
        Object text = label.getProperties().get(TEXT_KEY);
        if (!(text instanceof String shown) || !needsOwnLineBreaks(shown)) {
            return;
        }
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        double glyph = label.getFont().getSize() * AVERAGE_GLYPH_EM;
        int chars = width > 0 ? Math.max(MIN_CHARS_PER_LINE, (int) (width / glyph)) : DEFAULT_CHARS_PER_LINE;
        String broken = String.join("\n", lines(shown, chars));
        if (!broken.equals(label.getText())) {
            label.setText(broken);
        }
    }
}
