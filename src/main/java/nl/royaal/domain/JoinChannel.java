package nl.royaal.domain;

/** How a participant came in: own phone, the laptop kiosk, typed from paper, or a file import. */
public enum JoinChannel {
    PHONE,
    KIOSK,
    SCORE_GRID,
    IMPORT
}
