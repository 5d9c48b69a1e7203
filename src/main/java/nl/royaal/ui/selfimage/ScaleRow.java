package nl.royaal.ui.selfimage;

import java.util.Objects;

/**
 * One line on a {@link GradeScale}: two marks on the 1–10 grade scale and the stretch between
 * them (the self-image gap; a touchpoint's expectation and experience). Plain data, so view models
 * can describe a scale without holding a node.
 *
 * @param caption   what the line is ("now", "what if"); empty for none
 * @param from      the first mark, drawn as a ring
 * @param to        the second mark, drawn as a filled diamond
 * @param spanText  the text under the stretch between the marks (the gap), empty for none
 * @param spanStyle a style class for the stretch and its text (the gap class), empty for none
 */
public record ScaleRow(String caption, Mark from, Mark to, String spanText, String spanStyle) {

    public ScaleRow {
        caption = Objects.requireNonNullElse(caption, "");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        spanText = Objects.requireNonNullElse(spanText, "");
        spanStyle = Objects.requireNonNullElse(spanStyle, "");
    }

    /**
     * One mark.
     *
     * @param value a grade from 1 to 10 (means and what-ifs are fractions)
     * @param text  what the mark says ("wij 7,4")
     * @param style a style class for the mark and its text, empty for none
     */
    public record Mark(double value, String text, String style) {
        public Mark {
            if (!(value >= 1 && value <= 10)) {
                throw new IllegalArgumentException("not on the grade scale: " + value);
            }
            text = Objects.requireNonNullElse(text, "");
            style = Objects.requireNonNullElse(style, "");
        }
    }
}
