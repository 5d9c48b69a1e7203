package nl.royaal.ui.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen the projector goes on, without monitors. */
class ScreenPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1440, 0, 1920, 1080);

    @Test
    void withOnlyTheLaptopScreenTheProjectorIsAWindow() {
        assertEquals(Optional.empty(), ScreenPlacement.projectorScreen(List.of(LAPTOP), LAPTOP));
    }

    @Test
    void theProjectorGoesOnTheScreenThatIsNotTheLaptops() {
        assertEquals(Optional.of(PROJECTOR), ScreenPlacement.projectorScreen(List.of(LAPTOP, PROJECTOR), LAPTOP));
        assertEquals(Optional.of(PROJECTOR), ScreenPlacement.projectorScreen(List.of(PROJECTOR, LAPTOP), LAPTOP));
    }

    @Test
    void withTwoExternalScreensTheLargestIsTheProjector() {
        Rectangle2D smallMonitor = new Rectangle2D(-1280, 0, 1280, 720);
        assertEquals(Optional.of(PROJECTOR),
                ScreenPlacement.projectorScreen(List.of(LAPTOP, smallMonitor, PROJECTOR), LAPTOP));
    }

    @Test
    void aMirroredScreenOrHeadsAtOneOriginAreNotASecondScreen() {
        // Xvfb +xinerama reports its two heads at 0,0; a mirrored projector sits where the laptop is.
        Rectangle2D atTheLaptopsOrigin = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(Optional.empty(), ScreenPlacement.projectorScreen(List.of(LAPTOP, atTheLaptopsOrigin), LAPTOP));
    }

    @Test
    void aProjectorPluggedInTakesTheWindowFullScreenThere() {
        assertEquals(new ScreenPlacement.Placement.FullScreen(PROJECTOR),
                ScreenPlacement.place(List.of(LAPTOP, PROJECTOR), LAPTOP, LAPTOP, false));
    }

    @Test
    void whenTheProjectorItWasOnIsUnpluggedTheWindowComesBackSmallOnTheLaptop() {
        Rectangle2D visual = new Rectangle2D(0, 0, 1440, 870);
        assertEquals(new ScreenPlacement.Placement.Window(new Rectangle2D(720, 465, 720, 405)),
                ScreenPlacement.place(List.of(LAPTOP), LAPTOP, visual, true),
                "half the laptop's width, 16:9, in the corner: the console stays visible");
    }

    @Test
    void aWindowTheTrainerPutFullScreenOnTheOnlyScreenStays() {
        assertEquals(new ScreenPlacement.Placement.Stay(), ScreenPlacement.place(List.of(LAPTOP), LAPTOP, LAPTOP, false));
    }

    @Test
    void bodyTextIsAboutFourPercentOfTheScreenHeight() {
        assertEquals(43, ScreenPlacement.baseFontSize(1080));
        assertEquals(29, ScreenPlacement.baseFontSize(720));
        assertEquals(16, ScreenPlacement.baseFontSize(200), "never unreadably small in a tiny window");
    }
}
