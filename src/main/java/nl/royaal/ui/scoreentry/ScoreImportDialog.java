package nl.royaal.ui.scoreentry;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.ViewLoader;

/**
 * Entry point 2 of 2: importing scores from an online form's CSV or XLSX export (see
 * {@link ScoreImportViewModel}; the accepted format is in docs/score-import.md).
 */
public final class ScoreImportDialog {

    private ScoreImportDialog() {
    }

    /**
     * Asks for the file through {@code dialogs}; when one is chosen, opens the import window over
     * {@code owner} (modal to it), which reads the file in the background, and returns at once.
     * Call on the FX thread.
     *
     * @param owner   the console window (its stylesheets are used too); may be {@code null}
     * @param run     the live run: its touchpoints are the targets, and it is told of the import
     * @param entries the scores-without-phones service, wired in {@code ConsoleApplication}
     *                as {@code new ScoreEntryService(database.workshops(), database.answers(), clock)}
     * @param dialogs the console's dialog service: chooses the file, and says in the status bar
     *                how many participants were imported
     * @param console the console's language
     * @return the import window, or empty when no file was chosen
     */
    public static Optional<Stage> open(Window owner, LiveRun run, ScoreEntryService entries, DialogService dialogs,
            I18n console) {
        ScoreImportViewModel viewModel = new ScoreImportViewModel(run, entries, dialogs, console);
        if (!viewModel.chooseFile()) {
            return Optional.empty();
        }
        Scene scene = new Scene(ViewLoader.load("/nl/royaal/ui/scoreentry/ScoreImportView.fxml", console.bundle(),
                new ScoreImportController(viewModel)), 1200, 660);
        Stage stage = ScoreGridDialog.stage(owner, scene, console.t("scoreentry.import.title"));
        stage.show();
        return Optional.of(stage);
    }
}
