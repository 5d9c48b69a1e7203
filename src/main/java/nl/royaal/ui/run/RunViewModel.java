package nl.royaal.ui.run;

import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.ui.shell.Navigator;

/**
 * Running the workshop in the room: the agenda with the current element, its round, reveal,
 * clock and notes. Every step goes through the {@link LiveRun}, which stores it first, so a
 * restart of the laptop continues exactly here.
 */
public final class RunViewModel {

    /** Over the planned time the clock turns amber; over this share of it, red. */
    static final double RED_AT = 1.2;

    /** How the planned-versus-elapsed clock looks. */
    public enum TimeLevel { ON_TIME, OVER, FAR_OVER }

    private final LiveRun run;
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
    private final ReadOnlyObjectWrapper<RoundStatus> round = new ReadOnlyObjectWrapper<>(RoundStatus.NOT_OPENED);
    private final ReadOnlyStringWrapper roundText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper elementClock = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TimeLevel> elementLevel = new ReadOnlyObjectWrapper<>(TimeLevel.ON_TIME);
    private final ReadOnlyStringWrapper totalClock = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TimeLevel> totalLevel = new ReadOnlyObjectWrapper<>(TimeLevel.ON_TIME);
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper participants = new ReadOnlyStringWrapper("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty blackout = new SimpleBooleanProperty();
    private final BooleanProperty helpShown = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper takesAnswers = new ReadOnlyBooleanWrapper();

    public RunViewModel(LiveRun run, WorkshopService service, DialogService dialogs, Navigator navigator, I18n i18n) {
        this.run = run;
        this.service = service;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.i18n = i18n;
        this.messages = new UserMessages(i18n);
        refresh();
    }

    // --- properties ------------------------------------------------------------------------

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

    public ReadOnlyObjectProperty<RoundStatus> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundTextProperty() {
        return roundText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elementClockProperty() {
        return elementClock.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeLevel> elementLevelProperty() {
        return elementLevel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalClockProperty() {
        return totalClock.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeLevel> totalLevelProperty() {
        return totalLevel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timerRunningProperty() {
        return timerRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty participantsProperty() {
        return participants.getReadOnlyProperty();
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** B: the projector shows black (again to return); the console keeps working. */
    public BooleanProperty blackoutProperty() {
        return blackout;
    }

    public BooleanProperty helpShownProperty() {
        return helpShown;
    }

    /** Whether participants answer in the current element, so it has a round to open and reveal. */
    public ReadOnlyBooleanProperty takesAnswersProperty() {
        return takesAnswers.getReadOnlyProperty();
    }

    public LiveRun liveRun() {
        return run;
    }

    public I18n i18n() {
        return i18n;
    }

    public String kindName(ElementKind kind) {
        return i18n.t("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** The honest placeholder for an element whose live screen is not built yet. */
    public String comingSoonText(ElementKind kind) {
        return i18n.t("run.comingSoon", kindName(kind));
    }

    public String plannedText(AgendaElement element) {
        return i18n.t("agenda.minutes", element.plannedMinutes());
    }

    // --- actions ---------------------------------------------------------------------------

    public void next() {
        attempt(run::next);
    }

    public void previous() {
        attempt(run::previous);
    }

    public void goTo(int index) {
        attempt(() -> run.goTo(index));
    }

    public void openRound() {
        attempt(run::openRound);
    }

    public void closeRound() {
        attempt(run::closeRound);
    }

    /** R: show or hide the results. */
    public void toggleReveal() {
        attempt(run::toggleReveal);
    }

    /** T: pause or continue the clock of the current element. */
    public void toggleTimer() {
        attempt(run::toggleTimer);
    }

    public void toggleBlackout() {
        blackout.set(!blackout.get());
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    /** Starts the round over after asking; the answers given so far are kept. */
    public void resetRound() {
        AgendaElement element = current.get();
        if (element == null || !dialogs.confirm(i18n.t("run.reset.title"),
                i18n.t("run.reset.question", element.title()), i18n.t("run.reset.confirm"))) {
            return;
        }
        attempt(run::resetRound);
    }

    /** Stores the notes when the facilitator leaves the notes field. */
    public void commitNotes() {
        attempt(() -> run.setNotes(notes.get()));
    }

    public void backToPreparation() {
        commitNotes();
        run.pause();
        navigator.showPreparation(run.workshop());
    }

    /** Ends the workshop after asking: it moves to the history as closed, answers kept. */
    public void closeWorkshop() {
        boolean sure = dialogs.confirm(i18n.t("run.close.title"), i18n.t("run.close.question", run.workshop().title()),
                i18n.t("run.close.confirm"));
        if (!sure) {
            return;
        }
        attempt(() -> {
            commitNotes();
            run.pause();
            service.setStatus(run.workshop(), WorkshopStatus.CLOSED);
            service.close();
            navigator.showWorkshopList();
        });
    }

    /** Reads the live run again: after every change, and every second for the clocks. */
    public void refresh() {
        Workshop changed = run.workshop();
        workshop.set(changed);
        if (!agenda.equals(changed.agenda())) {
            agenda.setAll(changed.agenda());
        }
        int index = changed.currentElementIndex();
        AgendaElement element = index < 0 ? null : agenda.get(index);
        boolean moved = current.get() == null || element == null || !current.get().id().equals(element.id());
        currentIndex.set(index);
        current.set(element);
        progress.set(index < 0 ? "" : i18n.t("run.progress", index + 1, agenda.size()));
        nextUp.set(index + 1 < agenda.size() ? i18n.t("run.nextUp", agenda.get(index + 1).title())
                : i18n.t("run.lastElement"));
        atFirst.set(index <= 0);
        atLast.set(index >= agenda.size() - 1);
        participants.set(i18n.t("workshops.participants", changed.participants().size()));
        takesAnswers.set(element != null && element.kind().takesAnswers());
        ElementLiveState state = element == null ? null : run.state(element.id());
        if (state != null) {
            round.set(state.round());
            roundText.set(i18n.t("run.round." + state.round().name().toLowerCase(Locale.ROOT)));
            revealed.set(state.revealed());
            timerRunning.set(state.timerRunning());
            if (moved) {
                notes.set(state.notes());
            }
        }
        tick();
    }

    /** Updates the clocks only; cheap enough to call every second. */
    public void tick() {
        AgendaElement element = current.get();
        if (element == null) {
            return;
        }
        Duration spent = run.state(element.id()).elapsedAt(run.now());
        Duration planned = Duration.ofMinutes(element.plannedMinutes());
        elementClock.set(i18n.t("run.clock", clock(spent), clock(planned)));
        elementLevel.set(level(spent, planned));
        Duration total = run.totalElapsed();
        Duration totalPlanned = Duration.ofMinutes(agenda.stream().mapToInt(AgendaElement::plannedMinutes).sum());
        totalClock.set(i18n.t("run.totalClock", clock(total), clock(totalPlanned)));
        totalLevel.set(level(total, totalPlanned));
    }

    static TimeLevel level(Duration spent, Duration planned) {
        if (planned.isZero() || spent.compareTo(planned) <= 0) {
            return planned.isZero() && !spent.isZero() ? TimeLevel.OVER : TimeLevel.ON_TIME;
        }
        return spent.toMillis() > planned.toMillis() * RED_AT ? TimeLevel.FAR_OVER : TimeLevel.OVER;
    }

    /** "12:05" for twelve minutes five, "1:02:30" past the hour. */
    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), messages.describe(failure));
        }
        refresh();
    }
}
