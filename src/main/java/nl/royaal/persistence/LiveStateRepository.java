package nl.royaal.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.ElementLiveState;

/** The live run of a workshop's elements; every save is committed before it returns. */
public interface LiveStateRepository {

    /** Every element that has a live state, by element id; elements never visited are absent. */
    Map<UUID, ElementLiveState> load(UUID workshopId);

    /** Stores these states together (leaving one element and entering the next is one change). */
    void save(UUID workshopId, Collection<ElementLiveState> states);
}
