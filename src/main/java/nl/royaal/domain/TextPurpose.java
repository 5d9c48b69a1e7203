package nl.royaal.domain;

/** The rounds in which participants write a short text. */
public enum TextPurpose {
    FAN_MOMENT,
    VISION_PROPOSAL,
    PLEDGE
}
