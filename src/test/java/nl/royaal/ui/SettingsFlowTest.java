package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import nl.royaal.domain.Language;
import nl.royaal.persistence.SettingsStore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Switching the language in the settings changes the console at once and is kept for the next start. */
class SettingsFlowTest extends ConsoleFlowTest {

    @Test
    void switchingToEnglishRebuildsTheConsoleAndIsRemembered(FxRobot robot) {
        assertEquals("Nieuwe workshop", ConsoleHarness.<Button>lookup(robot, "#newWorkshopButton").getText());
        robot.clickOn("#navSettings");
        ComboBox<Language> language = ConsoleHarness.lookup(robot, "#settingsLanguage");
        robot.interact(() -> language.setValue(Language.EN));
        robot.clickOn("#settingsSaveButton");

        assertEquals("Save", ConsoleHarness.<Button>lookup(robot, "#settingsSaveButton").getText());
        robot.clickOn("#navWorkshops");
        assertEquals("New workshop", ConsoleHarness.<Button>lookup(robot, "#newWorkshopButton").getText());
        assertEquals(Language.EN, new SettingsStore(console.configDirectory()).load().language());

        console.restart(robot);
        assertEquals("New workshop", ConsoleHarness.<Button>lookup(robot, "#newWorkshopButton").getText());
    }
}
