package nl.royaal.ui.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import nl.royaal.service.scoreentry.ScoreEntryFixture;
import nl.royaal.ui.scoreentry.ScoreGridViewModel.Cell;
import nl.royaal.ui.scoreentry.ScoreGridViewModel.CellState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper-form grid's rules without a window, against a real H2 file. */
class ScoreGridViewModelTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;
    private ScoreGridViewModel grid;
    private final AtomicInteger announcements = new AtomicInteger();

    @BeforeEach
    void open() {
        fixture = new ScoreEntryFixture(directory);
        fixture.run.addListener(announcements::incrementAndGet);
        grid = new ScoreGridViewModel(fixture.run, fixture.entries, I18n.of(Language.NL));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Cell cell(int row, int column) {
        return grid.rows().get(row).cell(column);
    }

    private boolean type(int row, int column, String text) {
        cell(row, column).textProperty().set(text);
        return grid.commit(cell(row, column));
    }

    @Test
    void theColumnsAreEachTouchpointTwiceAndANewGridStartsWithOneEmptyForm() {
        assertEquals(List.of("Website \u00b7 verwachting", "Website \u00b7 ervaring", "Factuur \u00b7 verwachting",
                "Factuur \u00b7 ervaring"), grid.columns().stream().map(grid::columnName).toList());
        assertEquals(List.of("Formulier 1"), grid.rows().stream().map(ScoreGridViewModel.FormRow::name).toList());
        assertEquals(0, fixture.participants(JoinChannel.SCORE_GRID));
    }

    @Test
    void aValidGradeIsStoredAtOnceAndTheLiveRunIsTold() {
        assertTrue(type(0, 0, "7"));
        assertEquals(List.of("Formulier 1 / Website / EXPECTATION = 7"), fixture.storedGrades());
        assertEquals(CellState.STORED, cell(0, 0).stateProperty().get());
        assertEquals(1, announcements.get());
        assertEquals(1, fixture.run.workshop().answers().scores().size());
    }

    @Test
    void zeroElevenSevenAndAHalfAndWordsAreRefusedWithTheReasonAndNothingIsStored() {
        assertFalse(type(0, 0, "0"));
        assertEquals("Niet opgeslagen \u2013 Formulier 1 \u00b7 Website \u00b7 verwachting: "
                + "Een cijfer is een heel getal van 1 tot en met 10; 0 kan niet.", grid.messageProperty().get());
        assertEquals(CellState.REFUSED, cell(0, 0).stateProperty().get());
        assertSame(cell(0, 0), grid.refusedCellProperty().get());

        assertFalse(type(0, 0, "11"));
        assertTrue(grid.messageProperty().get().endsWith("11 kan niet."), grid.messageProperty().get());
        assertFalse(type(0, 0, "7.5"));
        assertTrue(grid.messageProperty().get().endsWith("\u201e7.5\u201d is geen cijfer: typ een heel getal van 1 tot en met 10."),
                grid.messageProperty().get());
        assertFalse(type(0, 0, "zeven"));
        assertTrue(grid.messageProperty().get().contains("\u201ezeven\u201d is geen cijfer"));

        assertEquals(List.of(), fixture.storedGrades());
        assertEquals(0, fixture.participants(JoinChannel.SCORE_GRID));
        assertEquals(0, announcements.get());
        assertEquals("zeven", cell(0, 0).textProperty().get());

        assertTrue(type(0, 0, "7"));
        assertEquals("", grid.messageProperty().get());
        assertNull(grid.refusedCellProperty().get());
        assertEquals(List.of("Formulier 1 / Website / EXPECTATION = 7"), fixture.storedGrades());
    }

    @Test
    void aCellIsMarkedWhileTypingBeforeItIsLeft() {
        cell(0, 1).textProperty().set("z");
        assertEquals(CellState.REFUSED, cell(0, 1).stateProperty().get());
        assertTrue(grid.messageProperty().get().contains("\u201ez\u201d is geen cijfer"));
        cell(0, 1).textProperty().set("");
        assertEquals(CellState.EMPTY, cell(0, 1).stateProperty().get());
        assertEquals("", grid.messageProperty().get());
    }

    @Test
    void editingAStoredCellReplacesTheGradeAndClearingItTakesTheGradeBack() {
        type(0, 0, "7");
        type(0, 1, "8");
        assertTrue(type(0, 0, "9"));
        assertEquals(List.of("Formulier 1 / Website / EXPECTATION = 9", "Formulier 1 / Website / EXPERIENCE = 8"),
                fixture.storedGrades());

        assertTrue(type(0, 0, ""));
        assertEquals(List.of("Formulier 1 / Website / EXPERIENCE = 8"), fixture.storedGrades());
        assertEquals("Cijfer gewist \u2013 Formulier 1 \u00b7 Website \u00b7 verwachting.", grid.messageProperty().get());
        assertEquals(CellState.EMPTY, cell(0, 0).stateProperty().get());
    }

    @Test
    void escapeBringsBackTheStoredGradeAfterARefusal() {
        type(0, 0, "6");
        assertFalse(type(0, 0, "66"));
        grid.revert(cell(0, 0));
        assertEquals("6", cell(0, 0).textProperty().get());
        assertEquals(CellState.STORED, cell(0, 0).stateProperty().get());
        assertEquals("", grid.messageProperty().get());
    }

    @Test
    void leavingAnUnchangedCellStoresNothingAgain() {
        type(0, 0, "6");
        int before = announcements.get();
        assertTrue(grid.commit(cell(0, 0)));
        assertEquals(before, announcements.get());
    }

    @Test
    void eachFormIsOneParticipantCreatedWithItsFirstGradeAndReopeningShowsWhatWasStored() {
        type(0, 0, "7");
        type(0, 3, "5");
        grid.addRow();
        grid.addRow();
        type(2, 2, "10");

        assertEquals(2, fixture.participants(JoinChannel.SCORE_GRID), "the empty second form counts for nobody");

        ScoreGridViewModel reopened = new ScoreGridViewModel(fixture.run, fixture.entries, I18n.of(Language.NL));
        assertEquals(List.of("Formulier 1", "Formulier 3"),
                reopened.rows().stream().map(ScoreGridViewModel.FormRow::name).toList());
        assertEquals(List.of("7", "", "", "5"), reopened.rows().get(0).cells().stream()
                .map(c -> c.textProperty().get()).toList());
        assertEquals(List.of("", "", "10", ""), reopened.rows().get(1).cells().stream()
                .map(c -> c.textProperty().get()).toList());
        assertEquals("Formulier 4", reopened.addRow().name(), "a new form never takes the name of a stored one");
    }
}
