package nl.royaal.ui.element;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.royaal.i18n.I18n;

/**
 * The welcome: people join. The join code, address and QR are on the phones card of the console
 * and large on the projector; this part tells the trainer what to do meanwhile.
 */
public final class WelcomeScreen implements ElementScreen {

    private final VBox console;

    public WelcomeScreen(I18n i18n) {
        Label text = new Label(i18n.t("welcome.console"));
        text.setWrapText(true);
        text.getStyleClass().add("element-hint");
        console = new VBox(8, text);
        console.getStyleClass().add("welcome-screen");
        console.setId("welcomeScreen");
    }

    @Override
    public Node console() {
        return console;
    }

    @Override
    public Optional<Node> projector() {
        return Optional.empty();
    }

    @Override
    public void refresh() {
        // The phones card and the projector follow the joins themselves.
    }
}
