package nl.royaal.service.live;

import java.util.UUID;

/**
 * What the console shows about joining a workshop: the code, whether joining is locked, the cap
 * and how many phones joined (counted from the participant rows).
 */
public record JoinSettings(UUID workshopId, String joinCode, boolean joinLocked, int participantCap, int phonesJoined) {

    /** Whether the cap is reached: new phones are refused until the facilitator raises it. */
    public boolean full() {
        return phonesJoined >= participantCap;
    }
}
