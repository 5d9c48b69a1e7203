package nl.royaal.ui.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import nl.royaal.service.scoreentry.ScoreEntryFixture;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.ui.ConsoleHarness;
import nl.royaal.ui.scoreentry.ScoreImportViewModel.Target;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The import window over a live workshop on a real H2 file, reached the way the scoring screen's
 * button reaches it ({@link ScoreImportDialog#open}); the file is "chosen" by a scripted dialog service.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreImportFlowTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Optional<Stage> window = Optional.empty();

    @BeforeEach
    void openWorkshop() {
        fixture = new ScoreEntryFixture(directory.resolve("data"));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.ifPresent(Stage::close));
        fixture.close();
    }

    private void open(FxRobot robot, Path file) {
        dialogs.chooseFile(file);
        robot.interact(() -> window = ScoreImportDialog.open(null, fixture.run, fixture.entries, dialogs,
                I18n.of(Language.NL)));
    }

    @Test
    void anXlsxExportIsMappedPreviewedAndImportedWithItsRejectedRowsListed(FxRobot robot) throws IOException {
        Path file = directory.resolve("formulier.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Forms", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Antwoorden");
            Object[][] rows = {
                {"Tijdstempel", "Website: verwachting", "Website: ervaring", "Factuur (verwachting)", "Ervaring factuur"},
                {"10:01", 7, 8, 6, 4},
                {"10:02", 8, 11, 6, 5},
                {"10:03", 6, 7, "", 5},
                {"10:04", 9, 9, 8, 7},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, (String) rows[r][c]);
                    }
                }
            }
        }
        open(robot, file);

        ConsoleHarness.waitUntil(() -> robot.lookup("#scoreImportTarget-4").tryQuery().isPresent());
        assertEquals("Factuur \u00b7 ervaring",
                ConsoleHarness.<ComboBox<Target>>lookup(robot, "#scoreImportTarget-4").getValue().label());
        assertEquals("2 rijen ge\u00efmporteerd als deelnemer (8 cijfers); 2 rijen afgewezen.",
                ConsoleHarness.<Label>lookup(robot, "#scoreImportSummary").getText());
        assertEquals(List.of("Rij 3: Website \u00b7 ervaring: 11 ligt niet tussen 1 en 10",
                "Rij 4: Factuur \u00b7 verwachting: leeg"),
                ConsoleHarness.<ListView<String>>lookup(robot, "#scoreImportRejected").getItems());

        robot.clickOn("#scoreImportRun");

        ConsoleHarness.waitUntil(() -> window.map(stage -> !stage.isShowing()).orElse(false));
        assertEquals(2, fixture.participants(JoinChannel.IMPORT));
        assertEquals(8, fixture.storedGrades().size());
        assertEquals(8, fixture.run.workshop().answers().scores().size());
    }

    @Test
    void aFileWithARaggedQuoteSaysWhyAndCannotBeImported(FxRobot robot) throws IOException {
        Path file = directory.resolve("kapot.csv");
        Files.writeString(file, "\uFEFFNaam;Website verwachting\r\nAnna;\"7\r\nBram;8\r\n", StandardCharsets.UTF_8);
        open(robot, file);

        ConsoleHarness.waitUntil(() -> !ConsoleHarness.<Label>lookup(robot, "#scoreImportError").getText().isEmpty());
        assertEquals("Dit bestand wordt niet ge\u00efmporteerd: Het aanhalingsteken in regel 2 wordt nergens gesloten.",
                ConsoleHarness.<Label>lookup(robot, "#scoreImportError").getText());
        assertTrue(ConsoleHarness.<Button>lookup(robot, "#scoreImportRun").isDisabled());
        assertEquals(0, fixture.participants(JoinChannel.IMPORT));
    }
}
