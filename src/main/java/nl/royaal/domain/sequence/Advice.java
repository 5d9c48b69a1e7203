package nl.royaal.domain.sequence;

import java.util.List;
import java.util.Objects;

/** Advice about the sequence as a whole: a message key and its arguments, for the screen to translate. */
public record Advice(String messageKey, List<Object> arguments) {

    /** No arguments. The current order is already the best: nothing needs to move. */
    public static final String UNCHANGED = "sequence.advice.unchanged";
    /**
     * Args: peak label, peak score, end label, end score. No order that keeps the pins and rules
     * ends on the highest score.
     */
    public static final String NO_PEAK_END = "sequence.advice.noPeakEnd";
    /** Args: end label. Add a closing peak after the (low) element that must stay last. */
    public static final String ADD_CLOSING_PEAK = "sequence.advice.addClosingPeak";

    public Advice {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Advice of(String messageKey, Object... arguments) {
        return new Advice(messageKey, List.of(arguments));
    }

    /** The arguments as an array, for {@code I18n.t(key, args)}. */
    public Object[] args() {
        return arguments.toArray();
    }
}
