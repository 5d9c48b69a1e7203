package nl.royaal.ui.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import nl.royaal.report.ReportFormat;
import nl.royaal.service.ReportService;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.InMemoryWorkshopRepository;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.testing.TestTemplates;
import nl.royaal.ui.ConsoleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Writing the client's report from the workshop list: where, replace or not, progress, then open it. */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {

    @TempDir
    Path folder;

    private final InMemoryWorkshopRepository repository = new InMemoryWorkshopRepository();
    private final WorkshopService workshops = new WorkshopService(repository, repository, Clock.systemUTC());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private WorkshopListViewModel listWith(FxRobot robot) {
        workshops.createFromTemplate(TestTemplates.small(), Language.NL);
        WorkshopListViewModel list = new WorkshopListViewModel(workshops, null, TestTemplates::small, dialogs, null,
                I18n.of(Language.NL), new ReportService());
        robot.interact(() -> {
            list.refresh();
            list.selectedProperty().set(list.workshops().getFirst());
        });
        return list;
    }

    @Test
    void writesThePdfOffTheFxThreadAndOpensIt(FxRobot robot) throws Exception {
        WorkshopListViewModel list = listWith(robot);
        Path target = folder.resolve("rapport.pdf");
        dialogs.chooseFile(target);

        robot.interact(() -> list.writeReport(ReportFormat.PDF));

        ConsoleHarness.waitUntil(() -> dialogs.opened.equals(List.of(target)));
        assertTrue(Files.size(target) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(target), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(-1, list.reportProgressProperty().get());
        assertEquals(List.of("Rapport geschreven: rapport.pdf"), dialogs.notifications);
    }

    @Test
    void anExistingFileIsOnlyReplacedAfterAsking(FxRobot robot) throws Exception {
        WorkshopListViewModel list = listWith(robot);
        Path target = Files.writeString(folder.resolve("rapport.xlsx"), "keep me");
        dialogs.chooseFile(target).answerConfirm(false);

        robot.interact(() -> list.writeReport(ReportFormat.XLSX));

        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.getFirst().contains("rapport.xlsx"));
        assertEquals("keep me", Files.readString(target));
        assertEquals(List.of(), dialogs.opened);
    }
}
