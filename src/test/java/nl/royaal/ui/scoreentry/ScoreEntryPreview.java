package nl.royaal.ui.scoreentry;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.royaal.app.ConsoleApplication;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.file.TemplateReader;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.web.LanPhoneRoom;

/**
 * Reaches both dialogs in the real console without the scoring screen's buttons, for looking at
 * them under Xvfb and for screenshots: starts the console on a fresh data directory with a live
 * workshop from the default template on its scoring element, then opens the paper-form grid
 * ({@code grid}) or the import of a file ({@code import FILE}) over it.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) nl.royaal.ui.scoreentry.ScoreEntryPreview grid /tmp/dir</pre>
 */
public final class ScoreEntryPreview {

    private ScoreEntryPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Console.class, args);
    }

    /** The console with a workshop on its scoring element, and one of the two dialogs over it. */
    public static final class Console extends Application {

        private ConsoleApplication console;

        @Override
        public void start(Stage stage) throws Exception {
            String mode = getParameters().getRaw().get(0);
            Path root = Path.of(getParameters().getRaw().get(1));
            console = ConsoleApplication.start(stage, root.resolve("config"), root.resolve("data"), null, null,
                    LanPhoneRoom.Reach.LOOPBACK_ONLY, url -> { });
            stage.setWidth(1600);
            stage.setHeight(900);
            stage.show();
            Database database = database(console);
            Clock clock = Clock.systemDefaultZone();
            WorkshopService workshops = new WorkshopService(database.workshops(), database.appState(), clock);
            Workshop workshop = workshops.createFromTemplate(TemplateReader.defaultTemplate(), Language.NL);
            workshop = workshops.updateDetails(workshop, new WorkshopDetails("Klantdag Bakkerij Jansen",
                    "Bakkerij Jansen", workshop.details().date(), workshop.details().facilitator(), Language.NL));
            console.shell().showRun(workshop);
            LiveRun run = console.shell().activeRun().orElseThrow();
            int scoring = run.workshop().agenda().stream().map(element -> element.kind()).toList()
                    .indexOf(ElementKind.SCORING);
            run.goTo(scoring);
            ScoreEntryService entries = new ScoreEntryService(database.workshops(), database.answers(), clock);
            I18n i18n = I18n.of(Language.NL);
            Platform.runLater(() -> {
                if (mode.equals("grid")) {
                    ScoreGridDialog.open(stage, run, entries, i18n);
                } else {
                    ScoreImportDialog.open(stage, run, entries,
                            new ScriptedDialogs().chooseFile(Path.of(getParameters().getRaw().get(2))), i18n);
                }
            });
        }

        /** The console keeps its database to itself; this preview borrows it. */
        private static Database database(ConsoleApplication console) throws ReflectiveOperationException {
            Field field = ConsoleApplication.class.getDeclaredField("database");
            field.setAccessible(true);
            return (Database) field.get(console);
        }

        @Override
        public void stop() throws IOException {
            if (console != null) {
                console.close();
            }
        }
    }
}
