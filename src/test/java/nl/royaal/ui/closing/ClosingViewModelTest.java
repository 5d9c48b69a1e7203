package nl.royaal.ui.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.Language;
import nl.royaal.domain.Score;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.report.ReportWorkshops;
import org.junit.jupiter.api.Test;

/**
 * The closing round without a window. The known workshop: three participants (two pledged) graded
 * Welkom 6, 7, 8; Fanmoment 9, 9, 8; Scoren 5, 6, 7; and the closing itself 7, 7, 7.
 */
class ClosingViewModelTest {

    private static final I18n DUTCH = I18n.of(Language.NL);
    private static final I18n ENGLISH = I18n.of(Language.EN);

    private final AtomicReference<Workshop> workshop = new AtomicReference<>(ReportWorkshops.known(Language.NL));
    private final AtomicBoolean revealed = new AtomicBoolean();
    private final ClosingViewModel viewModel = new ClosingViewModel(closing().id(), workshop::get, revealed::get,
            DUTCH, ENGLISH);

    private AgendaElement closing() {
        return workshop.get().agenda().stream().filter(e -> e.kind() == ElementKind.CLOSING).findFirst().orElseThrow();
    }

    @Test
    void everyPartButTheClosingItselfHasItsMeanInAgendaOrderAndTheBestIsMarked() {
        assertEquals(List.of(
                        new ClosingViewModel.Bar("Welkom", "7,0", 0.7, "3 cijfers", false),
                        new ClosingViewModel.Bar("Fanmoment", "8,7", 26.0 / 3 / 10, "3 cijfers", true),
                        new ClosingViewModel.Bar("Droomservice", "\u2013", 0, "geen cijfers", false),
                        new ClosingViewModel.Bar("Scoren", "6,0", 0.6, "3 cijfers", false),
                        new ClosingViewModel.Bar("E\u00e9n fan per dag", "\u2013", 0, "geen cijfers", false)),
                viewModel.bars());
        assertEquals("Cijfers gegeven: 3 van 3 deelnemers", viewModel.ratedTextProperty().get());
    }

    @Test
    void theRoomReadsItsFiguresInTheWorkshopsLanguage() {
        assertEquals("8.7", viewModel.roomBars().get(1).mean(), "English decimals on an English workshop");
        assertEquals(List.of(new ClosingViewModel.Figure("3", "participants"),
                        new ClosingViewModel.Figure("2", "pledges"),
                        new ClosingViewModel.Figure("600", "new fans in a year")),
                viewModel.roomFigures(), "3 people x 200 working days x 1 year");
        assertEquals("Thank you!  \u00b7  3 participants  \u00b7  2 pledges  \u00b7  600 new fans in a year",
                viewModel.roomSummaryProperty().get());
    }

    @Test
    void gradesArrivingAreCountedLiveAndTheLastGradeOfAParticipantCounts() {
        Workshop known = workshop.get();
        UUID anna = known.participants().getFirst().id();
        UUID pledge = known.agenda().get(4).id();
        List<ElementRating> ratings = new ArrayList<>(known.answers().ratings());
        Instant later = Instant.parse("2030-01-01T00:00:00Z");
        ratings.add(new ElementRating(anna, pledge, Score.of(10), later));
        ratings.add(new ElementRating(anna, known.agenda().getFirst().id(), Score.of(9), later));
        workshop.set(withRatings(known, ratings));

        viewModel.refresh();

        assertEquals("10,0", viewModel.bars().get(4).mean());
        assertTrue(viewModel.bars().get(4).best(), "the pledge now has the highest mean");
        assertFalse(viewModel.bars().get(1).best());
        assertEquals("8,0", viewModel.bars().getFirst().mean(), "Anna's 6 for the welcome became a 9: (9+7+8)/3");
        assertEquals("3 cijfers", viewModel.bars().getFirst().count());
    }

    @Test
    void nobodyGradedYetSaysWhatToDoAndTheRoomSeesNoBars() {
        workshop.set(withRatings(workshop.get(), List.of()));
        viewModel.refresh();

        assertFalse(viewModel.anyRatedProperty().get());
        assertTrue(viewModel.ratedTextProperty().get().startsWith("Nog niemand heeft cijfers gegeven"));
        assertTrue(viewModel.bars().stream().noneMatch(ClosingViewModel.Bar::best), "no best part without grades");
    }

    @Test
    void aRoomWithoutParticipantsShowsNoFiguresAndWithoutPledgesOnlyThePeople() {
        Workshop known = workshop.get();
        workshop.set(new Workshop(known.id(), known.details(), known.status(), known.templateKey(), known.agenda(),
                known.touchpoints(), List.of(), Answers.NONE, null, known.createdAt(), known.updatedAt()));
        viewModel.refresh();
        assertEquals(List.of(), viewModel.roomFigures());
        assertEquals("Thank you!", viewModel.roomSummaryProperty().get());

        Answers noPledges = new Answers(known.answers().scores(), List.of(), List.of(), known.answers().ratings(),
                known.answers().selfImage());
        workshop.set(new Workshop(known.id(), known.details(), known.status(), known.templateKey(), known.agenda(),
                known.touchpoints(), known.participants(), noPledges, null, known.createdAt(), known.updatedAt()));
        viewModel.refresh();
        assertEquals(List.of(new ClosingViewModel.Figure("3", "participants")), viewModel.roomFigures());
    }

    @Test
    void revealingShowsTheGradesToTheRoomAndTheHintFollows() {
        assertFalse(viewModel.shownProperty().get());
        assertEquals("Druk op R om de cijfers op de projector te tonen.", viewModel.hintProperty().get());

        revealed.set(true);
        viewModel.refresh();

        assertTrue(viewModel.shownProperty().get());
        assertEquals("De cijfers staan op de projector (R verbergt ze weer).", viewModel.hintProperty().get());
    }

    @Test
    void breaksAreNotGraded() {
        Workshop known = workshop.get();
        List<AgendaElement> agenda = new ArrayList<>(known.agenda());
        agenda.add(1, new AgendaElement(UUID.randomUUID(), ElementKind.BREAK, "Pauze", 15, true));
        workshop.set(known.withAgenda(agenda, known.updatedAt()));
        viewModel.refresh();
        assertTrue(viewModel.bars().stream().noneMatch(bar -> bar.title().equals("Pauze")));
    }

    private static Workshop withRatings(Workshop known, List<ElementRating> ratings) {
        Answers answers = known.answers();
        return new Workshop(known.id(), known.details(), known.status(), known.templateKey(), known.agenda(),
                known.touchpoints(), known.participants(),
                new Answers(answers.scores(), answers.texts(), answers.votes(), ratings, answers.selfImage()),
                null, known.createdAt(), known.updatedAt());
    }
}
