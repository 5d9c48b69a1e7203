package nl.royaal.service.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper-form grades and imports against a real H2 file: what is stored, replaced, taken back, or not at all. */
class ScoreEntryServiceTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ScoreEntryFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPaperFormsGradesAreStoredReplacedAndTakenBack() {
        Participant form = fixture.entries.addPaperForm(fixture.workshopId(), "Formulier 1");
        ScoreColumn websiteExpectation = fixture.column(0, ScoreDimension.EXPECTATION);
        fixture.entries.saveGrade(fixture.workshopId(), form.id(), websiteExpectation, Score.of(7));
        fixture.entries.saveGrade(fixture.workshopId(), form.id(), fixture.column(1, ScoreDimension.EXPERIENCE),
                Score.of(4));
        fixture.entries.saveGrade(fixture.workshopId(), form.id(), websiteExpectation, Score.of(8));

        assertEquals(List.of("Formulier 1 / Factuur / EXPERIENCE = 4", "Formulier 1 / Website / EXPECTATION = 8"),
                fixture.storedGrades());
        assertEquals(1, fixture.participants(JoinChannel.SCORE_GRID));

        assertTrue(fixture.entries.clearGrade(fixture.workshopId(), form.id(), websiteExpectation));
        assertFalse(fixture.entries.clearGrade(fixture.workshopId(), form.id(), websiteExpectation));
        assertEquals(List.of("Formulier 1 / Factuur / EXPERIENCE = 4"), fixture.storedGrades());
    }

    @Test
    void importedRowsBecomeImportParticipantsWithTheirGrades() {
        ImportPreview preview = new ImportPreview(List.of(
                row(2, Map.of(fixture.column(0, ScoreDimension.EXPECTATION), 7)),
                row(5, Map.of(fixture.column(0, ScoreDimension.EXPECTATION), 6,
                        fixture.column(1, ScoreDimension.EXPERIENCE), 9))), List.of(), 2);

        List<Participant> imported = fixture.entries.importRows(fixture.workshopId(), preview, row -> "Import rij " + row);

        assertEquals(List.of("Import rij 2", "Import rij 5"), imported.stream().map(Participant::displayName).toList());
        assertEquals(2, fixture.participants(JoinChannel.IMPORT));
        assertEquals(List.of("Import rij 2 / Website / EXPECTATION = 7", "Import rij 5 / Factuur / EXPERIENCE = 9",
                "Import rij 5 / Website / EXPECTATION = 6"), fixture.storedGrades());
    }

    @Test
    void anImportThatFailsHalfwayStoresNothingAtAll() {
        ScoreColumn deleted = new ScoreColumn(UUID.randomUUID(), ScoreDimension.EXPERIENCE);
        ImportPreview preview = new ImportPreview(List.of(
                row(2, Map.of(fixture.column(0, ScoreDimension.EXPECTATION), 7)),
                row(3, Map.of(fixture.column(1, ScoreDimension.EXPECTATION), 8)),
                row(4, Map.of(deleted, 5))), List.of(), 1);

        DomainException refused = assertThrows(DomainException.class,
                () -> fixture.entries.importRows(fixture.workshopId(), preview, row -> "Import rij " + row));

        assertEquals("validation.workshop.danglingReference", refused.messageKey());
        assertEquals(0, fixture.participants(JoinChannel.IMPORT));
        assertEquals(List.of(), fixture.storedGrades());
    }

    private static ImportPreview.Accepted row(int number, Map<ScoreColumn, Integer> grades) {
        Map<ScoreColumn, Score> scores = new LinkedHashMap<>();
        grades.forEach((column, grade) -> scores.put(column, Score.of(grade)));
        return new ImportPreview.Accepted(number, scores);
    }
}
