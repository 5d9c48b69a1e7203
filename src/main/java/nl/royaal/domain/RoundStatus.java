package nl.royaal.domain;

/** Whether participants can answer in an agenda element right now. */
public enum RoundStatus {
    /** Not opened yet: phones show "wait". */
    NOT_OPENED,
    /** Answers are taken; a later answer replaces an earlier one. */
    OPEN,
    /** Answers are kept but no longer taken: phones show them read-only. */
    CLOSED
}
