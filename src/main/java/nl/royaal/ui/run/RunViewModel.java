package nl.royaal.ui.run;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.ui.shell.Navigator;

/**
 * Running the workshop: which element the room is on, stepping through the agenda. Every step is
 * stored, so a restart of the laptop continues at the same element. The live screens of the
 * elements themselves are built by later work; until then each says so plainly.
 */
public final class RunViewModel {

    private final WorkshopService service;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final I18n i18n;
    private final UserMessages messages;

    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AgendaElement> agenda = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<AgendaElement> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextUp = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper atFirst = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper atLast = new ReadOnlyBooleanWrapper();

    public RunViewModel(Workshop running, WorkshopService service, DialogService dialogs, Navigator navigator,
            I18n i18n) {
        this.service = service;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.i18n = i18n;
        this.messages = new UserMessages(i18n);
        show(running);
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public ObservableList<AgendaElement> agenda() {
        return agenda;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgendaElement> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextUpProperty() {
        return nextUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atFirstProperty() {
        return atFirst.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atLastProperty() {
        return atLast.getReadOnlyProperty();
    }

    public String kindName(ElementKind kind) {
        return i18n.t("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** The honest placeholder for an element whose live screen is not built yet. */
    public String comingSoonText(ElementKind kind) {
        return i18n.t("run.comingSoon", kindName(kind));
    }

    public void next() {
        goTo(currentIndex.get() + 1);
    }

    public void previous() {
        goTo(currentIndex.get() - 1);
    }

    /** Moves the room to the element at {@code index}; outside the agenda nothing happens. */
    public void goTo(int index) {
        if (index < 0 || index >= agenda.size() || index == currentIndex.get()) {
            return;
        }
        try {
            show(service.goToElement(workshop.get(), agenda.get(index).id()));
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), messages.describe(failure));
        }
    }

    public void backToPreparation() {
        navigator.showPreparation(workshop.get());
    }

    /** Ends the workshop after asking: it moves to the history as closed, answers kept. */
    public void closeWorkshop() {
        boolean sure = dialogs.confirm(i18n.t("run.close.title"), i18n.t("run.close.question", workshop.get().title()),
                i18n.t("run.close.confirm"));
        if (!sure) {
            return;
        }
        try {
            service.setStatus(workshop.get(), WorkshopStatus.CLOSED);
            service.close();
            navigator.showWorkshopList();
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), messages.describe(failure));
        }
    }

    private void show(Workshop changed) {
        workshop.set(changed);
        if (!agenda.equals(changed.agenda())) {
            agenda.setAll(changed.agenda());
        }
        int index = Math.max(changed.currentElementIndex(), agenda.isEmpty() ? -1 : 0);
        currentIndex.set(index);
        current.set(index < 0 ? null : agenda.get(index));
        progress.set(index < 0 ? "" : i18n.t("run.progress", index + 1, agenda.size()));
        nextUp.set(index + 1 < agenda.size() ? i18n.t("run.nextUp", agenda.get(index + 1).title()) : i18n.t("run.lastElement"));
        atFirst.set(index <= 0);
        atLast.set(index >= agenda.size() - 1);
    }
}
