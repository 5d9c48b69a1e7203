package nl.royaal.ui.peakend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.sequence.MemoryModel;
import nl.royaal.domain.sequence.Sequence;
import nl.royaal.domain.sequence.SequenceItem;
import nl.royaal.domain.sequence.Suggestion;
import nl.royaal.i18n.I18n;
import nl.royaal.testing.phones.LiveWorkshops;
import org.junit.jupiter.api.Test;

/** The peak-end step's rules, without a window: what the trainer sees change when the list changes. */
class PeakEndViewModelTest {

    private static final I18n DUTCH = I18n.of(Language.NL);

    private final AtomicReference<Workshop> workshop = new AtomicReference<>(LiveWorkshops.workshop());
    private final PeakEndViewModel viewModel = new PeakEndViewModel(workshop::get, DUTCH, DUTCH);

    // --- the course case (PRODUCT.md §4 acceptance) -------------------------------------------

    @Test
    void theCourseCaseIsSuggestedInAscendingOrderWithFiveRisingStepsAndNoModelRemembersLess() {
        viewModel.useExample();

        Suggestion suggestion = viewModel.suggestion();
        assertEquals(List.of(6.1, 6.6, 6.9, 7.2, 7.4, 7.9), scores(suggestion.suggested()));
        assertEquals(List.of("Avond 1", "Avond 3", "Avond 5", "Avond 6", "Avond 4", "Avond 2"),
                suggestion.order().stream().map(SequenceItem::label).toList());
        assertEquals(3, suggestion.before().risingSteps(), "6.1→7.9, 6.6→7.4 and 6.9→7.2 rise already");
        assertEquals(5, suggestion.after().risingSteps());
        for (MemoryModel model : MemoryModel.defaults()) {
            assertTrue(suggestion.after().remembered(model) >= suggestion.before().remembered(model), model.nameKey());
        }
        assertEquals(List.of(
                        new PeakEndViewModel.Figure("Pieken en einde", "7,07", "7,30", PeakEndViewModel.Trend.BETTER),
                        new PeakEndViewModel.Figure("Klassieke piek-eindregel", "7,55", "7,90",
                                PeakEndViewModel.Trend.BETTER),
                        new PeakEndViewModel.Figure("Stijgende stappen", "3", "5", PeakEndViewModel.Trend.BETTER),
                        new PeakEndViewModel.Figure("Totale daling", "1,8", "0,0", PeakEndViewModel.Trend.BETTER)),
                viewModel.figures());
        assertTrue(viewModel.canApplyProperty().get());
        assertEquals(PeakEndViewModel.Source.EXAMPLE, viewModel.sourceProperty().get());
    }

    @Test
    void everyMoveTheSuggestionMakesIsExplainedInTheConsolesLanguage() {
        viewModel.useExample();

        assertTrue(viewModel.reasons().contains(
                "\u201eAvond 2\u201d komt aan het eind: het hoogste cijfer (7,9) blijft het langst hangen."),
                viewModel.reasons().toString());
        assertTrue(viewModel.reasons().contains(
                "\u201eAvond 3\u201d (6,6) gaat naar voren, naar plek 2: wat minder goed is, is dan eerder voorbij."),
                viewModel.reasons().toString());
        assertEquals(5, viewModel.reasons().size(), "every element but the first one moves");
    }

    @Test
    void theProjectorShowsTheRememberedScoresAndTheGainInTheWorkshopsLanguage() {
        PeakEndViewModel english = new PeakEndViewModel(workshop::get, DUTCH, I18n.of(Language.EN));
        english.useExample();

        assertEquals("Now", english.roomCurrentTitleProperty().get());
        assertEquals("7.07", english.roomCurrentRememberedProperty().get());
        assertEquals("7.30", english.roomSuggestedRememberedProperty().get());
        assertEquals("+0.23", english.roomGainProperty().get());
        assertEquals("Classic peak-end rule 7.90\n5 of 5 steps up", english.roomSuggestedDetailProperty().get());
        assertEquals("Evening 1", english.currentCurve().getFirst().label(), "the curves speak the room's language");
    }

