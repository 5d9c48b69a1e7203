package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.royaal.app.ConsoleApplication;
import nl.royaal.domain.Answers;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.web.LanPhoneRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What happens at start: --open FILE, a bad file, and a database another Royaal holds. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {

    @TempDir
    Path root;

    private Stage stage;
    private ConsoleApplication console;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void openingAFileFromTheCommandLineShowsItInPreparation(FxRobot robot) {
        Workshop sent = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Workshop van een collega", "Gemeente Zwolle", LocalDate.of(2026, 12, 1), "Ilse",
                        Language.NL),
                WorkshopStatus.DRAFT, "", List.of(), List.of(), List.of(), Answers.NONE, null, Instant.now(),
                Instant.now());
        Path file = root.resolve("collega.royaal");
        new RoyaalFile("test").writeAtomically(sent, file);

        startConsole(robot, file);

        assertEquals("Workshop van een collega", ConsoleHarness.<TextField>lookup(robot, "#titleField").getText());
        assertEquals("Gemeente Zwolle", ConsoleHarness.<TextField>lookup(robot, "#clientField").getText());
    }

    @Test
    void aFileThatCannotBeReadShowsTheListAndAClearMessage(FxRobot robot) throws Exception {
        Path file = Files.writeString(root.resolve("kapot.royaal"), "dit is geen workshop");

        startConsole(robot, file);

        ConsoleHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertTrue(dialog.getContentText().startsWith("Royaal kan dit bestand niet lezen"), dialog.getContentText());
        robot.clickOn("OK");
        assertEquals(0, ConsoleHarness.<ListView<?>>lookup(robot, "#workshopList").getItems().size());
    }

    @Test
    void aSecondRoyaalOnTheSameDataIsRefusedWithAMessageInTheUsersLanguage(FxRobot robot) {
        startConsole(robot, null);
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        robot.interact(() -> refused.set(assertThrows(RuntimeException.class, () -> ConsoleApplication.start(
                new Stage(), root.resolve("config"), root.resolve("data"), null, null, uri -> { }))));
        StorageException locked = assertInstanceOf(StorageException.class, refused.get());
        assertEquals(StorageException.Reason.LOCKED, locked.reason());
        assertTrue(new UserMessages(I18n.of(Language.NL)).describe(locked)
                .startsWith("De gegevens zijn in gebruik door een andere Royaal"));
    }

    private void startConsole(FxRobot robot, Path openFile) {
        robot.interact(() -> {
            console = ConsoleApplication.start(stage, root.resolve("config"), root.resolve("data"), null, openFile,
                    LanPhoneRoom.Reach.LOOPBACK_ONLY, uri -> { });
            stage.setWidth(1000);
            stage.setHeight(900);
            stage.show();
        });
    }
}
