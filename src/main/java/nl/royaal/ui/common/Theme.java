package nl.royaal.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.text.Font;

/** Installs the look once per process: AtlantaFX's Primer theme and the bundled Lato font. */
public final class Theme {

    private static final String[] FONT_FILES = {
        "Lato-Regular.ttf", "Lato-Italic.ttf", "Lato-Semibold.ttf", "Lato-Bold.ttf", "Lato-Black.ttf"
    };
    private static boolean installed;

    private Theme() {
    }

    /** Call on the FX thread before the first scene is shown. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        for (String file : FONT_FILES) {
            URL font = Theme.class.getResource("/nl/royaal/assets/fonts/" + file);
            if (font != null) {
                Font.loadFont(font.toExternalForm(), 14);
            }
        }
        installed = true;
    }
}
