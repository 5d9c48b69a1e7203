package nl.royaal.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.SettingsStore;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.TemplateReader;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.ReportService;
import nl.royaal.service.SettingsService;
import nl.royaal.service.WorkshopFileService;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.web.LanPhoneRoom;
import nl.royaal.ui.closing.ClosingScreen;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.WelcomeScreen;
import nl.royaal.ui.fanmoment.FanMomentScreen;
import nl.royaal.ui.pledge.PledgeScreen;
import nl.royaal.ui.peakend.PeakEndScreen;
import nl.royaal.ui.promise.PromiseScreen;
import nl.royaal.ui.selfimage.SelfImageScreen;
import nl.royaal.ui.touchpoints.TouchpointsScreen;
import nl.royaal.ui.scoring.ScoringScreen;
import nl.royaal.ui.shell.ConsoleServices;
import nl.royaal.ui.shell.ConsoleShell;
import nl.royaal.ui.vision.VisionScreen;

/**
 * The composition root: opens the database, wires services and screens, and resumes where the
 * trainer left off. Used by the real launcher and by the UI tests (with temporary directories).
 */
public final class ConsoleApplication implements AutoCloseable {

    private final Database database;
    private final ConsoleShell shell;

    private ConsoleApplication(Database database, ConsoleShell shell) {
        this.database = database;
        this.shell = shell;
    }

    /**
     * @param dataDirectory   {@code --data-dir}, or {@code null} for the setting or the default
     * @param openFile        {@code --open}, or {@code null}
     * @throws nl.royaal.persistence.StorageException when the database cannot be opened (locked, unreadable)
     */
    public static ConsoleApplication start(Stage stage, Path configDirectory, Path defaultDataDirectory,
            Path dataDirectory, Path openFile, Consumer<String> showDocument) {
        return start(stage, configDirectory, defaultDataDirectory, dataDirectory, openFile, LanPhoneRoom.Reach.LAN,
                showDocument);
    }

    public static ConsoleApplication start(Stage stage, Path configDirectory, Path defaultDataDirectory,
            Path dataDirectory, Path openFile, LanPhoneRoom.Reach phones, Consumer<String> showDocument) {
        SettingsService settings = new SettingsService(new SettingsStore(configDirectory), defaultDataDirectory,
                dataDirectory);
        I18n i18n = I18n.of(settings.current().language());
        Database database = Database.open(settings.effectiveDataDirectory());
        try {
            WorkshopService workshops = new WorkshopService(database.workshops(), database.appState(),
                    Clock.systemDefaultZone());
            WorkshopFileService files = new WorkshopFileService(database.workshops(), new RoyaalFile(Version.current()));
            Clock clock = Clock.systemDefaultZone();
            // The scoring screen's import asks the shell's dialogs for a file; the shell exists only below.
            AtomicReference<ConsoleShell> shellOnceBuilt = new AtomicReference<>();
            ScoreEntryService entries = new ScoreEntryService(database.workshops(), database.answers(), clock);
            ConsoleShell shell = new ConsoleShell(stage, new ConsoleServices(workshops, files, settings,
                    memoized(TemplateReader::defaultTemplate),
                    workshop -> LiveRun.start(workshop, workshops, database.workshops(), database.liveState(), clock),
                    run -> new LanPhoneRoom(run, new ParticipantService(database.phones(), database.answers(), run,
                            clock)).start(phones),
                    elementScreens(workshops, database.answers(), entries, () -> shellOnceBuilt.get().dialogs(),
                            run -> new ParticipantService(database.phones(), database.answers(), run, clock)),
                    new ReportService(), showDocument), i18n);
            shellOnceBuilt.set(shell);
            shell.install();
            resume(shell, workshops, files, openFile, i18n);
            return new ConsoleApplication(database, shell);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    public ConsoleShell shell() {
        return shell;
    }

    /** A file given on the command line wins; else the last open workshop at its element; else the list. */
    private static void resume(ConsoleShell shell, WorkshopService workshops, WorkshopFileService files, Path openFile,
            I18n i18n) {
        if (openFile != null) {
            try {
                Workshop imported = files.importFile(openFile).workshop();
                shell.showPreparation(workshops.open(imported.id()));
                return;
            } catch (RuntimeException unreadable) {
                shell.showWorkshopList();
                shell.showError(i18n.t("cli.open.failed", openFile.getFileName()),
                        new UserMessages(i18n).describe(unreadable));
                return;
            }
        }
        Optional<Workshop> last = workshops.lastOpen();
        if (last.isPresent() && last.get().currentElementId() != null) {
            shell.showRun(last.get());
        } else if (last.isPresent()) {
            shell.showPreparation(last.get());
        } else {
            shell.showWorkshopList();
        }
    }

    /** The live screens built so far; a kind without one shows "komt eraan" on the run screen. */
    /** @param participants the facilitator's own participant service for a run (moderating, typing texts in) */
    static ElementScreens elementScreens(WorkshopService workshops, AnswerRepository answers, ScoreEntryService entries,
            Supplier<DialogService> dialogs, Function<LiveRun, ParticipantService> participants) {
        return new ElementScreens()
                .register(ElementKind.WELCOME, (element, run, console, room) -> new WelcomeScreen(console))
                .register(ElementKind.FAN_MOMENT, FanMomentScreen.factory(participants))
                .register(ElementKind.SELF_IMAGE, SelfImageScreen.factory())
                .register(ElementKind.DREAM_SERVICE, VisionScreen.factory(answers))
                .register(ElementKind.TOUCHPOINTS, TouchpointsScreen.factory(workshops))
                .register(ElementKind.SCORING, ScoringScreen.factory(entries, dialogs))
                .register(ElementKind.PEAK_END, PeakEndScreen.factory())
                .register(ElementKind.PROMISE_CHECK, PromiseScreen.factory())
                .register(ElementKind.PLEDGE, PledgeScreen.factory(participants))
                .register(ElementKind.CLOSING, ClosingScreen::new);
    }

    private static <T> Supplier<T> memoized(Supplier<T> source) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = source.get();
                }
                return value;
            }
        };
    }

    @Override
    public void close() {
        shell.leaveRun();
        database.close();
    }
}
