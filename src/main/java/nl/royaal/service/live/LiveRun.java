package nl.royaal.service.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.LiveStateRepository;
import nl.royaal.persistence.WorkshopRepository;
import nl.royaal.service.WorkshopService;

/**
 * The facilitator running one workshop in the room: which element is current, its round, its
 * reveal, its timer and notes. Every change is stored before it is announced, so a restart
 * continues at the same element with the same round open and the clocks where they were.
 *
 * <p>Thread-safe: the console calls it on the FX thread, the phone server reads snapshots from
 * its own threads. Listeners run on the thread that made the change and must not block.
 */
public final class LiveRun implements LiveStateSource {

    private final WorkshopService workshops;
    private final WorkshopRepository repository;
    private final LiveStateRepository liveStates;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private Workshop workshop;
    private final Map<UUID, ElementLiveState> states = new HashMap<>();

    private LiveRun(Workshop workshop, WorkshopService workshops, WorkshopRepository repository,
            LiveStateRepository liveStates, Clock clock) {
        this.workshop = workshop;
        this.workshops = workshops;
        this.repository = repository;
        this.liveStates = liveStates;
        this.clock = clock;
    }

    /**
     * Starts or resumes the live run: the workshop goes live, the room is put on its current
     * element (the first one when it has none) and that element's clock runs.
     */
    public static LiveRun start(Workshop workshop, WorkshopService workshops, WorkshopRepository repository,
            LiveStateRepository liveStates, Clock clock) {
        Objects.requireNonNull(workshop, "workshop");
        LiveRun run = new LiveRun(workshop, workshops, repository, liveStates, clock);
        run.states.putAll(liveStates.load(workshop.id()));
        synchronized (run) {
            if (workshop.status() != WorkshopStatus.LIVE) {
                run.workshop = workshops.setStatus(run.workshop, WorkshopStatus.LIVE);
            }
            if (run.workshop.currentElementId() == null && !run.workshop.agenda().isEmpty()) {
                run.workshop = workshops.goToElement(run.workshop, run.workshop.agenda().getFirst().id());
            }
            // The room is on this element again: its clock runs.
            Instant now = clock.instant();
            run.currentState().filter(state -> !state.timerRunning()).ifPresent(state -> {
                ElementLiveState running = state.startTimer(now);
                liveStates.save(run.workshop.id(), List.of(running));
                run.states.put(running.elementId(), running);
            });
        }
        return run;
    }

    // --- reading ------------------------------------------------------------------------

    public synchronized Workshop workshop() {
        return workshop;
    }

    public synchronized int currentIndex() {
        return workshop.currentElementIndex();
    }

    public synchronized Optional<AgendaElement> currentElement() {
        return workshop.currentElement();
    }

    /** The live state of an element; an element never visited is "not opened", at zero minutes. */
    public synchronized ElementLiveState state(UUID elementId) {
        return states.getOrDefault(elementId, ElementLiveState.initial(elementId));
    }

    public synchronized Optional<ElementLiveState> currentState() {
        return workshop.currentElement().map(element -> state(element.id()));
    }

