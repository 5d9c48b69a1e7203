package nl.royaal.persistence;

import java.util.Objects;
import java.util.UUID;

/**
 * How phones get into one workshop: the join code shown on the projector, whether joining is
 * locked, and how many phones may join. Stored; the rules for codes and caps are the service's.
 *
 * @param joinCode       the code participants type (or scan); stable for the workshop until regenerated
 * @param joinLocked     no new phones may join (those already in keep answering)
 * @param participantCap the most phones that may join this workshop
 */
public record PhoneAccess(UUID workshopId, String joinCode, boolean joinLocked, int participantCap) {

    public PhoneAccess {
        Objects.requireNonNull(workshopId, "workshopId");
        Objects.requireNonNull(joinCode, "joinCode");
    }

    public PhoneAccess withJoinCode(String newCode) {
        return new PhoneAccess(workshopId, newCode, joinLocked, participantCap);
    }

    public PhoneAccess withJoinLocked(boolean locked) {
        return new PhoneAccess(workshopId, joinCode, locked, participantCap);
    }

    public PhoneAccess withParticipantCap(int cap) {
        return new PhoneAccess(workshopId, joinCode, joinLocked, cap);
    }
}
