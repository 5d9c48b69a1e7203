package nl.royaal.ui.common;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.ResourceBundle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The two fields of a {@link ScoringSettingsForm}, each a short text field with a tenth down and
 * up beside it (the buttons, or ↓ and ↑ in the field) and its refusal underneath. Enter and
 * leaving the field store; Esc brings back what is stored. The same controls in the preparation
 * and in the live console; the step buttons never take the keyboard focus.
 */
public final class ScoringSettingsFields {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private ScoringSettingsFields() {
    }

    /**
     * @param idPrefix      prefixed to the nodes' ids ("preparation" gives "preparationMarginField")
     * @param afterEnter    runs after Enter stored a value (the console hands the keys back to the slides)
     */
    public static HBox create(ScoringSettingsForm form, ResourceBundle texts, String idPrefix, Runnable afterEnter) {
        HBox fields = new HBox(24,
                field(form.margin(), texts.getString("scoring.settings.margin"),
                        texts.getString("scoring.settings.margin.tooltip"), texts, idPrefix + "Margin", afterEnter),
                field(form.threshold(), texts.getString("scoring.settings.threshold"),
                        texts.getString("scoring.settings.threshold.tooltip"), texts, idPrefix + "Threshold", afterEnter));
        fields.getStyleClass().add("scoring-settings-fields");
        fields.getStylesheets().add(ScoringSettingsFields.class
                .getResource("/nl/royaal/ui/common/scoring-settings.css").toExternalForm());
        fields.setAlignment(Pos.TOP_LEFT);
        return fields;
    }

    private static VBox field(ScoringSettingsForm.Field value, String caption, String tooltip, ResourceBundle texts, String id,
            Runnable afterEnter) {
        TextField text = new TextField();
        text.setId(id + "Field");
        text.setPrefColumnCount(3);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.textProperty().bindBidirectional(value.textProperty());
        text.setTooltip(new Tooltip(tooltip));
        CommitOnLeave.install(text, () -> {
            boolean stored = value.commit();
            if (stored && text.isFocused()) {
                afterEnter.run(); // Enter; leaving the field goes wherever the trainer clicked
            }
            return stored;
        }, value::revert);
        text.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                value.step(event.getCode() == KeyCode.UP ? 1 : -1);
                text.end();
                event.consume();
            }
        });
        value.errorProperty().addListener((obs, old, error) -> text.pseudoClassStateChanged(INVALID, !error.isEmpty()));

        Label label = new Label(caption);
        label.setLabelFor(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(4, label, text, step(value, -1, "mdi2m-minus", texts.getString("scoring.settings.down"), id + "Down"),
                step(value, 1, "mdi2p-plus", texts.getString("scoring.settings.up"), id + "Up"));
        HBox.setMargin(text, new javafx.geometry.Insets(0, 0, 0, 6));
        row.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(320);
        error.textProperty().bind(value.errorProperty());
        FxControls.showOnlyWithText(error);
        VBox field = new VBox(4, row, error);
        field.getStyleClass().add("scoring-settings-field");
        return field;
    }

    private static Button step(ScoringSettingsForm.Field value, int tenths, String icon, String tooltip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "scoring-settings-step");
        button.setFocusTraversable(false); // a click steps; the keys stay where they were
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> value.step(tenths));
        return button;
    }
}
