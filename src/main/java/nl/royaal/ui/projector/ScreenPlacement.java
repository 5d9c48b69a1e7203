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

    /** Where the projector window goes when it opens or the screens change. */
    public sealed interface Placement {
        /** Full screen on this screen: a projector is connected. */
        record FullScreen(Rectangle2D screen) implements Placement {
        }

        /** An ordinary window with these bounds on the laptop: the projector it was on is gone. */
        record Window(Rectangle2D bounds) implements Placement {
        }

        /** Leave it where the trainer put it. */
        record Stay() implements Placement {
        }
    }

    /**
     * @param screens bounds of every screen
     * @param primary bounds of the primary screen (the laptop's, where the console is)
     * @return the projector's screen, or empty when there is only one screen. A screen that
     *         overlaps the laptop's (a mirrored display, or heads reported at one origin) is not a
     *         second screen: full screen there would cover the console.
     */
    public static Optional<Rectangle2D> projectorScreen(List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream()
                .filter(bounds -> !bounds.intersects(primary))
                .max(Comparator.comparingDouble(bounds -> bounds.getWidth() * bounds.getHeight()));
    }

    /**
     * Where the projector window goes now.
     *
     * @param laptop      the primary screen's visual bounds, for a window when the projector is gone
     * @param onProjector the window was put full screen on a projector by this class (not by the
     *                    trainer pressing F on a single, perhaps mirrored, screen)
     */
    public static Placement place(List<Rectangle2D> screens, Rectangle2D primary, Rectangle2D laptop,
            boolean onProjector) {
        Optional<Rectangle2D> projector = projectorScreen(screens, primary);
        if (projector.isPresent()) {
            return new Placement.FullScreen(projector.get());
        }
        return onProjector ? new Placement.Window(windowOn(laptop)) : new Placement.Stay();
    }

    /** A 16:9 window of half the laptop's width in its lower right corner, for the trainer to drag. */
    static Rectangle2D windowOn(Rectangle2D laptop) {
        double width = Math.round(laptop.getWidth() / 2);
        double height = Math.round(width * 9 / 16);
        return new Rectangle2D(laptop.getMaxX() - width, laptop.getMaxY() - height, width, height);
    }

    /** Body text of at least ~4% of the screen height, readable from the back of a room. */
    public static double baseFontSize(double screenHeight) {
        return Math.max(16, Math.round(screenHeight * 0.04));
    }
}
