package nl.royaal.domain;

/** Where a workshop is in its life: prepared, running in the room, or done. */
public enum WorkshopStatus {
    DRAFT,
    LIVE,
    CLOSED
}
