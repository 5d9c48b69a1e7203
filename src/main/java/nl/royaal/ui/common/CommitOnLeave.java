package nl.royaal.ui.common;

import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * A text field whose value is stored when the user is done with it: on Enter and when focus
 * leaves. Esc brings back what is stored. A refused value marks the field as invalid.
 */
public final class CommitOnLeave {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private CommitOnLeave() {
    }

    /**
     * @param commit stores the value; returns false when it was refused
     * @param revert puts the stored value back into the field
     */
    public static void install(TextInputControl field, BooleanSupplier commit, Runnable revert) {
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                field.pseudoClassStateChanged(INVALID, !commit.getAsBoolean());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                revert.run();
                field.pseudoClassStateChanged(INVALID, false);
                event.consume();
            }
        });
        field.focusedProperty().addListener((obs, wasFocused, focused) -> {
            if (!focused) {
                field.pseudoClassStateChanged(INVALID, !commit.getAsBoolean());
            }
        });
    }
}