    /** Time spent on the whole workshop so far (all elements' clocks added up). */
    public synchronized Duration totalElapsed() {
        Instant now = clock.instant();
        return workshop.agenda().stream()
                .map(element -> state(element.id()).elapsedAt(now))
                .reduce(Duration.ZERO, Duration::plus);
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public synchronized Optional<LiveSnapshot> current() {
        if (workshop.status() != WorkshopStatus.LIVE) {
            return Optional.empty();
        }
        ElementLiveState state = currentState().orElse(null);
        return Optional.of(new LiveSnapshot(workshop, state == null ? RoundStatus.NOT_OPENED : state.round(),
                state != null && state.revealed(), state != null && state.voting()));
    }

    // --- moving through the agenda ------------------------------------------------------

    public void next() {
        goTo(currentIndex() + 1);
    }

    public void previous() {
        goTo(currentIndex() - 1);
    }

    /**
     * Puts the room on the element at {@code index}: the clock of the element left pauses, the
     * clock of the element entered runs. Outside the agenda nothing happens.
     */
    public void goTo(int index) {
        synchronized (this) {
            if (index < 0 || index >= workshop.agenda().size() || index == workshop.currentElementIndex()) {
                return;
            }
            Instant now = clock.instant();
            List<ElementLiveState> changed = new ArrayList<>();
            currentState().ifPresent(leaving -> changed.add(leaving.pauseTimer(now)));
            AgendaElement entering = workshop.agenda().get(index);
            changed.add(state(entering.id()).startTimer(now));
            liveStates.save(workshop.id(), changed);
            changed.forEach(state -> states.put(state.elementId(), state));
            workshop = workshops.goToElement(workshop, entering.id());
        }
        announce();
    }

    // --- the current element's round ------------------------------------------------------

    public void openRound() {
        changeCurrent(state -> state.withRound(RoundStatus.OPEN));
    }

    public void closeRound() {
        changeCurrent(state -> state.withRound(RoundStatus.CLOSED));
    }

    /** Shows or hides the results on the projector (hidden until revealed, to avoid anchoring). */
    public void toggleReveal() {
        changeCurrent(state -> state.withRevealed(!state.revealed()));
    }

    /**
     * Back to "not opened" and hidden, writing, nothing highlighted, no vision field chosen, the
     * clock at zero; answers already given are kept.
     */
    public void resetRound() {
        Instant now = clock.instant();
        changeCurrent(state -> {
            ElementLiveState reset = state.reset();
            return state.timerRunning() ? reset.startTimer(now) : reset;
        });
    }

    /**
     * The dream service: switches the room between writing proposals and dot-voting on them; phones
     * follow at once. Other kinds of element do not vote, so for them nothing happens.
     */
    public void setVoting(boolean voting) {
        changeCurrent(state -> currentKindVotes() ? state.withVoting(voting) : state);
    }

    /**
     * The dream service: the field whose proposals the projector shows while the room votes;
     * {@code null} lets it follow the proposals. Stored with the element, so a restart or going
     * back shows the same field. Other kinds of element have no vision field: nothing happens.
     */
    public void setVisionField(VisionField field) {
        changeCurrent(state -> currentKindVotes() ? state.withVisionField(field) : state);
    }

    /** Shows one text (a fan moment, a pledge) large on the projector; {@code null} shows none. */
    public void highlight(UUID textId) {
        changeCurrent(state -> state.withHighlighted(textId));
    }

    /**
     * The dream service: the facilitator adopted, edited or merged a text, or changed the dots per
     * person. Stored with the workshop before it is announced; a refused change throws and stores nothing.
     */
    public void changeVision(java.util.function.UnaryOperator<VisionCanvas> change) {
        synchronized (this) {
            VisionCanvas changed = change.apply(workshop.vision());
            if (changed.equals(workshop.vision())) {
                return;
            }
            workshop = workshops.setVision(workshop, changed);
        }
        announce();
    }

    /**
     * The trainer changed how results are judged or projected (margin, reality-check figures, fan-club
     * inputs). Stored with the workshop before it is announced; a refused change throws and stores nothing.
     */
    public void changeSettings(java.util.function.UnaryOperator<WorkshopSettings> change) {
        synchronized (this) {
            WorkshopSettings changed = change.apply(workshop.settings());
            if (changed.equals(workshop.settings())) {
                return;
            }
            workshop = workshops.setSettings(workshop, changed);
        }
        announce();
    }

    /** T: pause or continue the current element's clock. */
    public void toggleTimer() {
        Instant now = clock.instant();
        changeCurrent(state -> state.timerRunning() ? state.pauseTimer(now) : state.startTimer(now));
    }

    /** The facilitator's private notes for the current element. */
    public void setNotes(String notes) {
        changeCurrent(state -> state.withNotes(notes));
    }

    /** New answers arrived (from phones or the kiosk): read the workshop again and tell the listeners. */
    public void answersChanged() {
        synchronized (this) {
            repository.find(workshop.id()).ifPresent(fresh -> workshop = fresh);
        }
        announce();
    }

    /** Pauses the running clock when the console closes, so a night in between does not count. */
    public synchronized void pause() {
        Instant now = clock.instant();
        currentState().filter(ElementLiveState::timerRunning).ifPresent(state -> {
            ElementLiveState paused = state.pauseTimer(now);
            liveStates.save(workshop.id(), List.of(paused));
            states.put(paused.elementId(), paused);
        });
    }

    // --- listeners -----------------------------------------------------------------------

    @Override
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    @Override
    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    private synchronized boolean currentKindVotes() {
        return workshop.currentElement().map(element -> element.kind() == ElementKind.DREAM_SERVICE).orElse(false);
    }

    private void changeCurrent(java.util.function.UnaryOperator<ElementLiveState> change) {
        synchronized (this) {
            Optional<ElementLiveState> current = currentState();
            if (current.isEmpty()) {
                return;
            }
            ElementLiveState changed = change.apply(current.get());
            if (changed.equals(current.get())) {
                return;
            }
            liveStates.save(workshop.id(), List.of(changed));
            states.put(changed.elementId(), changed);
        }
        announce();
    }

    private void announce() {
        listeners.forEach(Runnable::run);
    }
}
