package nl.royaal.ui.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.i18n.I18n;
import nl.royaal.report.ReportWorkshops;
import org.junit.jupiter.api.Test;

/**
 * The workshop of {@link ReportWorkshops#known}: the website is expected at 7,0 and experienced at
 * 8,7 (fan zone), the invoice expected at 8,0 and experienced at 4,3 (gap −3,7, a disappointment).
 */
class PromiseViewModelTest {

    private static final I18n NL = I18n.of(Language.NL);
    private static final I18n EN = I18n.of(Language.EN);

    private final AtomicReference<Workshop> workshop = new AtomicReference<>(ReportWorkshops.known(Language.NL));
    private final PromiseViewModel viewModel = new PromiseViewModel(workshop::get, NL, NL);

    @Test
    void startsOnTheMostDisappointingTouchpointWithNothingChanged() {
        assertEquals(List.of("Website  (+1,7)", "Factuur  (−3,7)"),
                viewModel.choices().stream().map(PromiseViewModel.Choice::label).toList());
        assertEquals("Factuur", viewModel.figuresProperty().get().name());
        assertTrue(viewModel.canChangeProperty().get());
        assertEquals("", viewModel.emptyTextProperty().get());
        PromiseViewModel.Figures figures = viewModel.figuresProperty().get();
        assertEquals("8,0", figures.expectationBefore());
        assertEquals("8,0", figures.expectationAfter());
        assertEquals("−3,7", figures.gapAfter());
        assertEquals("Blijft teleurstelling", figures.classChange());
        assertEquals("0,0", viewModel.lowerByTextProperty().get(), "no sign on no change");
    }

    @Test
    void aLowerPromiseAndABitBetterServiceTurnTheDisappointmentIntoSatisfied() {
        assertTrue(viewModel.setLowerBy(2));
        assertTrue(viewModel.setRaiseBy(1.5));

        PromiseViewModel.Figures figures = viewModel.figuresProperty().get();
        assertEquals("8,0", figures.expectationBefore());
        assertEquals("6,0", figures.expectationAfter());
        assertEquals("4,3", figures.experienceBefore());
        assertEquals("5,8", figures.experienceAfter());
        assertEquals("−3,7", figures.gapBefore());
        assertEquals("−0,2", figures.gapAfter());
        assertEquals(Optional.of(GapClass.DISAPPOINTMENT), figures.classBefore());
        assertEquals(Optional.of(GapClass.SATISFIED), figures.classAfter());
        assertEquals("Teleurstelling → tevreden", figures.classChange());
        assertEquals("2 punt lager beloven en 1,5 punt beter leveren: van teleurstelling naar tevreden.",
                figures.sentence());
        assertEquals("−2,0", viewModel.lowerByTextProperty().get());
        assertEquals("+1,5", viewModel.raiseByTextProperty().get());
        assertEquals(2, figures.scale().size(), "now and what if");
        assertEquals("class-satisfied", figures.scale().get(1).spanStyle());
        assertEquals("Teleurstelling → tevreden", viewModel.roomFiguresProperty().get().classChange());
    }

    @Test
    void theWhatIfIsJudgedWithTheWorkshopsMarginAsTheTrainerChangesIt() {
        viewModel.setLowerBy(2);
        viewModel.setRaiseBy(1.5);
        assertEquals(Optional.of(GapClass.SATISFIED), viewModel.figuresProperty().get().classAfter(), "−0,2 within ±0,5");

        Workshop now = workshop.get();
        workshop.set(now.withSettings(now.settings().withScoring(now.settings().scoring().withMargin(0.1)),
                now.updatedAt()));
        viewModel.refresh();

        assertEquals(Optional.of(GapClass.DISAPPOINTMENT), viewModel.figuresProperty().get().classAfter(),
                "−0,2 is beyond ±0,1");
        assertEquals("Blijft teleurstelling", viewModel.figuresProperty().get().classChange());
    }

    @Test
    void aWhatIfOutsideZeroToNineIsRefusedWithTheDomainsMessageAndChangesNothing() {
        viewModel.setLowerBy(2);

        assertFalse(viewModel.setLowerBy(-1));
        assertEquals(NL.t("scoring.error.changeRange", -1.0, 0.0, 9.0), viewModel.errorProperty().get());
        assertEquals(2, viewModel.lowerByProperty().get());
        assertFalse(viewModel.setRaiseBy(9.5));
        assertFalse(viewModel.setRaiseBy(Double.NaN));
        assertFalse(viewModel.setRaiseBy(1e9));
        assertEquals(0, viewModel.raiseByProperty().get());
        assertEquals("6,0", viewModel.figuresProperty().get().expectationAfter());

        assertTrue(viewModel.setRaiseBy(1));
        assertEquals("", viewModel.errorProperty().get(), "a good value clears the message");
    }