    // --- reordering --------------------------------------------------------------------------

    @Test
    void aMoveUpdatesTheListTheCurvesAndEveryFigureAtOnce() {
        viewModel.useExample();

        viewModel.move(0, 1);

        assertEquals(List.of("Avond 2", "Avond 1", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels());
        assertEquals(7.9, viewModel.currentCurve().getFirst().score());
        assertEquals("Avond 1", viewModel.rows().selected().orElseThrow().label(), "the moved element stays selected");
        assertEquals(new PeakEndViewModel.Figure("Totale daling", "2,3", "0,0", PeakEndViewModel.Trend.BETTER),
                viewModel.figures().get(3));
        assertEquals(2, viewModel.rows().items().get(1).position());
        assertEquals(1, viewModel.rows().items().get(1).destination(), "Avond 1 (6,1) goes back to place 1");
        assertEquals(6, viewModel.rows().items().get(0).destination(), "Avond 2 (7,9) goes to the end");
    }

    @Test
    void moveSelectedStepsOnePlaceAndStopsAtTheEnds() {
        viewModel.useExample();
        viewModel.rows().selectedProperty().set(viewModel.rows().items().getLast());

        viewModel.moveSelected(1);
        assertEquals("Avond 6", labels().getLast(), "nothing past the end");
        viewModel.moveSelected(-1);
        assertEquals(List.of("Avond 1", "Avond 2", "Avond 3", "Avond 4", "Avond 6", "Avond 5"), labels());
    }

    @Test
    void applyingTheSuggestionAndUndoingWalkBackThroughEveryState() {
        viewModel.useExample();
        viewModel.move(0, 1);

        viewModel.applySuggestion();
        assertEquals(List.of("Avond 1", "Avond 3", "Avond 5", "Avond 6", "Avond 4", "Avond 2"), labels());
        assertFalse(viewModel.canApplyProperty().get(), "the order is the suggestion now");
        assertEquals(List.of("Deze volgorde is al de beste: er hoeft niets te verschuiven."), viewModel.advice());
        assertEquals("Voorstel: deze volgorde is al de beste", viewModel.suggestedTitleProperty().get());
        assertEquals("Al de beste volgorde", viewModel.roomSuggestedTitleProperty().get());

        viewModel.undo();
        assertEquals(List.of("Avond 2", "Avond 1", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels());
        viewModel.undo();
        assertEquals(List.of("Avond 1", "Avond 2", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels());
        viewModel.undo();
        assertFalse(viewModel.hasSequenceProperty().get(), "back to the journey, which has no scores yet");
        assertFalse(viewModel.canUndoProperty().get());
        viewModel.undo();
        assertFalse(viewModel.hasSequenceProperty().get(), "undo with nothing to undo changes nothing");
    }

    // --- pins, rules and typed sequences -------------------------------------------------------

    @Test
    void theInvoiceStaysLastAndTheAdviceSuggestsAClosingPeak() {
        assertTrue(viewModel.useOwn("Website; 7,5\nOfferte; 6\nLevering; 8,2\nFactuur; 5,1; 4"));

        assertEquals(PeakEndViewModel.Source.OWN, viewModel.sourceProperty().get());
        assertEquals("Factuur", viewModel.suggestion().order().getLast().label());
        assertEquals(4, viewModel.rows().items().getLast().pin());
        assertEquals("Voorstel: het best mogelijke einde", viewModel.suggestedTitleProperty().get());
        assertTrue(viewModel.advice().contains("\u201eFactuur\u201d blijft als laatste: voeg daarna een afsluitend "
                + "piekmoment toe, zoals het goedkope ijsje bij de uitgang van de meubelwinkel."),
                viewModel.advice().toString());
        assertEquals("\u201eFactuur\u201d blijft als laatste: voeg daarna een afsluitend piekmoment toe, zoals het goedkope "
                + "ijsje bij de uitgang van de meubelwinkel.", viewModel.roomAdviceProperty().get(), "the room hears it too");
    }

    @Test
    void theLockPinsAnElementWhereItStandsAndUnpinsItAgain() {
        viewModel.useExample();
        UUID last = viewModel.rows().items().getLast().id();

        viewModel.togglePin(last);
        assertEquals(6, viewModel.rows().items().getLast().pin());
        assertEquals("Avond 6", viewModel.suggestion().order().getLast().label(), "pinned: stays last");

        viewModel.togglePin(last);
        assertFalse(viewModel.rows().items().getLast().pinned());
        assertEquals("Avond 2", viewModel.suggestion().order().getLast().label());
    }

    @Test
    void twoElementsPinnedToOnePlaceAreRefusedWithAMessageAndNothingChanges() {
        viewModel.useExample();
        UUID sixth = viewModel.rows().items().get(5).id();
        viewModel.togglePin(sixth);
        viewModel.move(5, 0);
        Sequence before = viewModel.sequence();

        viewModel.togglePin(viewModel.rows().items().get(5).id());

        assertEquals("\u201eAvond 6\u201d en \u201eAvond 5\u201d staan allebei vast op plek 6. "
                + "Op een plek past maar \u00e9\u00e9n onderdeel.", viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
        viewModel.move(0, 1);
        assertEquals("", viewModel.errorProperty().get(), "the next change that goes through clears the message");
    }

    @Test
    void aCircleOfBeforeRulesIsRefusedWithAMessageAndNothingChanges() {
        viewModel.useExample();
        List<UUID> ids = viewModel.rows().items().stream().map(PeakEndViewModel.Row::id).toList();
        viewModel.addRule(ids.get(0), ids.get(1));
        viewModel.addRule(ids.get(1), ids.get(2));
        Sequence before = viewModel.sequence();

        viewModel.addRule(ids.get(2), ids.get(0));

        assertEquals("Deze volgorderegels sluiten elkaar uit: Avond 2 \u2192 Avond 3 \u2192 Avond 1 \u2192 Avond 2. "
                + "Laat een van deze regels vallen.", viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
        assertEquals(List.of("\u201eAvond 1\u201d v\u00f3\u00f3r \u201eAvond 2\u201d",
                "\u201eAvond 2\u201d v\u00f3\u00f3r \u201eAvond 3\u201d"),
                viewModel.rules().stream().map(PeakEndViewModel.Rule::text).toList());
    }

    @Test
    void aRuleKeepsAHigherScoreInFrontAndSaysSoAndCanBeRemoved() {
        viewModel.useExample();
        List<UUID> ids = viewModel.rows().items().stream().map(PeakEndViewModel.Row::id).toList();

        viewModel.addRule(ids.get(1), ids.get(0));
        assertEquals("Avond 2", viewModel.suggestion().order().getFirst().label());
        assertTrue(viewModel.reasons().contains(
                "\u201eAvond 2\u201d blijft v\u00f3\u00f3r \u201eAvond 1\u201d, zoals de volgorderegel zegt, al scoort het hoger."),
                viewModel.reasons().toString());

        viewModel.removeRule(viewModel.rules().getFirst().rule());
        assertTrue(viewModel.rules().isEmpty());
        assertEquals("Avond 2", viewModel.suggestion().order().getLast().label());
    }

    @Test
    void aRuleFromAnElementToItselfIsRefused() {
        viewModel.useExample();
        UUID first = viewModel.rows().items().getFirst().id();
        Sequence before = viewModel.sequence();

        viewModel.addRule(first, first);

        assertEquals("Kies twee verschillende onderdelen: een onderdeel kan niet v\u00f3\u00f3r zichzelf komen.",
                viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
    }

    @Test
    void aPinOutsideTheSequenceIsRefusedWithAMessageAndNothingChanges() {
        viewModel.useExample();
        Sequence before = viewModel.sequence();

        assertFalse(viewModel.useOwn("Ontbijt; 6\nKamer; 7; 3"));

        assertEquals("\u201eKamer\u201d staat vast op plek 3, maar de volgorde heeft maar 2 plekken.",
                viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
        assertEquals(PeakEndViewModel.Source.EXAMPLE, viewModel.sourceProperty().get());
    }

    @Test
    void aScoreOutsideOneToTenIsRefusedWithAMessageAndNothingChanges() {
        viewModel.useExample();
        Sequence before = viewModel.sequence();

        assertFalse(viewModel.useOwn("Avond 1; 6,1\nAvond 2; 11"));

        assertEquals("\u201eAvond 2\u201d heeft cijfer 11; een cijfer ligt van 1 tot en met 10.",
                viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
        assertFalse(viewModel.useOwn("Avond 1; 0,5"));
        assertEquals(before, viewModel.sequence());
    }

    @Test
    void anEmptySequenceIsRefusedWithAMessageAndNothingChanges() {
        viewModel.useExample();
        Sequence before = viewModel.sequence();

        assertFalse(viewModel.useOwn("  \n\n "));

        assertEquals("Er is niets om te ordenen: de volgorde is leeg.", viewModel.errorProperty().get());
        assertEquals(before, viewModel.sequence());
    }

    @Test
    void typedLinesWithoutAScoreOrWithWordsForNumbersSayWhichLine() {
        assertFalse(viewModel.useOwn("Avond 1; 6,1\nAvond 2"));
        assertEquals("Regel 2 (\u201eAvond 2\u201d) heeft geen cijfer. Schrijf naam; cijfer, bijvoorbeeld: Avond 1; 6,1",
                viewModel.errorProperty().get());
        assertFalse(viewModel.useOwn("Avond 1; zes"));
        assertEquals("Regel 1: \u201ezes\u201d is geen cijfer. Een cijfer is een getal van 1 tot en met 10, zoals 7 of 6,5.",
                viewModel.errorProperty().get());
        assertFalse(viewModel.useOwn("Avond 1; 6; laatste"));
        assertEquals("Regel 1: \u201elaatste\u201d is geen plek. Een plek is een heel getal vanaf 1.",
                viewModel.errorProperty().get());
        assertFalse(viewModel.hasSequenceProperty().get(), "nothing was taken");
    }

    @Test
    void aPastedSpreadsheetWithTabsAndDecimalPointsIsTaken() {
        assertTrue(viewModel.useOwn("Inchecken\t6.5\nKamer\t7\nOntbijt\t8.25\nUitchecken\t5.5\t4\n"));

        assertEquals(List.of("Inchecken", "Kamer", "Ontbijt", "Uitchecken"), labels());
        assertEquals("8,3", viewModel.rows().items().get(2).score(), "rounded half up, as grades are");
        assertEquals("Inchecken; 6,5\nKamer; 7\nOntbijt; 8,25\nUitchecken; 5,5; 4", viewModel.ownText());
    }

    @Test
    void moreThanThirtyTypedElementsAreRefused() {
        StringBuilder typed = new StringBuilder();
        for (int i = 1; i <= 31; i++) {
            typed.append("Stap ").append(i).append("; 7\n");
        }
        assertFalse(viewModel.useOwn(typed.toString()));
        assertEquals("U typte 31 onderdelen; een reeks heeft er hoogstens 30.", viewModel.errorProperty().get());
    }

    // --- the customer journey ----------------------------------------------------------------

    @Test
    void theJourneyIsOrderedByMeanExperienceAndTouchpointsWithoutScoresAreLeftOutAndNamed() {
        assertFalse(viewModel.hasSequenceProperty().get());
        assertTrue(viewModel.emptyTextProperty().get().startsWith("Er zijn nog geen belevingscijfers"));

        workshop.set(withExperience(workshop.get(), new int[][] {{8, 9}, {}, {5, 6}}));
        viewModel.refresh();

        assertEquals(List.of("Website", "Factuur"), labels());
        assertEquals(List.of("8,5", "5,5"), viewModel.rows().items().stream().map(PeakEndViewModel.Row::score).toList());
        assertEquals("Nog zonder belevingscijfer, dus niet in de curve: Eerste telefoontje.",
                viewModel.omittedProperty().get());
        assertEquals("", viewModel.emptyTextProperty().get());
    }

    @Test
    void newScoresKeepTheTrainersOrderAndPinsAndANewlyScoredTouchpointComesLast() {
        workshop.set(withExperience(workshop.get(), new int[][] {{8}, {}, {5}}));
        viewModel.refresh();
        viewModel.move(0, 1);
        viewModel.togglePin(viewModel.rows().items().getFirst().id());

        workshop.set(withExperience(workshop.get(), new int[][] {{8, 6}, {7}, {5}}));
        viewModel.refresh();

        assertEquals(List.of("Factuur", "Website", "Eerste telefoontje"), labels());
        assertEquals(1, viewModel.rows().items().getFirst().pin(), "the pin stays");
        assertEquals("7,0", viewModel.rows().items().get(1).score());
        assertEquals("", viewModel.omittedProperty().get());
        assertFalse(viewModel.canUndoProperty().get(), "older states hold older scores");
    }

    @Test
    void theStateIsKeptForTheNextVisitOfTheElement() {
        viewModel.useExample();
        viewModel.move(0, 5);

        PeakEndViewModel later = new PeakEndViewModel(workshop::get, DUTCH, DUTCH);
        later.restore(viewModel.memento());

        assertEquals(labels(), later.rows().items().stream().map(PeakEndViewModel.Row::label).toList());
        assertTrue(later.canUndoProperty().get());
        later.undo();
        assertEquals("Avond 1", later.rows().items().getFirst().label());
    }

    @Test
    void nothingToOrderShowsNoFiguresAndNoSuggestion() {
        assertNull(viewModel.suggestion());
        assertTrue(viewModel.figures().isEmpty());
        assertTrue(viewModel.currentCurve().isEmpty());
        assertFalse(viewModel.canApplyProperty().get());
        assertEquals("Hier verschijnt de belevingscurve zodra er cijfers zijn.", viewModel.roomEmptyProperty().get());
        viewModel.move(0, 1);
        viewModel.applySuggestion();
        assertFalse(viewModel.canUndoProperty().get(), "no change was made");
    }

    // --- helpers ------------------------------------------------------------------------------

    private List<String> labels() {
        return viewModel.rows().items().stream().map(PeakEndViewModel.Row::label).toList();
    }

    private static List<Double> scores(Sequence sequence) {
        return Arrays.stream(sequence.scores()).boxed().toList();
    }

    /** The workshop with these experience grades per touchpoint (one participant per grade). */
    private static Workshop withExperience(Workshop base, int[][] grades) {
        Instant at = LiveWorkshops.START;
        List<Participant> participants = new ArrayList<>();
        List<TouchpointScore> scores = new ArrayList<>();
        List<Touchpoint> touchpoints = base.touchpoints();
        int most = Arrays.stream(grades).mapToInt(row -> row.length).max().orElse(0);
        for (int p = 0; p < most; p++) {
            participants.add(new Participant(new UUID(7, p), "Deelnemer " + (p + 1), JoinChannel.PHONE, at));
        }
        for (int t = 0; t < grades.length; t++) {
            for (int p = 0; p < grades[t].length; p++) {
                scores.add(new TouchpointScore(participants.get(p).id(), touchpoints.get(t).id(),
                        ScoreDimension.EXPERIENCE, Score.of(grades[t][p]), at));
            }
        }
        return new Workshop(base.id(), base.details(), base.status(), base.templateKey(), base.agenda(), touchpoints,
                participants, new Answers(scores, List.of(), List.of(), List.of(), List.of()), null, base.createdAt(),
                at);
    }
}
