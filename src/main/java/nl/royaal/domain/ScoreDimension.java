package nl.royaal.domain;

/** The two scores every participant gives each touchpoint. */
public enum ScoreDimension {
    /** What the customer expects at this contact moment. */
    EXPECTATION,
    /** What the customer actually gets. */
    EXPERIENCE
}
