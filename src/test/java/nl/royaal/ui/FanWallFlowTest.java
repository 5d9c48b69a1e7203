package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.fanmoment.FanWall;
import nl.royaal.ui.fanmoment.WallEntry;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The fan moment and the pledges in the real console, from submit to projector: a story from the
 * kiosk and one typed in by the facilitator, hidden and highlighted, and the fan club counting up.
 */
class FanWallFlowTest extends ConsoleFlowTest {

    private static final String HEBREW = "\u05d4\u05dc\u05e7\u05d5\u05d7 \u05e7\u05d9\u05d1\u05dc \u05e4\u05e8\u05d7\u05d9\u05dd";

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void storiesFromTheKioskAndTheFacilitatorReachTheWallOnlyWhenRevealedAndHiddenOnesNever(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.type(KeyCode.PAGE_DOWN);
        robot.clickOn("#openRoundButton");

        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");
        robot.interact(() -> ConsoleHarness.<TextArea>lookup(robot, "#kioskText").setText("Klant kreeg bloemen"));
        robot.clickOn("#kioskSendButton");
        robot.clickOn("#kioskDoneButton");
        robot.clickOn("#leaveKioskButton");

        // Typing in the console's field: r, b and the space must type, not reveal, black out or go on.
        robot.clickOn("#textWallDraft").write("Monteur bracht de reserve");
        robot.clickOn("#textWallAdd");
        robot.interact(() -> ConsoleHarness.<TextArea>lookup(robot, "#textWallDraft").setText(HEBREW));
        robot.clickOn("#textWallAdd");
        assertEquals("Toegevoegd.", ConsoleHarness.<Label>lookup(robot, "#textWallDraftMessage").getText());
        robot.interact(() -> ConsoleHarness.<TextArea>lookup(robot, "#textWallDraft").setText(" \n "));
        robot.clickOn("#textWallAdd");
        assertEquals("Tekst mag niet leeg zijn.", ConsoleHarness.<Label>lookup(robot, "#textWallDraftMessage").getText());

        ListView<WallEntry> list = ConsoleHarness.lookup(robot, "#textWallList");
        ConsoleHarness.waitUntil(() -> list.getItems().size() == 3);
        assertEquals(List.of(HEBREW, "Monteur bracht de reserve", "Klant kreeg bloemen"),
                list.getItems().stream().map(WallEntry::text).toList(), "newest first");
        assertFalse(ConsoleHarness.<javafx.scene.control.ToggleButton>lookup(robot, "#revealButton").isSelected());
        assertEquals("Fanmoment", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        assertEquals("3 verhalen", ConsoleHarness.<Label>lookup(robot, "#textWallCount").getText());
        assertEquals(List.of(JoinChannel.KIOSK, JoinChannel.SCORE_GRID, JoinChannel.SCORE_GRID),
                run().workshop().participants().stream().map(Participant::joinedVia).toList());

        showProjector(robot);
        FanWall wall = ConsoleHarness.lookup(robot, "#fanWall");
        assertTrue(wall.cardsShown().isEmpty(), "nothing on the wall before reveal");
        assertEquals("3 verhalen binnen", ConsoleHarness.<Label>lookup(robot, "#fanWallNote").getText());

        fire(robot, ConsoleHarness.lookup(robot, "#revealButton"));
        ConsoleHarness.waitUntil(() -> wall.cardsShown().size() == 3);
        nl.royaal.ui.fanmoment.WallCard hebrewCard = wall.cardsShown().getFirst();
        assertEquals(HEBREW, hebrewCard.fullText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, hebrewCard.getNodeOrientation());

        fire(robot, robot.lookup(".text-wall-hide-button").nth(2).queryAs(Button.class));
        ConsoleHarness.waitUntil(() -> wall.cardsShown().size() == 2);
        assertFalse(cardTexts(wall).contains("Klant kreeg bloemen"), "a hidden story never reaches the projector");
        assertTrue(list.getItems().getLast().hidden(), "kept on the console, marked");
        assertEquals("3 verhalen \u00b7 \u00e9\u00e9n verborgen", ConsoleHarness.<Label>lookup(robot, "#textWallCount").getText());
        assertTrue(run().workshop().answers().texts().stream().anyMatch(TextAnswer::hidden), "stored as hidden");

        fire(robot, robot.lookup(".text-wall-highlight-button").nth(1).queryAs(Button.class));
        ConsoleHarness.waitUntil(() -> robot.lookup("#fanWallHighlight").tryQuery().isPresent());
        assertEquals("Monteur bracht de reserve",
                ConsoleHarness.<nl.royaal.ui.fanmoment.WallCard>lookup(robot, "#fanWallHighlight").fullText());
        assertEquals(List.of("Monteur bracht de reserve", HEBREW), cardTexts(wall), "the highlight first, not twice");

        fire(robot, robot.lookup(".text-wall-highlight-button").nth(1).queryAs(Button.class));
        ConsoleHarness.waitUntil(() -> robot.lookup("#fanWallHighlight").tryQuery().isEmpty());
        fire(robot, robot.lookup(".text-wall-hide-button").nth(2).queryAs(Button.class));
        ConsoleHarness.waitUntil(() -> wall.cardsShown().size() == 3);
    }

    @Test
    void pledgesCountUpToTheFanClubAndABadNumberKeepsTheLastProjection(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        int pledge = run().workshop().agenda().stream().map(e -> e.kind()).toList().indexOf(ElementKind.PLEDGE);
        robot.interact(() -> run().goTo(pledge));
        robot.clickOn("#openRoundButton");
        robot.interact(() -> ConsoleHarness.<TextArea>lookup(robot, "#textWallDraft")
                .setText("Ik bel elke nieuwe klant na een week op."));
        robot.clickOn("#textWallAdd");
        ListView<WallEntry> list = ConsoleHarness.lookup(robot, "#textWallList");
        ConsoleHarness.waitUntil(() -> list.getItems().size() == 1);

        showProjector(robot);
        assertFalse(robot.lookup("#fanClubRoom").query().isVisible(), "the counter waits for the reveal");
        robot.interact(() -> ConsoleHarness.<TextField>lookup(robot, "#fanClubPeople").setText("10"));
        fire(robot, ConsoleHarness.lookup(robot, "#revealButton"));

        Label counter = ConsoleHarness.lookup(robot, "#fanClubNumber");
        ConsoleHarness.waitUntil(() -> "2.000".equals(counter.getText()));
        assertEquals("10 \u00d7 200 \u00d7 1", ConsoleHarness.<Label>lookup(robot, "#fanClubFormula").getText());
        assertEquals(List.of("Ik bel elke nieuwe klant na een week op."),
                cardTexts(ConsoleHarness.lookup(robot, "#fanWall")));

        robot.interact(() -> {
            ConsoleHarness.<TextField>lookup(robot, "#fanClubPeople").setText("1");
            ConsoleHarness.<TextField>lookup(robot, "#fanClubYears").setText("5");
        });
        ConsoleHarness.waitUntil(() -> "1.000".equals(counter.getText()));
        assertEquals("1 \u00d7 200 \u00d7 5 = 1.000 fans", ConsoleHarness.<Label>lookup(robot, "#fanClubResult").getText());

        robot.interact(() -> ConsoleHarness.<TextField>lookup(robot, "#fanClubPeople").setText("1000000000"));
        assertEquals("Het aantal mensen moet tussen 1 en 100.000 liggen; 1.000.000.000 kan niet.",
                ConsoleHarness.<Label>lookup(robot, "#fanClubPeopleError").getText());
        assertEquals("1 \u00d7 200 \u00d7 5", ConsoleHarness.<Label>lookup(robot, "#fanClubFormula").getText());
        assertEquals("1.000", counter.getText(), "the projector keeps the last valid projection");
        assertEquals(1_000, FanClubProjection.forWorkshop(run().workshop()).fans(),
                "the last valid projection is kept with the workshop, for the closing slide and the report");

        int closing = run().workshop().agenda().stream().map(e -> e.kind()).toList().indexOf(ElementKind.CLOSING);
        robot.interact(() -> run().goTo(closing));
        robot.interact(() -> run().goTo(pledge));
        ConsoleHarness.waitUntil(() -> "1".equals(ConsoleHarness.<TextField>lookup(robot, "#fanClubPeople").getText()));
        assertEquals("5", ConsoleHarness.<TextField>lookup(robot, "#fanClubYears").getText(), "coming back shows it");
    }

    private static List<String> cardTexts(FanWall wall) {
        return wall.cardsShown().stream().map(nl.royaal.ui.fanmoment.WallCard::fullText).toList();
    }

    /** The projector window, small and beside the console's controls (the headless screen is 1000 px wide). */
    private void showProjector(FxRobot robot) {
        robot.interact(() -> console.application().shell().projector().ifPresent(projector -> {
            projector.show();
            projector.stage().ifPresent(window -> {
                window.setWidth(640);
                window.setHeight(360);
                window.setX(360);
                window.setY(0);
            });
            console.stage().requestFocus();
        }));
        ConsoleHarness.waitUntil(() -> robot.lookup("#fanWall").tryQuery().isPresent());
    }

    private static void fire(FxRobot robot, javafx.scene.control.ButtonBase button) {
        robot.interact(button::fire);
    }
}
