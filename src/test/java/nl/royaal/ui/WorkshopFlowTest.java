package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.WorkshopSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The trainer's path through the console: create, edit, reorder, restart, and find it all back. */
class WorkshopFlowTest extends ConsoleFlowTest {

    @Test
    void newWorkshopStartsFromTheDefaultTemplateInDutch(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");

        TextField title = ConsoleHarness.lookup(robot, "#titleField");
        assertEquals("Royale organisatie, loyale klanten", title.getText());
        ListView<AgendaElement> agenda = ConsoleHarness.lookup(robot, "#agendaList");
        assertEquals("Welkom en aanmelden", agenda.getItems().getFirst().title());
        assertEquals("Afsluiten op een piek", agenda.getItems().getLast().title());
        ListView<Touchpoint> touchpoints = ConsoleHarness.lookup(robot, "#touchpointList");
        assertTrue(touchpoints.getItems().size() >= 6);
    }

    @Test
    void editsAreKeptAcrossARestartWithoutASaveButton(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        TextField title = ConsoleHarness.lookup(robot, "#titleField");
        robot.interact(() -> title.setText("Klantreis Gemeente Utrecht"));
        robot.clickOn("#titleField").type(KeyCode.ENTER);
        robot.clickOn("#clientField").write("Gemeente Utrecht").type(KeyCode.TAB);

        // Move the first agenda element down with the keyboard.
        ListView<AgendaElement> agenda = ConsoleHarness.lookup(robot, "#agendaList");
        String first = agenda.getItems().get(0).title();
        String second = agenda.getItems().get(1).title();
        robot.interact(() -> agenda.getSelectionModel().select(0));
        robot.clickOn(agenda.lookup(".list-cell"));
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(List.of(second, first), titles(agenda).subList(0, 2));

        // A new touchpoint with a frequency typed the Dutch way.
        robot.clickOn("#addTouchpointButton");
        TextField name = ConsoleHarness.lookup(robot, "#touchpointNameField");
        robot.interact(() -> name.setText("Parkeervergunning"));
        robot.clickOn("#touchpointContactsField").write("0,5").type(KeyCode.ENTER);

        console.restart(robot);

        TextField reopenedTitle = ConsoleHarness.lookup(robot, "#titleField");
        assertEquals("Klantreis Gemeente Utrecht", reopenedTitle.getText());
        assertEquals("Gemeente Utrecht", ConsoleHarness.<TextField>lookup(robot, "#clientField").getText());
        assertEquals(List.of(second, first), titles(ConsoleHarness.lookup(robot, "#agendaList")).subList(0, 2));
        ListView<Touchpoint> touchpoints = ConsoleHarness.lookup(robot, "#touchpointList");
        Touchpoint added = touchpoints.getItems().getLast();
        assertEquals("Parkeervergunning", added.name());
        assertEquals(0.5, added.contactsPerCustomerPerYear());
    }

    @Test
    void anEmptyOrHugeTitleIsRefusedWithAMessageAndNotStored(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        TextField title = ConsoleHarness.lookup(robot, "#titleField");

        robot.interact(() -> title.setText("   "));
        robot.clickOn("#titleField").type(KeyCode.ENTER);
        Label error = ConsoleHarness.lookup(robot, "#detailsError");
        assertEquals("Titel mag niet leeg zijn.", error.getText());

        robot.interact(() -> title.setText("x".repeat(10_000)));
        robot.clickOn("#titleField").type(KeyCode.ENTER);
        assertEquals("Titel is te lang: 10.000 tekens, maximaal 200.", error.getText());

        robot.type(KeyCode.ESCAPE);
        assertEquals("Royale organisatie, loyale klanten", title.getText());
        assertEquals("", error.getText());

        console.restart(robot);
        assertEquals("Royale organisatie, loyale klanten",
                ConsoleHarness.<TextField>lookup(robot, "#titleField").getText());
    }

    @Test
    void duplicateSearchAndDeleteWithConfirmation(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        TextField client = ConsoleHarness.lookup(robot, "#clientField");
        robot.interact(() -> client.setText("Bakkerij Jansen"));
        robot.clickOn("#clientField").type(KeyCode.ENTER);
        robot.clickOn("#backToListButton");

        ListView<WorkshopSummary> list = ConsoleHarness.lookup(robot, "#workshopList");
        assertEquals(1, list.getItems().size());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#duplicateWorkshopButton");
        assertEquals(2, list.getItems().size());
        assertTrue(list.getItems().stream().anyMatch(s -> s.title().startsWith("Kopie van ")));

        robot.clickOn("#workshopSearch").write("kopie");
        assertEquals(1, list.getItems().size());
        robot.interact(() -> list.getSelectionModel().select(0));

        robot.clickOn("#deleteWorkshopButton");
        robot.clickOn("Annuleren");
        assertEquals(1, list.getItems().size());

        robot.clickOn("#deleteWorkshopButton");
        robot.clickOn("Definitief verwijderen");
        assertEquals(0, list.getItems().size());
        robot.interact(() -> ConsoleHarness.<TextField>lookup(robot, "#workshopSearch").setText(""));
        assertEquals(1, list.getItems().size());
        assertFalse(list.getItems().getFirst().title().startsWith("Kopie"));
    }

    private static List<String> titles(ListView<AgendaElement> agenda) {
        return agenda.getItems().stream().map(AgendaElement::title).toList();
    }
}
