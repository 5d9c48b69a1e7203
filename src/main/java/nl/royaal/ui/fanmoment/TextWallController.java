package nl.royaal.ui.fanmoment;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.royaal.domain.TextPurpose;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.BidiSafeWrap;
import nl.royaal.ui.common.FxControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the console's wall: the list with its hide/show and highlight buttons, and the type-in field. */
public final class TextWallController {

    private final TextWallViewModel viewModel;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private Label countLabel;
    @FXML private Label hintLabel;
    @FXML private Label problemLabel;
    @FXML private ListView<WallEntry> list;
    @FXML private TextArea draftArea;
    @FXML private Button addButton;
    @FXML private Label draftMessage;

    public TextWallController(TextWallViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        boolean pledge = viewModel.purpose() == TextPurpose.PLEDGE;
        countLabel.textProperty().bind(viewModel.countProperty());
        hintLabel.textProperty().bind(viewModel.hintProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        FxControls.showOnlyWithText(problemLabel);
        list.setItems(viewModel.entries());
        list.setCellFactory(view -> new TextWallCell(viewModel, i18n));
        list.setPlaceholder(new Label(i18n.t(pledge ? "pledge.console.none" : "fanmoment.console.none")));
        draftArea.textProperty().bindBidirectional(viewModel.draftProperty());
        BidiSafeWrap.guard(draftArea);
        draftArea.setPromptText(i18n.t(pledge ? "pledge.console.typeIn" : "fanmoment.console.typeIn"));
        // Ctrl+Enter adds, as in a chat; Enter alone makes a new line in the story.
        draftArea.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                onAdd();
                event.consume();
            }
        });
        addButton.setGraphic(new FontIcon("mdi2p-plus"));
        addButton.disableProperty().bind(viewModel.draftProperty().isEmpty());
        draftMessage.textProperty().bind(viewModel.draftMessageProperty());
        FxControls.showOnlyWithText(draftMessage);
        viewModel.draftRefusedProperty().addListener((obs, old, refused) ->
                draftMessage.pseudoClassStateChanged(TextWallCell.REFUSED, refused));
    }

    @FXML
    private void onAdd() {
        viewModel.typeIn();
        draftArea.requestFocus();
    }
}
