package nl.royaal.service.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.service.scoreentry.ImportPreview.Problem;
import nl.royaal.service.scoreentry.ImportPreview.Reason;
import org.junit.jupiter.api.Test;

/** Which rows an import takes, which it rejects and why, and how the header pre-fills the mapping. */
class ImportPreviewTest {

    private static final Touchpoint WEBSITE = new Touchpoint(UUID.randomUUID(), "Website", null);
    private static final Touchpoint QUOTE = new Touchpoint(UUID.randomUUID(), "Offerte", null);
    private static final Touchpoint QUOTE_FOLLOW_UP = new Touchpoint(UUID.randomUUID(), "Offerte opvolgen", null);
    private static final Touchpoint INVOICE = new Touchpoint(UUID.randomUUID(), "Factuur", null);
    private static final List<Touchpoint> JOURNEY = List.of(WEBSITE, QUOTE, QUOTE_FOLLOW_UP, INVOICE);

    private static ScoreColumn expectation(Touchpoint touchpoint) {
        return new ScoreColumn(touchpoint.id(), ScoreDimension.EXPECTATION);
    }

    private static ScoreColumn experience(Touchpoint touchpoint) {
        return new ScoreColumn(touchpoint.id(), ScoreDimension.EXPERIENCE);
    }

    @Test
    void headerNamesInDutchAndEnglishMapToTouchpointAndDimension() {
        List<Optional<ScoreColumn>> guess = ColumnGuess.guess(List.of(
                "Tijdstempel",
                "Website - verwachting",
                "Hoe was uw ervaring met de website?",
                "Expectation [Invoice]",
                "Factuur: ervaring",
                "Offerte opvolgen (verwachting)",
                "Offerte verwachting",
                "Website verwachting",
                "Opmerking over de website"), JOURNEY);
        assertEquals(List.of(
                Optional.empty(),
                Optional.of(expectation(WEBSITE)),
                Optional.of(experience(WEBSITE)),
                Optional.empty(), // "Invoice" is not a touchpoint of this (Dutch) workshop
                Optional.of(experience(INVOICE)),
                Optional.of(expectation(QUOTE_FOLLOW_UP)), // the longest name that fits
                Optional.of(expectation(QUOTE)),
                Optional.empty(), // Website's expectation is already taken by the second column
                Optional.empty()), guess);
    }

    @Test
    void accentsAndCaseDoNotMatterWhenGuessing() {
        Touchpoint cafe = new Touchpoint(UUID.randomUUID(), "Caf\u00e9", null);
        assertEquals(List.of(Optional.of(expectation(cafe))),
                ColumnGuess.guess(List.of("CAFE \u2013 VERWACHTING"), List.of(cafe)));
    }

    @Test
    void aRowIsTakenOnlyWhenEveryMappedCellIsAGradeAndEachProblemIsNamed() {
        ScoreTable table = new ScoreTable("CSV", List.of("Naam", "Web verw", "Web erv", "Duur"), List.of(
                new ScoreTable.Row(2, List.of("Anna", "7", "8", "3,5")),
                new ScoreTable.Row(3, List.of("Bram", "0", "11", "x")),
                new ScoreTable.Row(4, List.of("Cees", "7.5", "zeven", "")),
                new ScoreTable.Row(5, List.of("Dirk", "", " 9 ", "")),
                new ScoreTable.Row(6, List.of("Eva", "10", "1")),
                new ScoreTable.Row(7, List.of("Fien", "6,0", "8.0", ""))));
        ImportPreview preview = ImportPreview.of(table, List.of(Optional.empty(), Optional.of(expectation(WEBSITE)),
                Optional.of(experience(WEBSITE)), Optional.empty()));

        assertEquals(List.of(2, 7), preview.accepted().stream().map(ImportPreview.Accepted::rowNumber).toList());
        assertEquals(Map.of(expectation(WEBSITE), Score.of(6), experience(WEBSITE), Score.of(8)),
                preview.accepted().get(1).grades());
        assertEquals(4, preview.gradeCount());
        assertEquals(List.of(
                new ImportPreview.Rejected(3, List.of(new Problem(1, Reason.OUT_OF_RANGE, "0"),
                        new Problem(2, Reason.OUT_OF_RANGE, "11"))),
                new ImportPreview.Rejected(4, List.of(new Problem(1, Reason.NOT_WHOLE, "7.5"),
                        new Problem(2, Reason.NOT_A_NUMBER, "zeven"))),
                new ImportPreview.Rejected(5, List.of(new Problem(1, Reason.EMPTY, ""))),
                new ImportPreview.Rejected(6, List.of(new Problem(-1, Reason.COLUMNS, "3")))),
                preview.rejected());
    }

    @Test
    void withNothingMappedNothingIsTakenOrRejected() {
        ScoreTable table = new ScoreTable("CSV", List.of("Naam", "A"), List.of(new ScoreTable.Row(2, List.of("x", "y"))));
        ImportPreview preview = ImportPreview.of(table, List.of(Optional.empty(), Optional.empty()));
        assertEquals(0, preview.mappedColumns());
        assertEquals(List.of(), preview.accepted());
        assertEquals(List.of(), preview.rejected());
    }

    @Test
    void negativeAndHugeNumbersAreOutOfRangeOrNotNumbers() {
        assertEquals(Optional.of(Reason.OUT_OF_RANGE), ImportPreview.problemWith("-3"));
        assertEquals(Optional.of(Reason.OUT_OF_RANGE), ImportPreview.problemWith("100"));
        assertEquals(Optional.of(Reason.NOT_A_NUMBER), ImportPreview.problemWith("7+"));
        assertEquals(Optional.empty(), ImportPreview.problemWith("10"));
    }
}
