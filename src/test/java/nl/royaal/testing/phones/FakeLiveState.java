package nl.royaal.testing.phones;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Workshop;
import nl.royaal.service.live.LiveSnapshot;
import nl.royaal.service.live.LiveStateSource;

/**
 * The facilitator's side, played by a test: which element the room is on, and its round. Every
 * change calls the listeners on the test's thread, as the console would on its own.
 */
public final class FakeLiveState implements LiveStateSource {

    private volatile LiveSnapshot snapshot;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public FakeLiveState(Workshop workshop) {
        this.snapshot = new LiveSnapshot(workshop.withCurrentElement(null, workshop.updatedAt()), RoundStatus.NOT_OPENED,
                false);
    }

    @Override
    public Optional<LiveSnapshot> current() {
        return Optional.ofNullable(snapshot);
    }

    @Override
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    @Override
    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    public int listenerCount() {
        return listeners.size();
    }

    public Workshop workshop() {
        return snapshot.workshop();
    }

    /** The room goes to the first element of {@code kind}, with its round in {@code status}. */
    public FakeLiveState at(ElementKind kind, RoundStatus status) {
        return at(kind, status, false);
    }

    public FakeLiveState at(ElementKind kind, RoundStatus status, boolean voting) {
        Workshop workshop = snapshot.workshop();
        AgendaElement element = workshop.agenda().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
        return set(new LiveSnapshot(workshop.withCurrentElement(element.id(), workshop.updatedAt()), status, false,
                voting));
    }

    /** The workshop ends: nothing is live. */
    public FakeLiveState end() {
        return set(null);
    }

    /** Live again (after {@link #end}), at no element. */
    public FakeLiveState resume(Workshop workshop) {
        return set(new LiveSnapshot(workshop, RoundStatus.NOT_OPENED, false));
    }

    public FakeLiveState set(LiveSnapshot next) {
        snapshot = next;
        listeners.forEach(Runnable::run);
        return this;
    }

    /** The current element's id. */
    public java.util.UUID elementId() {
        return snapshot.currentElementId().orElseThrow();
    }

    public java.util.UUID elementOf(ElementKind kind) {
        return snapshot.workshop().agenda().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow().id();
    }
}
