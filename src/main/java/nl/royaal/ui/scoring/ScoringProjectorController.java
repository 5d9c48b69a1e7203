package nl.royaal.ui.scoring;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.ui.charts.ChartLegend;
import nl.royaal.ui.charts.DumbbellChart;
import nl.royaal.ui.charts.GapBarChart;
import nl.royaal.ui.scoring.ScoringViewModel.RoomChart;

/**
 * Binds the projector part of the scoring round. Until the trainer reveals, the room sees only how
 * many answered, so nobody anchors on the others' grades; then the chart the console chose. Both
 * charts are built once and fed new items on every answer: marks move, nothing is rebuilt.
 */
public final class ScoringProjectorController {

    private final ScoringViewModel viewModel;
    private final DumbbellChart dumbbells = new DumbbellChart();
    private final GapBarChart gaps = new GapBarChart();

    @FXML private StackPane root;
    @FXML private VBox waiting;
    @FXML private Label countLabel;
    @FXML private Label countCaption;
    @FXML private VBox results;
    @FXML private ChartLegend legend;
    @FXML private ResourceBundle resources;
    private final Label legendPrefix = new Label();
    private Label expectationEntry;
    private final Label bandEntry = new Label();
    @FXML private StackPane chartSlot;
    @FXML private Label emptyLabel;

    public ScoringProjectorController(ScoringViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(viewModel.roomCountProperty());
        countCaption.textProperty().bind(viewModel.roomCountCaptionProperty());
        BooleanBinding revealed = viewModel.revealedProperty().and(viewModel.hasJourneyProperty());
        results.visibleProperty().bind(revealed);
        waiting.visibleProperty().bind(viewModel.revealedProperty().not().and(viewModel.hasJourneyProperty()));
        emptyLabel.visibleProperty().bind(viewModel.hasJourneyProperty().not());

        dumbbells.setId("scoringRoomDumbbells");
        gaps.setId("scoringRoomGaps");
        gaps.setBand(viewModel.margin());
        viewModel.marginProperty().addListener((obs, old, margin) -> gaps.setBand(margin.doubleValue()));
        chartSlot.getChildren().setAll(dumbbells, gaps);
        BooleanBinding showsGaps = viewModel.roomChartProperty().isEqualTo(RoomChart.GAPS);
        gaps.visibleProperty().bind(showsGaps);
        dumbbells.visibleProperty().bind(showsGaps.not());

        // The legend names the marks by shape and colour: the ring, then the three classes.
        expectationEntry = legend.addRing("", resources.getString("scoring.room.legend.expectation"));
        legendPrefix.getStyleClass().add("scoring-legend-prefix");
        legend.getChildren().add(legendPrefix);
        for (GapClass gapClass : GapClass.values()) {
            Optional<GapClass> value = Optional.of(gapClass);
            legend.addMarker(ScoringViewModel.marker(value), ScoringViewModel.tone(value),
                    resources.getString(gapClass.messageKey()));
        }
        bandEntry.textProperty().bind(viewModel.roomBandTextProperty());
        bandEntry.getStyleClass().addAll("chart-legend-entry", "scoring-legend-band");
        legend.getChildren().add(bandEntry);
        showLegend();

        dumbbells.setItems(viewModel.dumbbellsProperty().get());
        gaps.setItems(viewModel.gapsProperty().get());
        viewModel.dumbbellsProperty().addListener((obs, old, items) -> dumbbells.setItems(items));
        viewModel.gapsProperty().addListener((obs, old, items) -> gaps.setItems(items));
        viewModel.spotlightProperty().addListener((obs, old, id) -> spotlight(id));
        viewModel.roomChartProperty().addListener((obs, old, chart) -> showLegend());
    }

    private void showLegend() {
        boolean showsGaps = viewModel.roomChartProperty().get() == RoomChart.GAPS;
        expectationEntry.setVisible(!showsGaps);
        expectationEntry.setManaged(!showsGaps);
        bandEntry.setVisible(showsGaps);
        bandEntry.setManaged(showsGaps);
        legendPrefix.setText(resources.getString(showsGaps ? "scoring.room.legend.gap"
                : "scoring.room.legend.experience"));
    }

    private void spotlight(UUID id) {
        String key = id == null ? null : id.toString();
        dumbbells.highlight(key);
        gaps.highlight(key);
    }
}
