package nl.royaal.ui.run;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.RoundStatus;
import nl.royaal.ui.common.BidiSafeWrap;
import nl.royaal.ui.common.KindIcons;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.kiosk.KioskPane;
import nl.royaal.ui.kiosk.KioskViewModel;
import nl.royaal.ui.projector.ProjectorWindow;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the run screen; the keys a trainer presses (and a clicker sends) drive the room. */
public final class RunController {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass FAR_OVER = PseudoClass.getPseudoClass("far-over");

    private final RunViewModel viewModel;
    private final PhonesViewModel phones;
    private final ProjectorWindow projector;
    private final ElementScreens screens;
    private final KioskViewModel kiosk;
    private ElementScreen screen;
    private KioskPane kioskPane;
    private final Timeline clockTicks = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
    private final Runnable onLiveChange = () -> Platform.runLater(this::refresh);

    @FXML private StackPane root;
    @FXML private Label workshopTitle;
    @FXML private Label progressLabel;
    @FXML private Label participantsLabel;
    @FXML private Label totalClockLabel;
    @FXML private ToggleButton blackoutButton;
    @FXML private ToggleButton darkButton;
    @FXML private ListView<AgendaElement> agendaList;
    @FXML private Label elementKind;
    @FXML private Label elementClockLabel;
    @FXML private Button timerButton;
    @FXML private Label elementTitle;
    @FXML private Label roundLabel;
    @FXML private Button openRoundButton;
    @FXML private Button closeRoundButton;
    @FXML private ToggleButton revealButton;
    @FXML private Label comingSoon;
    @FXML private StackPane elementSlot;
    @FXML private javafx.scene.layout.HBox roundBar;
    @FXML private VBox comingSoonBox;
    @FXML private TextArea notesArea;
    @FXML private Label nextUpLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private VBox helpOverlay;
    @FXML private VBox phonesSlot;

    public RunController(RunViewModel viewModel, PhonesViewModel phones, ProjectorWindow projector,
            ElementScreens screens, KioskViewModel kiosk) {
        this.viewModel = viewModel;
        this.phones = phones;
        this.projector = projector;
        this.screens = screens;
        this.kiosk = kiosk;
    }

