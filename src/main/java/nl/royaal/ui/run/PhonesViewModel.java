package nl.royaal.ui.run;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.Participant;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.JoinSettings;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.service.live.PhoneRoom;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;

/**
 * The console's view of the phones: where to join, how many joined, on which network, and the
 * facilitator's controls (lock joining, cap, remove someone).
 */
public final class PhonesViewModel {

    private final PhoneRoom room;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ReadOnlyStringWrapper joinCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joinAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<boolean[][]> qr = new ReadOnlyObjectWrapper<>(new boolean[0][0]);
    private final ReadOnlyStringWrapper servedOn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joined = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Integer> cap = new SimpleObjectProperty<>(ParticipantService.DEFAULT_PARTICIPANT_CAP);
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();

    public PhonesViewModel(PhoneRoom room, DialogService dialogs, I18n i18n) {
        this.room = room;
        this.dialogs = dialogs;
        this.i18n = i18n;
        Optional<PhoneRoom.Access> access = room.access();
        access.ifPresent(where -> {
            joinCode.set(where.joinCode());
            joinAddress.set(where.baseUrl());
            qr.set(where.qr());
            servedOn.set(i18n.t("phones.servedOn", where.servedOn()));
            warning.set(where.loopbackOnly() ? i18n.t("phones.loopbackOnly") : "");
        });
        room.startFailure().ifPresent(why -> warning.set(i18n.t("phones.notServing", why)));
        refresh();
        cap.addListener((obs, old, value) -> {
            if (value != null && !value.equals(old) && value != room.settings().participantCap()) {
                attempt(() -> room.setParticipantCap(value));
            }
        });
    }

    public ReadOnlyStringProperty joinCodeProperty() {
        return joinCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinAddressProperty() {
        return joinAddress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<boolean[][]> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty servedOnProperty() {
        return servedOn.getReadOnlyProperty();
    }

    /** Only reachable from this laptop, or not serving at all: said in plain words. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> capProperty() {
        return cap;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public String nameOf(Participant participant) {
        return participant.name().orElseGet(() -> i18n.t("phones.anonymous", participants.indexOf(participant) + 1));
    }

    public void toggleLock() {
        attempt(() -> room.setJoinLocked(!room.settings().joinLocked()));
    }

    /** Removes a participant after asking; their phone can no longer answer. */
    public void remove(Participant participant) {
        if (dialogs.confirm(i18n.t("phones.remove.title"), i18n.t("phones.remove.question", nameOf(participant)),
                i18n.t("phones.remove.confirm"))) {
            attempt(() -> room.removeParticipant(participant.id()));
        }
    }

    /** Reads the room again (after any change in the live run). */
    public void refresh() {
        JoinSettings settings = room.settings();
        joined.set(i18n.t("phones.joined", settings.phonesJoined(), settings.participantCap()));
        locked.set(settings.joinLocked());
        if (cap.get() == null || cap.get() != settings.participantCap()) {
            cap.set(settings.participantCap());
        }
        participants.setAll(room.phoneParticipants());
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), new UserMessages(i18n).describe(failure));
        }
        refresh();
    }
}
