package nl.royaal.ui.peakend;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.royaal.ui.common.FxControls;
import nl.royaal.ui.common.ReorderSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the console part of the peak-end step to its view model. */
public final class PeakEndController {

    /** Labels along the console's small charts are cut after this many characters. */
    private static final int CONSOLE_LABEL = 12;

    private final PeakEndViewModel viewModel;

    @FXML private HBox root;
    @FXML private ToggleButton journeyButton;
    @FXML private ToggleButton exampleButton;
    @FXML private ToggleButton ownButton;
    @FXML private Label omittedLabel;
    @FXML private ListView<PeakEndViewModel.Row> sequenceList;
    @FXML private VBox resultBox;
    @FXML private ToggleButton ruleToggle;
    @FXML private HBox ruleEditor;
    @FXML private ComboBox<PeakEndViewModel.Row> earlierChoice;
    @FXML private ComboBox<PeakEndViewModel.Row> laterChoice;
    @FXML private FlowPane ruleChips;
    @FXML private StackPane currentSlot;
    @FXML private StackPane suggestedSlot;
    @FXML private Label suggestedTitle;
    @FXML private GridPane figureGrid;
    @FXML private VBox reasonBox;
    @FXML private Button applyButton;
    @FXML private Button undoButton;
    @FXML private Label errorLabel;
    @FXML private Label emptyLabel;

    public PeakEndController(PeakEndViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup sources = new ToggleGroup();
        journeyButton.setToggleGroup(sources);
        exampleButton.setToggleGroup(sources);
        ownButton.setToggleGroup(sources);
        exampleButton.setOnAction(event -> {
            viewModel.useExample();
            showSource();
        });
        journeyButton.setOnAction(event -> {
            viewModel.useJourney();
            showSource();
        });
        ownButton.setOnAction(event -> {
            OwnSequenceDialog.show(root.getScene().getWindow(), viewModel);
            showSource();
        });
        viewModel.sourceProperty().addListener((obs, old, source) -> showSource());
        showSource();
        omittedLabel.textProperty().bind(viewModel.omittedProperty());
        FxControls.showOnlyWithText(omittedLabel);

        sequenceList.setItems(viewModel.rows().items());
        sequenceList.setCellFactory(list -> new SequenceCell(viewModel));
        FxControls.bindSelection(sequenceList, viewModel.rows().selectedProperty());
        ReorderSupport.installKeyboard(sequenceList, viewModel::move);
        sequenceList.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
                viewModel.undo();
                event.consume();
            }
        });

        earlierChoice.setItems(viewModel.rows().items());
        laterChoice.setItems(viewModel.rows().items());
        earlierChoice.setConverter(FxControls.named(PeakEndViewModel.Row::label));
        laterChoice.setConverter(FxControls.named(PeakEndViewModel.Row::label));
        ruleEditor.visibleProperty().bind(ruleToggle.selectedProperty());
        ruleEditor.managedProperty().bind(ruleToggle.selectedProperty());
        viewModel.rules().addListener((ListChangeListener<PeakEndViewModel.Rule>) change -> showRules());
        showRules();

        currentSlot.getChildren().setAll(Curves.chart(viewModel.currentCurve(), "curve-current", CONSOLE_LABEL, true));
        suggestedSlot.getChildren().setAll(
                Curves.chart(viewModel.suggestedCurve(), "curve-suggested", CONSOLE_LABEL, true));
        suggestedTitle.textProperty().bind(viewModel.suggestedTitleProperty());
        viewModel.figures().addListener((ListChangeListener<PeakEndViewModel.Figure>) change -> showFigures());
        showFigures();
        viewModel.reasons().addListener((ListChangeListener<String>) change -> showReasons());
        viewModel.advice().addListener((ListChangeListener<String>) change -> showReasons());
        showReasons();

        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        FxControls.showOnlyWithText(errorLabel);
        resultBox.visibleProperty().bind(viewModel.hasSequenceProperty());
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.hasSequenceProperty().not());
    }

    private void showSource() {
        journeyButton.setSelected(viewModel.sourceProperty().get() == PeakEndViewModel.Source.JOURNEY);
        exampleButton.setSelected(viewModel.sourceProperty().get() == PeakEndViewModel.Source.EXAMPLE);
        ownButton.setSelected(viewModel.sourceProperty().get() == PeakEndViewModel.Source.OWN);
    }

    private void showRules() {
        ruleChips.getChildren().setAll(viewModel.rules().stream().map(this::chip).toList());
    }

    private HBox chip(PeakEndViewModel.Rule rule) {
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "peak-end-chip-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(viewModel.i18n().t("peakEnd.rule.remove")));
        remove.setOnAction(event -> viewModel.removeRule(rule.rule()));
        HBox chip = new HBox(2, new Label(rule.text()), remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("peak-end-chip");
        return chip;
    }

    private void showFigures() {
        figureGrid.getChildren().clear();
        figureGrid.addRow(0, header("peakEnd.figures.heading"), header("peakEnd.column.current"),
                header("peakEnd.column.suggested"));
        int row = 1;
        for (PeakEndViewModel.Figure figure : viewModel.figures()) {
            Label name = new Label(figure.name());
            Label current = new Label(figure.current());
            current.getStyleClass().add("figure-value");
            Label suggested = new Label(figure.suggested(), trendIcon(figure.trend()));
            suggested.getStyleClass().addAll("figure-value", "figure-" + figure.trend().name().toLowerCase(
                    java.util.Locale.ROOT));
            figureGrid.addRow(row++, name, current, suggested);
        }
    }

    private Label header(String key) {
        Label header = new Label(viewModel.i18n().t(key));
        header.getStyleClass().add("figure-header");
        return header;
    }

    private static FontIcon trendIcon(PeakEndViewModel.Trend trend) {
        return new FontIcon(switch (trend) {
            case BETTER -> "mdi2a-arrow-up-bold";
            case WORSE -> "mdi2a-arrow-down-bold";
            case SAME -> "mdi2e-equal";
        });
    }

    /** Advice about the whole first (a low end that must stay needs a closing peak), then every move. */
    private void showReasons() {
        reasonBox.getChildren().setAll(viewModel.advice().stream().map(text -> line(text, "mdi2l-lightbulb-on-outline",
                "peak-end-advice")).toList());
        reasonBox.getChildren().addAll(viewModel.reasons().stream().map(text -> line(text, "mdi2c-chevron-right",
                "peak-end-reason")).toList());
    }

    private static Label line(String text, String icon, String styleClass) {
        Label line = new Label(text, new FontIcon(icon));
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(styleClass);
        return line;
    }

    @FXML private void onAddRule() {
        PeakEndViewModel.Row earlier = earlierChoice.getValue();
        PeakEndViewModel.Row later = laterChoice.getValue();
        if (earlier != null && later != null) {
            viewModel.addRule(earlier.id(), later.id());
        }
    }

    @FXML private void onApply() {
        viewModel.applySuggestion();
    }

    @FXML private void onUndo() {
        viewModel.undo();
    }
}
