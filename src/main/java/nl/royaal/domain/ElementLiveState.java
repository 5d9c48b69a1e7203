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
 */
public record ElementLiveState(
        UUID elementId, RoundStatus round, boolean revealed, Duration elapsed, Instant runningSince, String notes,
        boolean voting, UUID highlighted) {

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
        return timerRunning() ? this : new ElementLiveState(elementId, round, revealed, elapsed, now, notes, voting, highlighted);
    }

    public ElementLiveState pauseTimer(Instant now) {
        return timerRunning() ? new ElementLiveState(elementId, round, revealed, elapsedAt(now), null, notes, voting, highlighted) : this;
    }

    public ElementLiveState withRound(RoundStatus newRound) {
        return new ElementLiveState(elementId, newRound, revealed, elapsed, runningSince, notes, voting, highlighted);
    }

    public ElementLiveState withRevealed(boolean newRevealed) {
        return new ElementLiveState(elementId, round, newRevealed, elapsed, runningSince, notes, voting, highlighted);
    }

    public ElementLiveState withNotes(String newNotes) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, newNotes, voting, highlighted);
    }

    public ElementLiveState withVoting(boolean newVoting) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, notes, newVoting, highlighted);
    }

    /** @param textId the text to show large, or {@code null} to show none */
    public ElementLiveState withHighlighted(UUID textId) {
        return new ElementLiveState(elementId, round, revealed, elapsed, runningSince, notes, voting, textId);
    }

    /** Back to "not opened", hidden, writing (not voting), nothing highlighted, and the clock at zero. */
    public ElementLiveState reset() {
        return new ElementLiveState(elementId, RoundStatus.NOT_OPENED, false, Duration.ZERO, null, notes, false, null);
    }
}
