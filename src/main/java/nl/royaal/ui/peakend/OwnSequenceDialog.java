package nl.royaal.ui.peakend;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.royaal.i18n.I18n;

/**
 * Typing or pasting a sequence of one's own ("Avond 1; 6,1"). A window of its own, so letters
 * typed here never reach the run screen's keys (B blacks out the projector there). A refused
 * text keeps the dialog open with the reason; the screen is changed only by a text that is taken.
 */
final class OwnSequenceDialog {

    private OwnSequenceDialog() {
    }

    static void show(Window owner, PeakEndViewModel viewModel) {
        I18n i18n = viewModel.i18n();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("peakEnd.own.title"));
        dialog.setHeaderText(i18n.t("peakEnd.own.title"));
        Label explanation = new Label(i18n.t("peakEnd.own.explanation"));
        explanation.setWrapText(true);
        TextArea text = new TextArea(viewModel.ownText());
        text.setPrefRowCount(10);
        text.setPrefColumnCount(36);
        text.setId("peakEndOwnText");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setId("peakEndOwnError");
        VBox content = new VBox(10, explanation, text, error);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType use = new ButtonType(i18n.t("peakEnd.own.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(use, cancel);
        Node useButton = dialog.getDialogPane().lookupButton(use);
        useButton.setId("peakEndOwnUse");
        useButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.useOwn(text.getText())) {
                error.setText(viewModel.errorProperty().get());
                event.consume();
            }
        });
        dialog.setOnShown(event -> text.requestFocus());
        dialog.showAndWait();
        viewModel.clearError();
    }
}
