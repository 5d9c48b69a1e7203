package nl.royaal.service.live;

import java.util.Optional;

/**
 * Where the participant side (phones, kiosk) reads what the facilitator is doing. The console's
 * live run implements it; tests use a fake.
 */
public interface LiveStateSource {

    /** The live workshop now, or empty when no workshop is live (the phone server then refuses everything). */
    Optional<LiveSnapshot> current();

    /**
     * Called after every change the facilitator makes (element, round, reveal), on whatever thread made it.
     * Listeners must be quick and must not block.
     */
    void addListener(Runnable onChange);

    void removeListener(Runnable onChange);
}
