package nl.royaal.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the user's language and a controller that was built with its view model. */
public final class ViewLoader {

    private ViewLoader() {
    }

    /**
     * @param fxml       path of the FXML resource, e.g. {@code /nl/royaal/ui/workshops/WorkshopListView.fxml}
     * @param controller the controller named by the FXML's {@code fx:controller}
     */
    public static Parent load(String fxml, ResourceBundle bundle, Object controller) {
        URL location = ViewLoader.class.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("Missing FXML " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for " + type + " but got " + controller.getClass());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException broken) {
            throw new UncheckedIOException("Cannot load " + fxml, broken);
        }
    }
}
