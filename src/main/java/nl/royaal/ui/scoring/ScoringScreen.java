package nl.royaal.ui.scoring;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.ScoringSettingsForm;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.scoreentry.ScoreGridDialog;
import nl.royaal.ui.scoreentry.ScoreImportDialog;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The live screen of the expectation-versus-experience round: the trainer's table of figures on
 * the console, and on the projector the number who answered until the reveal, then the charts.
 * Which chart the room sees is kept per element when the room moves on and comes back.
 */
public final class ScoringScreen implements ElementScreen {

    private final UUID elementId;
    private final ScoringViewModel viewModel;
    private final ScoringSettingsForm settings;
    private final Map<UUID, ScoringViewModel.RoomChart> kept;
    private final ScoringController controller;
    private final Node console;
    private final Node projector;

    ScoringScreen(UUID elementId, LiveRun run, I18n i18n, I18n room, Map<UUID, ScoringViewModel.RoomChart> kept,
            ScoreEntryService entries, Supplier<DialogService> dialogs) {
        this.elementId = elementId;
        this.kept = kept;
        this.viewModel = new ScoringViewModel(run::workshop, () -> run.state(elementId).revealed(), i18n, room);
        viewModel.roomChartProperty().set(kept.getOrDefault(elementId, ScoringViewModel.RoomChart.DUMBBELLS));
        // The trainer may tighten the margin while the room discusses: stored, then every screen follows.
        this.settings = new ScoringSettingsForm(i18n, () -> run.workshop().settings().scoring(),
                changed -> run.changeSettings(current -> current.withScoring(changed)));
        controller = new ScoringController(viewModel, settings);
        console = ViewLoader.load("/nl/royaal/ui/scoring/ScoringView.fxml", i18n.bundle(), controller);
        projector = ViewLoader.load("/nl/royaal/ui/scoring/ScoringProjectorView.fxml", room.bundle(),
                new ScoringProjectorController(viewModel));
        // Paper forms and an online form's export reach the same round as the phones.
        Button grid = entryButton(i18n.t("scoreentry.grid.title"), "mdi2t-table-edit", "scoringOpenGrid",
                () -> ScoreGridDialog.open(console.getScene().getWindow(), run, entries, i18n));
        Button importing = entryButton(i18n.t("scoreentry.import.title"), "mdi2f-file-import-outline",
                "scoringOpenImport",
                () -> ScoreImportDialog.open(console.getScene().getWindow(), run, entries, dialogs.get(), i18n));
        controller.entryTools().getChildren().addAll(grid, importing);
    }

    private static Button entryButton(String text, String icon, String id, Runnable open) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setFocusTraversable(false); // the run screen's keys stay with the slides
        button.setOnAction(event -> open.run());
        return button;
    }

    /**
     * The factory to register for {@code ElementKind.SCORING}.
     *
     * @param entries stores paper forms and imported scores
     * @param dialogs the console's dialogs (the import's file chooser)
     */
    public static ElementScreens.Factory factory(ScoreEntryService entries, Supplier<DialogService> dialogs) {
        Map<UUID, ScoringViewModel.RoomChart> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> new ScoringScreen(element.id(), run, i18n, room, kept, entries, dialogs);
    }

    public ScoringViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node console() {
        return console;
    }

    @Override
    public Optional<Node> projector() {
        return Optional.of(projector);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
        settings.load();
    }

    @Override
    public void dispose() {
        kept.put(elementId, viewModel.roomChartProperty().get());
    }
}
