package nl.royaal.persistence;

import java.util.Optional;
import java.util.UUID;

/** What the app remembers between runs inside its database: the workshop that was open last. */
public interface AppStateRepository {

    Optional<UUID> lastOpenWorkshop();

    /** {@code null} forgets it (after the workshop was deleted). */
    void setLastOpenWorkshop(UUID workshopId);
}
