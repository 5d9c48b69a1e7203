package nl.royaal.ui.run;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.royaal.domain.AgendaElement;
import nl.royaal.ui.common.KindIcons;

/** Binds the run screen; the keys a trainer presses (and a clicker sends) step through the agenda. */
public final class RunController {

    private final RunViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label workshopTitle;
    @FXML private Label progressLabel;
    @FXML private ListView<AgendaElement> agendaList;
    @FXML private Label elementKind;
    @FXML private Label elementTitle;
    @FXML private Label comingSoon;
    @FXML private Label nextUpLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    public RunController(RunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workshopTitle.textProperty().bind(viewModel.workshopProperty().map(workshop -> workshop.title()));
        progressLabel.textProperty().bind(viewModel.progressProperty());
        nextUpLabel.textProperty().bind(viewModel.nextUpProperty());
        previousButton.disableProperty().bind(viewModel.atFirstProperty());
        nextButton.disableProperty().bind(viewModel.atLastProperty());
        agendaList.setItems(viewModel.agenda());
        agendaList.setCellFactory(list -> new RunAgendaCell());
        agendaList.setFocusTraversable(false);
        agendaList.setOnMouseClicked(event -> {
            int clicked = agendaList.getSelectionModel().getSelectedIndex();
            if (clicked >= 0) {
                viewModel.goTo(clicked);
            }
        });
        viewModel.currentProperty().addListener((obs, old, element) -> showCurrent(element));
        showCurrent(viewModel.currentProperty().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Platform.runLater(root::requestFocus);
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE -> viewModel.next();
            case LEFT, PAGE_UP -> viewModel.previous();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showCurrent(AgendaElement element) {
        agendaList.getSelectionModel().clearAndSelect(viewModel.currentIndexProperty().get());
        agendaList.refresh();
        if (element == null) {
            return;
        }
        elementKind.setText(viewModel.kindName(element.kind()));
        elementKind.setGraphic(KindIcons.icon(element.kind()));
        elementTitle.setText(element.title());
        comingSoon.setText(viewModel.comingSoonText(element.kind()));
        agendaList.scrollTo(Math.max(0, viewModel.currentIndexProperty().get() - 2));
    }

    @FXML private void onPrevious() {
        viewModel.previous();
    }

    @FXML private void onNext() {
        viewModel.next();
    }

    @FXML private void onPrepare() {
        viewModel.backToPreparation();
    }

    @FXML private void onClose() {
        viewModel.closeWorkshop();
    }

    /** An agenda line; the current element carries the "current" style. */
    private final class RunAgendaCell extends ListCell<AgendaElement> {
        @Override
        protected void updateItem(AgendaElement element, boolean empty) {
            super.updateItem(element, empty);
            if (empty || element == null) {
                setText(null);
                setGraphic(null);
                pseudoClassStateChanged(CURRENT, false);
                return;
            }
            setText((getIndex() + 1) + ".  " + element.title());
            setGraphic(KindIcons.icon(element.kind()));
            pseudoClassStateChanged(CURRENT, getIndex() == viewModel.currentIndexProperty().get());
        }
    }

    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");
}
