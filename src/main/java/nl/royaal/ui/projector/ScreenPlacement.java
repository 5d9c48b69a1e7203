package nl.royaal.ui.projector;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the projector view belongs on: the largest screen that is not the laptop's own.
 * Pure, so it is tested without monitors.
 */
public final class ScreenPlacement {

    private ScreenPlacement() {
    }

    /**
     * @param screens bounds of every screen
     * @param primary bounds of the primary screen (the laptop's, where the console is)
     * @return the projector's screen, or empty when there is only one screen
     */
    public static Optional<Rectangle2D> projectorScreen(List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream()
                .filter(bounds -> !bounds.equals(primary))
                .max(Comparator.comparingDouble(bounds -> bounds.getWidth() * bounds.getHeight()));
    }

    /** Body text of at least ~4% of the screen height, readable from the back of a room. */
    public static double baseFontSize(double screenHeight) {
        return Math.max(16, Math.round(screenHeight * 0.04));
    }
}