    @Test
    void whatIfsMoveInHalfPointsAndStayOnTheScale() {
        viewModel.setLowerBy(1.3);
        assertEquals(1.5, viewModel.lowerByProperty().get());

        viewModel.setLowerBy(9);
        viewModel.setRaiseBy(9);
        PromiseViewModel.Figures figures = viewModel.figuresProperty().get();
        assertEquals("1,0", figures.expectationAfter(), "an expectation does not go below 1");
        assertEquals("10,0", figures.experienceAfter(), "an experience does not go above 10");
        assertEquals("Teleurstelling → fanzone", figures.classChange());
    }

    @Test
    void withoutTouchpointsItSaysSoAndTheWhatIfsAreOff() {
        workshop.set(ReportWorkshops.bare(Language.NL));
        viewModel.refresh();

        assertTrue(viewModel.choices().isEmpty());
        assertFalse(viewModel.canChangeProperty().get());
        assertNull(viewModel.figuresProperty().get());
        assertTrue(viewModel.emptyTextProperty().get().startsWith("Deze workshop heeft geen contactmomenten."));
        assertEquals("We hebben nog geen contactmomenten om te bekijken.", viewModel.roomEmptyTextProperty().get());
    }

    @Test
    void withoutScoresItSaysSoAndTheWhatIfsAreOff() {
        workshop.set(ReportWorkshops.empty(Language.NL));
        viewModel.refresh();

        assertEquals(List.of("Website  (nog geen cijfers)", "Factuur  (nog geen cijfers)"),
                viewModel.choices().stream().map(PromiseViewModel.Choice::label).toList());
        assertEquals("Website", viewModel.selectedProperty().get().label().split(" ")[0]);
        assertFalse(viewModel.canChangeProperty().get());
        assertNull(viewModel.roomFiguresProperty().get());
        assertTrue(viewModel.emptyTextProperty().get().startsWith("\u201eWebsite\u201d heeft nog geen cijfers"));
        assertEquals("\u201eWebsite\u201d heeft nog geen cijfers.", viewModel.roomEmptyTextProperty().get());

        workshop.set(ReportWorkshops.known(Language.NL));
        viewModel.refresh();
        assertEquals("Factuur", viewModel.figuresProperty().get().name(), "scores arrived: the worst one now");
    }

    @Test
    void oneParticipantIsEnoughForAWhatIf() {
        workshop.set(ReportWorkshops.single(Language.NL)); // Anna: invoice 8 expected, 5 experienced
        viewModel.refresh();
        viewModel.setLowerBy(2.5);

        PromiseViewModel.Figures figures = viewModel.figuresProperty().get();
        assertEquals("−3,0", figures.gapBefore());
        assertEquals("−0,5", figures.gapAfter());
        assertEquals("Teleurstelling → tevreden", figures.classChange(), "a gap of exactly the margin satisfies");
    }

    @Test
    void aPickedTouchpointStaysPickedWhenAnswersArriveAndComesBackAfterTheRoomMovesOn() {
        viewModel.select(viewModel.choices().getFirst().id());
        viewModel.setRaiseBy(0.5);
        viewModel.refresh();
        assertEquals("Website", viewModel.figuresProperty().get().name());
        assertEquals("Blijft fanzone", viewModel.figuresProperty().get().classChange());

        PromiseViewModel later = new PromiseViewModel(workshop::get, NL, NL);
        later.restore(viewModel.memento());
        assertEquals("Website", later.figuresProperty().get().name());
        assertEquals(0.5, later.raiseByProperty().get());
    }

    @Test
    void theRoomReadsTheWorkshopsLanguage() {
        PromiseViewModel mixed = new PromiseViewModel(workshop::get, NL, EN);
        mixed.setLowerBy(1);
        mixed.setRaiseBy(2);

        PromiseViewModel.Figures room = mixed.roomFiguresProperty().get();
        assertEquals("−3.7", room.gapBefore());
        assertEquals("−0.7", room.gapAfter());
        assertEquals("Stays disappointment", room.classChange());
        assertEquals("Promise 1 point less and deliver 2 points better: it stays disappointment.", room.sentence());
        assertEquals("−0,7", mixed.figuresProperty().get().gapAfter());
    }
}
