package nl.royaal.ui.fanmoment;

import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.BidiSafeWrap;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One text on the console: the words (struck through and marked "verborgen" when hidden, starred
 * when highlighted), a button to highlight it and one to hide or show it again.
 */
final class TextWallCell extends ListCell<WallEntry> {

    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-text");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final TextWallViewModel viewModel;
    private final I18n i18n;
    private final Label text = new Label();
    private final Label hiddenTag = new Label();
    private final Button highlight = new Button();
    private final Button hide = new Button();
    private final HBox row;

    TextWallCell(TextWallViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        text.getStyleClass().add("text-wall-text");
        text.setMaxWidth(Double.MAX_VALUE);
        // The words take what the buttons leave; the buttons always keep their labels.
        text.setPrefWidth(100);
        HBox.setHgrow(text, Priority.ALWAYS);
        hiddenTag.setText(i18n.t("fanmoment.console.hiddenTag"));
        hiddenTag.getStyleClass().add("text-wall-hidden-tag");
        highlight.getStyleClass().add("text-wall-highlight-button");
        highlight.setContentDisplay(ContentDisplay.LEFT);
        hide.getStyleClass().add("text-wall-hide-button");
        hide.setContentDisplay(ContentDisplay.LEFT);
        for (javafx.scene.layout.Region fixed : java.util.List.of(hiddenTag, highlight, hide)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        row = new HBox(8, text, hiddenTag, highlight, hide);
        row.getStyleClass().add("text-wall-row");
        // The cell takes the list's width and wraps, instead of widening the list.
        setPrefWidth(0);
        getStyleClass().add("text-wall-cell");
    }

    @Override
    protected void updateItem(WallEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            pseudoClassStateChanged(HIDDEN, false);
            pseudoClassStateChanged(HIGHLIGHTED, false);
            return;
        }
        BidiSafeWrap.show(text, entry.text());
        if (!BidiSafeWrap.needsOwnLineBreaks(entry.text())) {
            text.setTooltip(entry.text().length() > 160 ? new Tooltip(entry.text()) : null);
        }
        text.setNodeOrientation(entry.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        hiddenTag.setVisible(entry.hidden());
        hiddenTag.setManaged(entry.hidden());
        String highlightText = i18n.t(entry.highlighted() ? "fanmoment.console.unhighlight"
                : "fanmoment.console.highlight");
        highlight.setText(highlightText);
        highlight.setGraphic(new FontIcon(entry.highlighted() ? "mdi2s-star" : "mdi2s-star-outline"));
        highlight.setDisable(entry.hidden());
        highlight.setOnAction(event -> viewModel.toggleHighlight(entry));
        String hideText = i18n.t(entry.hidden() ? "fanmoment.console.show" : "fanmoment.console.hide");
        hide.setText(hideText);
        hide.setGraphic(new FontIcon(entry.hidden() ? "mdi2e-eye-outline" : "mdi2e-eye-off-outline"));
        hide.setOnAction(event -> {
            if (entry.hidden()) {
                viewModel.show(entry);
            } else {
                viewModel.hide(entry);
            }
        });
        pseudoClassStateChanged(HIDDEN, entry.hidden());
        pseudoClassStateChanged(HIGHLIGHTED, entry.highlighted());
        setGraphic(row);
    }
}
