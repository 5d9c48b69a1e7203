package nl.royaal.domain;

/**
 * What an agenda element does in the room. The order here is the default flow of
 * PRODUCT.md section 3; {@link #CUSTOM} and {@link #BREAK} are elements a trainer adds.
 */
public enum ElementKind {
    WELCOME,
    FAN_MOMENT,
    SELF_IMAGE,
    DREAM_SERVICE,
    TOUCHPOINTS,
    SCORING,
    PEAK_END,
    PROMISE_CHECK,
    PLEDGE,
    CLOSING,
    BREAK,
    CUSTOM;

    /** Whether participants answer in this kind of element (so it has a round to open, close and reveal). */
    public boolean takesAnswers() {
        return switch (this) {
            case FAN_MOMENT, SELF_IMAGE, DREAM_SERVICE, SCORING, PLEDGE, CLOSING -> true;
            case WELCOME, TOUCHPOINTS, PEAK_END, PROMISE_CHECK, BREAK, CUSTOM -> false;
        };
    }
}
