package nl.royaal.ui.scoreentry;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.ui.common.ViewLoader;

/**
 * Entry point 1 of 2: the facilitator's grid for paper forms (see {@link ScoreGridViewModel}).
 * A window of its own, so the digits and letters typed here never reach the run screen's keys.
 */
public final class ScoreGridDialog {

    static final String STYLESHEET = "/nl/royaal/ui/scoreentry/scoreentry.css";

    private ScoreGridDialog() {
    }

    /**
     * Opens the grid over {@code owner} (modal to it) and returns at once; each grade is stored
     * as it is typed, so closing the window loses nothing. Call on the FX thread.
     *
     * @param owner   the console window (its stylesheets are used too); may be {@code null}
     * @param run     the live run: its touchpoints are the columns, its paper forms the rows,
     *                and it is told of every stored grade ({@link LiveRun#answersChanged()})
     * @param entries the scores-without-phones service, wired in {@code ConsoleApplication}
     *                as {@code new ScoreEntryService(database.workshops(), database.answers(), clock)}
     * @param console the console's language
     * @return the grid's window (tests look inside it)
     */
    public static Stage open(Window owner, LiveRun run, ScoreEntryService entries, I18n console) {
        ScoreGridViewModel viewModel = new ScoreGridViewModel(run, entries, console);
        ScoreGridController controller = new ScoreGridController(viewModel);
        Scene scene = new Scene(ViewLoader.load("/nl/royaal/ui/scoreentry/ScoreGridView.fxml", console.bundle(),
                controller), 1200, 640);
        Stage stage = stage(owner, scene, console.t("scoreentry.grid.title"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                controller::addRow);
        stage.setOnShown(event -> controller.focusFirstOpenCell());
        stage.show();
        return stage;
    }

    /** A window over the console with the console's look. */
    static Stage stage(Window owner, Scene scene, String title) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(ScoreGridDialog.class.getResource(STYLESHEET).toExternalForm());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(scene);
        return stage;
    }
}
