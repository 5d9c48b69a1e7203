package nl.royaal.ui.projector;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.PhoneRoom;

/**
 * What the room sees: the current element, large, in the workshop's language (which may differ
 * from the console's). No controls and nothing private: notes and counts stay on the console.
 */
public final class ProjectorViewModel {

    private final LiveRun run;
    private final PhoneRoom room;
    private final BooleanProperty blackout;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    private final ReadOnlyStringWrapper workshopTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper joinShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper joinAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joinCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joined = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<boolean[][]> qr = new ReadOnlyObjectWrapper<>(new boolean[0][0]);
    private final ReadOnlyObjectWrapper<javafx.scene.Node> elementContent = new ReadOnlyObjectWrapper<>();

    public ProjectorViewModel(LiveRun run, BooleanProperty blackout, PhoneRoom room) {
        this.run = run;
        this.blackout = blackout;
        this.room = room;
        room.access().ifPresent(access -> qr.set(access.qr()));
        refresh();
    }

    /** The current element's own slide content (a chart, a wall), when its live screen has one. */
    public ReadOnlyObjectProperty<javafx.scene.Node> elementContentProperty() {
        return elementContent.getReadOnlyProperty();
    }

    public void setElementContent(javafx.scene.Node content) {
        elementContent.set(content);
    }

    /** The join screen (QR, address, code, count) shows while the room is on the welcome. */
    public ReadOnlyBooleanProperty joinShownProperty() {
        return joinShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinAddressProperty() {
        return joinAddress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinCodeProperty() {
        return joinCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<boolean[][]> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    public BooleanProperty blackoutProperty() {
        return blackout;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyStringProperty workshopTitleProperty() {
        return workshopTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    /** Reads the live run again; call on the FX thread. */
    public void refresh() {
        Workshop workshop = run.workshop();
        I18n room = I18n.of(workshop.language());
        workshopTitle.set(workshop.details().clientOrganisation().isEmpty() ? workshop.title()
                : workshop.title() + " · " + workshop.details().clientOrganisation());
        AgendaElement element = workshop.currentElement().orElse(null);
        if (element == null) {
            kind.set("");
            title.set(workshop.title());
            body.set("");
            status.set("");
            footer.set("");
            return;
        }
        ElementLiveState state = run.state(element.id());
        showJoin(element, this.room, room);
        String kindName = room.t("kind." + element.kind().name().toLowerCase(Locale.ROOT));
        // Say the kind only when the title does not already say it.
        kind.set(kindName.equalsIgnoreCase(element.title()) ? "" : kindName);
        title.set(element.title());
        body.set(bodyFor(element, workshop, room));
        status.set(statusFor(element, state, room));
        footer.set(room.t("projector.footer", workshop.currentElementIndex() + 1, workshop.agenda().size()));
    }

    private void showJoin(AgendaElement element, PhoneRoom phones, I18n room) {
        boolean welcome = element.kind() == ElementKind.WELCOME && phones.access().isPresent();
        joinShown.set(welcome);
        phones.access().ifPresent(access -> {
            joinAddress.set(room.t("projector.join.address", access.baseUrl()));
            joinCode.set(room.t("projector.join.code", access.joinCode()));
        });
        joined.set(welcome ? room.t("projector.join.joined", phones.settings().phonesJoined()) : "");
    }

    private String bodyFor(AgendaElement element, Workshop workshop, I18n room) {
        String prompt = room.t("projector.prompt." + element.kind().name().toLowerCase(Locale.ROOT));
        return switch (element.kind()) {
            case BREAK -> room.t("projector.prompt.break", backAt(element));
            case WELCOME -> room.t("projector.prompt.welcome", workshop.details().clientOrganisation().isEmpty()
                    ? workshop.title() : workshop.details().clientOrganisation());
            default -> prompt;
        };
    }

    /** "We continue at 11:15": the break's planned minutes from now, rounded up to five minutes. */
    private String backAt(AgendaElement element) {
        Duration left = Duration.ofMinutes(element.plannedMinutes()).minus(run.state(element.id()).elapsedAt(run.now()));
        LocalTime back = LocalTime.ofInstant(run.now().plus(left.isNegative() ? Duration.ZERO : left),
                ZoneId.systemDefault());
        int roundedMinutes = (back.getMinute() + 4) / 5 * 5;
        back = back.withSecond(0).withNano(0).withMinute(0).plusMinutes(roundedMinutes);
        return back.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String statusFor(AgendaElement element, ElementLiveState state, I18n room) {
        if (!element.kind().takesAnswers()) {
            return "";
        }
        if (state.round() == RoundStatus.OPEN) {
            return room.t("projector.status.open");
        }
        if (state.round() == RoundStatus.CLOSED && !state.revealed()) {
            return room.t("projector.status.closed");
        }
        return "";
    }
}
