package nl.royaal.ui.fanmoment;

import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.Workshop;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.ParticipantService;

/**
 * The wall's desk in the running workshop: moderation goes through the participant service (one
 * commit each), highlighting through the live run. After a change the run reads the workshop again
 * at once, so the console and the projector follow without waiting for the phones' notifier.
 */
public final class LiveTextDesk implements TextDesk, AutoCloseable {

    private final LiveRun run;
    private final UUID elementId;
    private final ParticipantService participants;

    public LiveTextDesk(LiveRun run, UUID elementId, ParticipantService participants) {
        this.run = Objects.requireNonNull(run, "run");
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.participants = Objects.requireNonNull(participants, "participants");
    }

    @Override
    public Workshop workshop() {
        return run.workshop();
    }

    @Override
    public ElementLiveState state() {
        return run.state(elementId);
    }

    @Override
    public void setHidden(UUID textId, boolean hidden) {
        participants.setTextHidden(run.workshop().id(), textId, hidden);
        if (hidden && state().highlightedText().filter(textId::equals).isPresent()) {
            run.highlight(null);
        }
        run.answersChanged();
    }

    @Override
    public void highlight(UUID textId) {
        run.highlight(textId);
    }

    @Override
    public TextAnswer typeIn(String text) {
        TextAnswer stored = participants.typeInText(elementId, text);
        run.answersChanged();
        return stored;
    }

    /** Lets the participant service finish what it stores, then stops it. */
    @Override
    public void close() {
        participants.close();
    }
}
