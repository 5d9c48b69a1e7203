package nl.royaal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How one agenda element stands in the live run: its round, whether its results are revealed,
 * how long it has taken, and the facilitator's private notes. Kept per element so going back to
 * an element finds it as it was, and a restart of the laptop loses nothing.
 *
 * @param elapsed      time spent on the element before {@code runningSince}
 * @param runningSince when the timer last started; {@code null} while paused
 * @param notes        private to the facilitator; never shown on the projector or a phone
 * @param voting       the dream service only: the room dot-votes on the proposals instead of writing them
 * @param highlighted  the text answer (fan moment, pledge, proposal) the projector shows large; {@code null} for none
 * @param visionField  the dream service only: the field whose proposals the projector shows while the room
 *                     votes, as the facilitator chose it; {@code null} follows the proposals
 */
public record ElementLiveState(
        UUID elementId, RoundStatus round, boolean revealed, Duration elapsed, Instant runningSince, String notes,
        boolean voting, UUID highlighted, VisionField visionField) {

    public static final int MAX_NOTES_LENGTH = 2000;

    public ElementLiveState {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed time cannot be negative: " + elapsed);
        }
        notes = TextRules.limited(TextRules.multiLine(notes), "field.notes", MAX_NOTES_LENGTH);
    }

    /** A state without a chosen vision field (every element but the dream service). */
    public ElementLiveState(UUID elementId, RoundStatus round, boolean revealed, Duration elapsed, Instant runningSince,
            String notes, boolean voting, UUID highlighted) {
        this(elementId, round, revealed, elapsed, runningSince, notes, voting, highlighted, null);
    }

    /** An element nobody has been on yet. */
    public static ElementLiveState initial(UUID elementId) {
        return new ElementLiveState(elementId, RoundStatus.NOT_OPENED, false, Duration.ZERO, null, "", false, null);
    }

    public Optional<UUID> highlightedText() {
        return Optional.ofNullable(highlighted);
    }

    public boolean timerRunning() {
        return runningSince != null;
    }

    /** Time spent on the element up to {@code now}, counting a running timer. */
    public Duration elapsedAt(Instant now) {
        if (runningSince == null || now.isBefore(runningSince)) {
            return elapsed;
        }
        return elapsed.plus(Duration.between(runningSince, now));
    }

    public ElementLiveState startTimer(Instant now) {
        return timerRunning() ? this
                : new ElementLiveState(elementId, round, revealed, elapsed, now, notes, voting, highlighted, visionField);
    }

    public ElementLiveState pauseTimer(Instant now) {
        return timerRunning()
                ? new ElementLiveState(elementId, round, revealed, elapsedAt(now), null, notes, voting, highlighted,
                        visionField)
                : this;
    }

    public ElementLiveState withRound(RoundStatus newRound) {
        return new ElementLiveState(elementId, newRound, revealed, elapsed, runningSince, notes, voting, highlighted,
                visionField);
    }

    public ElementLiveState withRevealed(boolean newRevealed) {
        return new ElementLiveState(elementId, round, newRevealed, elapsed, runningSince, notes, voting, highlighted,
                visionField);
    }

    public ElementLiveState withNotes(String newNotes) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, newNotes, voting, highlighted,
                visionField);
    }

    public ElementLiveState withVoting(boolean newVoting) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, notes, newVoting, highlighted,
                visionField);
    }

    /** @param textId the text to show large, or {@code null} to show none */
    public ElementLiveState withHighlighted(UUID textId) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, notes, voting, textId,
                visionField);
    }

    /** @param field the vision field the projector shows while the room votes, or {@code null} to follow the proposals */
    public ElementLiveState withVisionField(VisionField field) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, notes, voting, highlighted,
                field);
    }

    /**
     * Back to "not opened", hidden, writing (not voting), nothing highlighted, no vision field chosen,
     * and the clock at zero.
     */
    public ElementLiveState reset() {
        return new ElementLiveState(elementId, RoundStatus.NOT_OPENED, false, Duration.ZERO, null, notes, false, null,
                null);
    }
}