    @FXML
    private void initialize() {
        workshopTitle.textProperty().bind(viewModel.workshopProperty().map(workshop -> workshop.title()));
        progressLabel.textProperty().bind(viewModel.progressProperty());
        participantsLabel.textProperty().bind(viewModel.participantsProperty());
        totalClockLabel.textProperty().bind(viewModel.totalClockProperty());
        elementClockLabel.textProperty().bind(viewModel.elementClockProperty());
        nextUpLabel.textProperty().bind(viewModel.nextUpProperty());
        roundLabel.textProperty().bind(viewModel.roundTextProperty());
        previousButton.disableProperty().bind(viewModel.atFirstProperty());
        nextButton.disableProperty().bind(viewModel.atLastProperty());
        openRoundButton.disableProperty().bind(viewModel.roundProperty().isEqualTo(RoundStatus.OPEN));
        closeRoundButton.disableProperty().bind(viewModel.roundProperty().isNotEqualTo(RoundStatus.OPEN));
        // The toggle shows the stored state; clicking asks the live run, which answers through the listener.
        revealButton.setSelected(viewModel.revealedProperty().get());
        revealButton.setOnAction(event -> {
            viewModel.toggleReveal();
            revealButton.setSelected(viewModel.revealedProperty().get());
        });
        blackoutButton.selectedProperty().bindBidirectional(viewModel.blackoutProperty());
        darkButton.selectedProperty().bindBidirectional(projector.viewModel().darkProperty());
        helpOverlay.visibleProperty().bind(viewModel.helpShownProperty());
        // Only elements in which participants answer have a round to open, close and reveal.
        roundBar.visibleProperty().bind(viewModel.takesAnswersProperty());
        roundBar.managedProperty().bind(viewModel.takesAnswersProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        BidiSafeWrap.guard(notesArea);
        notesArea.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commitNotes();
            }
        });
        viewModel.revealedProperty().addListener((obs, old, shown) -> revealButton.setSelected(shown));
        viewModel.timerRunningProperty().addListener((obs, old, running) -> showTimerButton(running));
        viewModel.elementLevelProperty().addListener((obs, old, level) -> showLevel(elementClockLabel, level));
        viewModel.totalLevelProperty().addListener((obs, old, level) -> showLevel(totalClockLabel, level));
        agendaList.setItems(viewModel.agenda());
        agendaList.setCellFactory(list -> new RunAgendaCell(viewModel));
        agendaList.setFocusTraversable(false);
        agendaList.setOnMouseClicked(event -> {
            int clicked = agendaList.getSelectionModel().getSelectedIndex();
            if (clicked >= 0) {
                viewModel.goTo(clicked);
            }
            root.requestFocus();
        });
        viewModel.currentProperty().addListener((obs, old, element) -> showCurrent(element));
        showCurrent(viewModel.currentProperty().get());
        showTimerButton(viewModel.timerRunningProperty().get());
        phonesSlot.getChildren().setAll(new PhonesCard(phones, viewModel.i18n()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.liveRun().addListener(onLiveChange);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clockTicks.stop();
                viewModel.liveRun().removeListener(onLiveChange);
                disposeScreen();
            }
        });
        clockTicks.setCycleCount(Timeline.INDEFINITE);
        clockTicks.play();
        Platform.runLater(root::requestFocus);
    }

    /**
     * The keys of the brief; a text field keeps its own keys (typing notes or a figure in an element
     * screen must not change slides), and a slider or spinner its arrows.
     */
    public void onKey(KeyEvent event) {
        javafx.scene.Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean typing = focused instanceof javafx.scene.control.TextInputControl && event.getCode() != KeyCode.ESCAPE;
        boolean sliding = (focused instanceof javafx.scene.control.Slider || focused instanceof javafx.scene.control.Spinner)
                && event.getCode().isArrowKey();
        if (kioskPane != null || typing || sliding) {
            // In the kiosk a participant types; only the leave button brings the console back.
            return;
        }
        if ("?".equals(event.getText()) && event.getCode() != KeyCode.SLASH) {
            // "?" sits on different keys per keyboard layout.
            viewModel.toggleHelp();
            event.consume();
            return;
        }
        switch (event.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE -> viewModel.next();
            case LEFT, PAGE_UP -> viewModel.previous();
            case B -> viewModel.toggleBlackout();
            case R -> viewModel.toggleReveal();
            case T -> viewModel.toggleTimer();
            case F -> projector.toggleFullScreen();
            case ESCAPE -> {
                projector.leaveFullScreen();
                viewModel.helpShownProperty().set(false);
                if (focused instanceof javafx.scene.control.TextInputControl) {
                    // The field reverts on Esc first (so the event goes on to it); taking the focus
                    // now would store what was typed.
                    Platform.runLater(root::requestFocus);
                    return;
                }
                root.requestFocus();
            }
            case SLASH -> viewModel.toggleHelp();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void refresh() {
        viewModel.refresh();
        phones.refresh();
        kiosk.refresh();
        if (screen != null) {
            screen.refresh();
        }
    }

    private void tick() {
        viewModel.tick();
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
        showScreenOf(element);
        agendaList.scrollTo(Math.max(0, viewModel.currentIndexProperty().get() - 2));
    }

    /** The element's live screen where one is built; the honest "komt eraan" card where not. */
    private void showScreenOf(AgendaElement element) {
        disposeScreen();
        screen = screens.create(element, viewModel.liveRun(), viewModel.i18n()).orElse(null);
        // A live screen gets the room; the notes shrink to a few lines beside it.
        notesArea.setPrefRowCount(screen == null ? 4 : 2);
        VBox.setVgrow(notesArea, screen == null ? Priority.ALWAYS : Priority.NEVER);
        VBox.setVgrow(elementSlot, screen == null ? Priority.SOMETIMES : Priority.ALWAYS);
        if (screen == null) {
            elementSlot.getChildren().setAll(comingSoonBox);
            projector.viewModel().setElementContent(null);
        } else {
            elementSlot.getChildren().setAll(screen.console());
            projector.viewModel().setElementContent(screen.projector().orElse(null));
        }
    }

    private void disposeScreen() {
        if (screen != null) {
            screen.dispose();
            screen = null;
        }
    }

    private void showTimerButton(boolean running) {
        timerButton.setGraphic(new FontIcon(running ? "mdi2p-pause" : "mdi2p-play"));
    }

    private static void showLevel(Label clock, RunViewModel.TimeLevel level) {
        clock.pseudoClassStateChanged(OVER, level == RunViewModel.TimeLevel.OVER);
        clock.pseudoClassStateChanged(FAR_OVER, level == RunViewModel.TimeLevel.FAR_OVER);
    }

    @FXML private void onPrevious() {
        viewModel.previous();
    }

    @FXML private void onNext() {
        viewModel.next();
    }

    @FXML private void onPrepare() {
        projector.close();
        viewModel.backToPreparation();
    }

    @FXML private void onClose() {
        viewModel.closeWorkshop();
    }

    @FXML private void onOpenRound() {
        viewModel.openRound();
    }

    @FXML private void onCloseRound() {
        viewModel.closeRound();
    }

    @FXML private void onReset() {
        viewModel.resetRound();
    }

    @FXML private void onTimer() {
        viewModel.toggleTimer();
    }

    @FXML private void onProjector() {
        projector.show();
        root.requestFocus();
    }

    /** The laptop becomes the kiosk: participants take turns; the console stays behind it. */
    @FXML private void onKiosk() {
        kioskPane = new KioskPane(kiosk, this::leaveKiosk);
        root.getChildren().add(kioskPane);
        kioskPane.requestFocus();
    }

    private void leaveKiosk() {
        kiosk.endTurn();
        root.getChildren().remove(kioskPane);
        kioskPane = null;
        root.requestFocus();
    }

    @FXML private void onHelp() {
        viewModel.toggleHelp();
    }
}
