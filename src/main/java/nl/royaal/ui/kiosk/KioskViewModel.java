package nl.royaal.ui.kiosk;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.royaal.domain.Participant;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.VisionField;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.service.live.PhoneView;
import nl.royaal.ui.common.UserMessages;

/**
 * The laptop kiosk for rooms without network: participants take turns at the laptop and answer
 * the same open round as the phones would, each turn as a new anonymous participant.
 */
public final class KioskViewModel {

    private final ParticipantService participants;
    private final Supplier<UUID> workshopId;
    private final Supplier<I18n> roomLanguage;

    private final ReadOnlyObjectWrapper<PhoneView> view = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private UUID participantId;

    /**
     * @param workshopId   the live workshop
     * @param roomLanguage the workshop's language: participants read the kiosk in it
     */
    public KioskViewModel(ParticipantService participants, Supplier<UUID> workshopId, Supplier<I18n> roomLanguage) {
        this.participants = participants;
        this.workshopId = workshopId;
        this.roomLanguage = roomLanguage;
    }

    /** What the participant at the laptop answers now; {@code null} between turns. */
    public ReadOnlyObjectProperty<PhoneView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** "Ontvangen ✓" after every stored answer, or why an answer was refused. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public I18n i18n() {
        return roomLanguage.get();
    }

    public boolean inTurn() {
        return participantId != null;
    }

    /** The next participant steps up: a fresh anonymous participant answers. */
    public void startTurn() {
        Participant next = participants.addKioskParticipant(workshopId.get());
        participantId = next.id();
        feedback.set("");
        refresh();
    }

    /** Done: the answers are stored already; the kiosk waits for the next person. */
    public void endTurn() {
        participantId = null;
        feedback.set("");
        view.set(null);
    }

    /** The round changed (the facilitator moved on or closed it): show what is asked now. */
    public void refresh() {
        if (participantId == null) {
            return;
        }
        try {
            view.set(participants.view(participantId));
        } catch (RuntimeException notLive) {
            feedback.set(new UserMessages(i18n()).describe(notLive));
            view.set(null);
        }
    }

    public void score(UUID touchpointId, ScoreDimension dimension, int grade) {
        answer(() -> participants.submitScore(participantId, elementId(), touchpointId, dimension, grade));
    }

    public void selfImage(SelfImageQuestion question, int grade) {
        answer(() -> participants.submitSelfImage(participantId, elementId(), question, grade));
    }

    public void text(String text) {
        answer(() -> participants.submitText(participantId, elementId(), text));
    }

    public void proposal(VisionField field, String text) {
        answer(() -> participants.submitProposal(participantId, elementId(), field, text));
    }

    public void vote(UUID proposalId, boolean on) {
        answer(() -> participants.submitVote(participantId, elementId(), proposalId, on));
    }

    /** How many dots the participant at the laptop now has on a proposal (its + and −). */
    public void dots(UUID proposalId, int dots) {
        answer(() -> participants.submitDots(participantId, elementId(), proposalId, dots));
    }

    public void rating(UUID ratedElementId, int grade) {
        answer(() -> participants.submitRating(participantId, elementId(), ratedElementId, grade));
    }

    private UUID elementId() {
        return view.get() == null ? null : view.get().elementId();
    }

    private void answer(Runnable submit) {
        try {
            submit.run();
            feedback.set(i18n().t("phone.received"));
        } catch (RuntimeException refused) {
            feedback.set(new UserMessages(i18n()).describe(refused));
        }
        refresh();
    }
}
