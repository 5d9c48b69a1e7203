package nl.royaal.ui.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.i18n.I18n;
import nl.royaal.service.scoreentry.ScoreEntryFixture;
import nl.royaal.testing.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's rules without a window: the file's work runs at once instead of in the background. */
class ScoreImportViewModelTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ScoreImportViewModel viewModel;

    private static final ScoreImportViewModel.Worker AT_ONCE = new ScoreImportViewModel.Worker() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                onFailure.accept(failure);
                return;
            }
            onSuccess.accept(result);
        }
    };

    @BeforeEach
    void open() {
        fixture = new ScoreEntryFixture(directory.resolve("data"));
        viewModel = new ScoreImportViewModel(fixture.run, fixture.entries, dialogs, I18n.of(Language.NL), AT_ONCE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path csv(String text) throws IOException {
        Path file = directory.resolve("antwoorden.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theHeaderPreFillsTheMappingAndThePreviewCountsAndExplainsEveryRow() throws IOException {
        dialogs.chooseFile(csv("""
                Tijdstempel;Website verwachting;Website ervaring;Factuur verwachting;Factuur ervaring;Duur
                23-11-2026 10:01;7;8;6;5;3,5
                23-11-2026 10:02;0;8;6;5;2
                23-11-2026 10:03;7.5;zeven;;5;1
                23-11-2026 10:04;9;9;9;9;1
                """));
        assertTrue(viewModel.chooseFile());

        assertEquals("antwoorden.csv", viewModel.fileNameProperty().get());
        assertEquals(List.of("\u2013 niet importeren \u2013", "Website \u00b7 verwachting", "Website \u00b7 ervaring",
                "Factuur \u00b7 verwachting", "Factuur \u00b7 ervaring", "\u2013 niet importeren \u2013"),
                viewModel.columns().stream().map(column -> column.targetProperty().get().label()).toList());
        assertEquals("2 rijen ge\u00efmporteerd als deelnemer (8 cijfers); 2 rijen afgewezen.",
                viewModel.summaryProperty().get());
        assertEquals(List.of(
                "Rij 3: Website \u00b7 verwachting: 0 ligt niet tussen 1 en 10",
                "Rij 4: Website \u00b7 verwachting: 7.5 is geen heel cijfer; Website \u00b7 ervaring: \u201ezeven\u201d is "
                        + "geen getal; Factuur \u00b7 verwachting: leeg"), viewModel.rejectedRows());
        assertTrue(viewModel.canImportProperty().get());

        viewModel.importRows();

        assertTrue(viewModel.doneProperty().get());
        assertEquals(2, fixture.participants(JoinChannel.IMPORT));
        assertEquals(8, fixture.storedGrades().size());
        assertTrue(fixture.storedGrades().contains("Import rij 5 / Factuur / EXPERIENCE = 9"));
        assertEquals(8, fixture.run.workshop().answers().scores().size(), "the live run was told");
        assertEquals(List.of("2 deelnemers met 8 cijfers ge\u00efmporteerd."), dialogs.notifications);
    }

    @Test
    void changingTheMappingChangesThePreview() throws IOException {
        viewModel.load(csv("Naam;Vraag 1;Vraag 2\nAnna;7;11\nBram;8;9\n"));
        assertEquals("Koppel minstens \u00e9\u00e9n kolom aan een contactmoment.", viewModel.summaryProperty().get());
        assertFalse(viewModel.canImportProperty().get());

        viewModel.map(1, fixture.column(0, ScoreDimension.EXPECTATION));
        assertEquals("2 rijen ge\u00efmporteerd als deelnemer (2 cijfers); geen rijen afgewezen.",
                viewModel.summaryProperty().get());

        viewModel.map(2, fixture.column(0, ScoreDimension.EXPECTATION));
        assertEquals("\u201eWebsite \u00b7 verwachting\u201d is aan twee kolommen gekoppeld; kies voor een van beide "
                + "iets anders.", viewModel.errorProperty().get());
        assertFalse(viewModel.canImportProperty().get());

        viewModel.map(2, fixture.column(1, ScoreDimension.EXPERIENCE));
        assertEquals("", viewModel.errorProperty().get());
        assertEquals(List.of("Rij 2: Factuur \u00b7 ervaring: 11 ligt niet tussen 1 en 10"), viewModel.rejectedRows());
    }

    @Test
    void aMalformedFileSaysWhyAndImportsNothing() throws IOException {
        viewModel.load(csv("Naam;Website verwachting\nAnna;7\nBram,8\n"));
        assertEquals("Dit bestand wordt niet ge\u00efmporteerd: Regel 3 gebruikt \u201e,\u201d als scheidingsteken, "
                + "de kop \u201e;\u201d; sla het bestand opnieuw op met \u00e9\u00e9n scheidingsteken.",
                viewModel.errorProperty().get());
        assertFalse(viewModel.canImportProperty().get());
        assertEquals(List.of(), viewModel.columns());
        viewModel.importRows();
        assertEquals(0, fixture.participants(JoinChannel.IMPORT));
    }

    @Test
    void anImportThatFailsSaysNothingWasImported() throws IOException {
        viewModel.load(csv("Naam;Website verwachting\nAnna;7\n"));
        fixture.workshops.removeTouchpoint(fixture.stored(), fixture.touchpoint(0).id());

        viewModel.importRows();

        assertEquals("Er is niets ge\u00efmporteerd: Een antwoord verwijst naar iets dat niet in de workshop staat.",
                viewModel.errorProperty().get());
        assertFalse(viewModel.doneProperty().get());
        assertEquals(0, fixture.participants(JoinChannel.IMPORT));
    }

    @Test
    void noChosenFileOpensNothing() {
        assertFalse(viewModel.chooseFile());
    }
}
