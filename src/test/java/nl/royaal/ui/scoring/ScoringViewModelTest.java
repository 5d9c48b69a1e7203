package nl.royaal.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.i18n.I18n;
import nl.royaal.testing.phones.LiveWorkshops;
import nl.royaal.ui.charts.DumbbellChart;
import nl.royaal.ui.charts.GapBarChart;
import nl.royaal.ui.charts.Marker;
import org.junit.jupiter.api.Test;

/**
 * The scoring round's table and room without a window. The journey is Website, Eerste
 * telefoontje, Factuur; every figure below is worked out by hand.
 */
class ScoringViewModelTest {

    private static final I18n DUTCH = I18n.of(Language.NL);
    private static final I18n ENGLISH = I18n.of(Language.EN);

    private final Workshop base = LiveWorkshops.workshop();
    private final AtomicReference<Workshop> workshop = new AtomicReference<>(base);
    private final AtomicBoolean revealed = new AtomicBoolean();
    private final List<TouchpointScore> scores = new ArrayList<>();
    private final List<Participant> people = new ArrayList<>();
    private WorkshopSettings settings = WorkshopSettings.DEFAULT;
    private final ScoringViewModel viewModel =
            new ScoringViewModel(workshop::get, revealed::get, DUTCH, ENGLISH);

    @Test
    void withoutAnswersEveryRowShowsDashesAndNoClass() {
        assertEquals(List.of("Website", "Eerste telefoontje", "Factuur"),
                viewModel.rows().stream().map(ScoringViewModel.Row::name).toList());
        ScoringViewModel.Row website = viewModel.rows().getFirst();
        assertEquals(0, website.n());
        assertEquals("\u2013", website.expectation(), "n = 0: no mean, a dash rather than NaN");
        assertEquals("\u2013", website.experience());
        assertEquals("\u2013", website.spreadExpectation());
        assertEquals("\u2013", website.gap());
        assertNull(website.gapClass());
        assertEquals("", website.gapClassText());
        assertFalse(website.discuss());
        assertEquals("Nog niemand heeft cijfers gegeven \u00b7 teleurstelling 0 \u00b7 tevreden 0 \u00b7 fanzone 0"
                + " \u00b7 bespreken 0", viewModel.summaryProperty().get());
    }

    @Test
    void oneParticipantGivesMeansAndAGapButNoSpread() {
        grade(0, 0, 8, 6);

        ScoringViewModel.Row website = viewModel.rows().getFirst();
        assertEquals(1, website.n());
        assertEquals("8,0", website.expectation());
        assertEquals("6,0", website.experience());
        assertEquals("\u2013", website.spreadExpectation(), "n = 1: the sample spread (n \u2212 1) does not exist");
        assertEquals("\u2013", website.spreadExperience());
        assertEquals("\u22122,0", website.gap());
        assertEquals(GapClass.DISAPPOINTMENT, website.gapClass());
        assertEquals("Teleurstelling", website.gapClassText());
        assertFalse(website.discuss(), "one grade cannot disagree with itself");
        assertEquals(0, viewModel.rows().get(1).n(), "the other touchpoints stay empty");
    }

    @Test
    void meansSpreadsGapAndClassFollowTheDomain() {
        // Website: expectations 7, 8, 9 (mean 8, sd 1); experiences 9, 9, 9 (mean 9, sd 0): gap +1 → fan zone.
        grade(0, 0, 7, 9);
        grade(1, 0, 8, 9);
        grade(2, 0, 9, 9);

        ScoringViewModel.Row website = viewModel.rows().getFirst();
        assertEquals(3, website.n());
        assertEquals("8,0", website.expectation());
        assertEquals("1,0", website.spreadExpectation());
        assertEquals("9,0", website.experience());
        assertEquals("0,0", website.spreadExperience());
        assertEquals("+1,0", website.gap());
        assertEquals(GapClass.FAN_ZONE, website.gapClass());
        assertEquals("Fanzone", website.gapClassText());
    }

    @Test
    void aGapOfExactlyTheMarginIsSatisfied() {
        // Expectations 7 and 8 (7.5), experiences 8 and 8: gap exactly +0.5.
        grade(0, 1, 7, 8);
        grade(1, 1, 8, 8);

        ScoringViewModel.Row call = viewModel.rows().get(1);
        assertEquals("+0,5", call.gap());
        assertEquals(GapClass.SATISFIED, call.gapClass());
    }

    @Test
    void aGapJustBeyondTheMarginShowsTwoDecimalsSoItDoesNotReadAsSatisfied() {
        // 19 expect a 6; ten experience a 7 and nine a 6: gap 10/19 = 0.526, which one decimal shows as 0.5.
        for (int p = 0; p < 19; p++) {
            grade(p, 0, 6, p < 10 ? 7 : 6);
        }

        ScoringViewModel.Row website = viewModel.rows().getFirst();
        assertEquals(GapClass.FAN_ZONE, website.gapClass());
        assertEquals("+0,53", website.gap());
        assertEquals("+0.53", viewModel.dumbbellsProperty().get().getFirst().valueText());
    }

    @Test
    void aRoomThatDisagreesIsFlaggedForDiscussion() {
        // Experiences 3 and 9: sd = √18 ≈ 4.2, above the threshold of 2.
        grade(0, 2, 6, 3);
        grade(1, 2, 6, 9);

        ScoringViewModel.Row invoice = viewModel.rows().get(2);
        assertEquals("4,2", invoice.spreadExperience());
        assertTrue(invoice.discuss());
        assertFalse(viewModel.rows().getFirst().discuss());
        assertTrue(viewModel.summaryProperty().get().endsWith("bespreken 1"), viewModel.summaryProperty().get());
        assertEquals("De deelnemers verschillen sterk van mening: de spreiding is 2 of meer.", viewModel.discussHint());
    }

    @Test
    void rowsSortByGapFromTheDeepestDisappointmentAndRowsWithoutAGapLast() {
        grade(0, 0, 8, 5); // Website −3
        grade(0, 2, 6, 8); // Factuur +2; Eerste telefoontje has no grades

        assertEquals(List.of("Website", "Factuur", "Eerste telefoontje"),
                viewModel.rowsByGap().stream().map(ScoringViewModel.Row::name).toList());
        List<ScoringViewModel.Row> sorted = new ArrayList<>(viewModel.rows());
        sorted.sort(ScoringViewModel.BY_GAP);
        assertEquals(viewModel.rowsByGap(), sorted, "the console's sort button sorts the same way");
        assertEquals(List.of("Website", "Factuur", "Eerste telefoontje"),
                viewModel.gapsProperty().get().stream().map(GapBarChart.Item::label).toList(),
                "the projector's bars too");
    }

    @Test
    void rowsAreUpdatedInPlaceSoTheTableKeepsItsSelection() {
        ScoringViewModel.Row website = viewModel.rows().getFirst();
        List<ScoringViewModel.Row> before = List.copyOf(viewModel.rows());

        grade(0, 0, 7, 8);

        assertSame(website, viewModel.rows().getFirst());
        assertEquals(before, viewModel.rows());
        assertEquals("7,0", website.expectation());
    }

    @Test
    void aRevealOrATickDoesNotRecomputeButNewScoresDo() {
        grade(0, 0, 7, 8);
        var aggregate = viewModel.aggregate();

        revealed.set(true);
        viewModel.refresh();

        assertSame(aggregate, viewModel.aggregate(), "same scores: nothing to work out again");
        assertTrue(viewModel.revealedProperty().get());
        grade(1, 0, 9, 9);
        assertEquals(2, viewModel.rows().getFirst().n());
    }

    @Test
    void theRoomSeesHowManyAnsweredInItsOwnLanguage() {
        grade(0, 0, 7, 8);
        grade(1, 1, 7, 8);
        people.add(participant(5)); // joined, not answered yet
        workshop.set(with(scores));
        viewModel.refresh();

        assertEquals(2, viewModel.answeredProperty().get());
        assertEquals("2", viewModel.roomCountProperty().get());
        assertEquals("of 3 participants have given their grades", viewModel.roomCountCaptionProperty().get());
        assertFalse(viewModel.revealedProperty().get(), "hidden until the trainer reveals");
    }

    @Test
    void theDumbbellsCarryBothMeansTheClassMarkAndTheSignedGapInTheRoomsLanguage() {
        grade(0, 0, 8, 5);
        grade(0, 1, 6, 6);

        List<DumbbellChart.Item> items = viewModel.dumbbellsProperty().get();
        assertEquals(3, items.size());
        DumbbellChart.Item website = items.getFirst();
        assertEquals(OptionalDouble.of(8), website.from());
        assertEquals(OptionalDouble.of(5), website.to());
        assertEquals(Marker.TRIANGLE_DOWN, website.marker());
        assertEquals("tone-disappointment", website.tone());
        assertEquals("\u22123.0", website.valueText(), "the projector speaks the workshop's language");
        assertEquals(Marker.DIAMOND, items.get(1).marker());
        assertEquals(Marker.DOT, items.get(2).marker(), "no class without grades");
        assertTrue(items.get(2).from().isEmpty());
    }

    @Test
    void aTighterMarginTurnsASatisfiedGapIntoAFanZoneWithoutReopening() {
        // Five expect a 7; three experience a 7, two an 8: gap +0.4.
        for (int p = 0; p < 5; p++) {
            grade(p, 0, 7, p < 3 ? 7 : 8);
        }
        ScoringViewModel.Row website = viewModel.rows().getFirst();
        assertEquals("+0,4", website.gap());
        assertEquals(GapClass.SATISFIED, website.gapClass(), "within \u00b10.5");
        assertEquals(Marker.DIAMOND, viewModel.gapsProperty().get().getFirst().marker());

        changeScoring(ScoringSettings.DEFAULT.withMargin(0.3));

        assertSame(website, viewModel.rows().getFirst(), "the same row, updated in place");
        assertEquals(GapClass.FAN_ZONE, website.gapClass(), "beyond \u00b10.3");
        assertEquals("Fanzone", website.gapClassText());
        assertTrue(viewModel.summaryProperty().get().contains("fanzone 1"), viewModel.summaryProperty().get());
        assertEquals(Marker.TRIANGLE_UP, viewModel.gapsProperty().get().getFirst().marker());
        assertEquals(0.3, viewModel.marginProperty().get(), "the gap chart's band");
        assertEquals("Band \u00b10.3: satisfied", viewModel.roomBandTextProperty().get(), "the legend, in the room's language");
        assertTrue(viewModel.settingsTextProperty().get().contains("Tevreden binnen \u00b10,3"),
                viewModel.settingsTextProperty().get());
    }

    @Test
    void theDiscussFlagFollowsTheThreshold() {
        // Experiences 6 and 9: sd = √4.5 ≈ 2.1, just above the default threshold of 2.
        grade(0, 2, 6, 6);
        grade(1, 2, 6, 9);
        ScoringViewModel.Row invoice = viewModel.rows().get(2);
        assertTrue(invoice.discuss());

        changeScoring(ScoringSettings.DEFAULT.withDisagreementThreshold(2.5));

        assertFalse(invoice.discuss(), "2.1 is below 2.5");
        assertTrue(viewModel.summaryProperty().get().endsWith("bespreken 0"), viewModel.summaryProperty().get());
        assertEquals("De deelnemers verschillen sterk van mening: de spreiding is 2,5 of meer.",
                viewModel.discussHintProperty().get());

        changeScoring(ScoringSettings.DEFAULT.withDisagreementThreshold(2.1));
        assertTrue(invoice.discuss(), "2.12 reaches 2.1");
    }

    @Test
    void aChangedMarginRewordsAGapWhoseClassStays() {
        // Gap 10/19 = 0.526: a fan zone at both margins; "+0,53" only where one decimal would read as the margin.
        for (int p = 0; p < 19; p++) {
            grade(p, 0, 6, p < 10 ? 7 : 6);
        }
        assertEquals("+0,53", viewModel.rows().getFirst().gap());

        changeScoring(ScoringSettings.DEFAULT.withMargin(0.3));

        assertEquals(GapClass.FAN_ZONE, viewModel.rows().getFirst().gapClass());
        assertEquals("+0,5", viewModel.rows().getFirst().gap());
    }

    @Test
    void aJourneyWithoutTouchpointsSaysSo() {
        Workshop bare = new Workshop(base.id(), base.details(), base.status(), base.templateKey(), base.agenda(),
                List.of(), List.of(), Answers.NONE, null, base.createdAt(), base.updatedAt());
        ScoringViewModel empty = new ScoringViewModel(() -> bare, () -> true, DUTCH, DUTCH);

        assertTrue(empty.rows().isEmpty());
        assertFalse(empty.hasJourneyProperty().get());
    }

    /** Participant {@code p} grades touchpoint {@code t}: expectation and experience. */
    private void grade(int p, int t, int expectation, int experience) {
        Participant person = participant(p);
        if (!people.contains(person)) {
            people.add(person);
        }
        Touchpoint touchpoint = base.touchpoints().get(t);
        Instant at = LiveWorkshops.START.plusSeconds(scores.size());
        scores.add(new TouchpointScore(person.id(), touchpoint.id(), ScoreDimension.EXPECTATION,
                Score.of(expectation), at));
        scores.add(new TouchpointScore(person.id(), touchpoint.id(), ScoreDimension.EXPERIENCE,
                Score.of(experience), at));
        workshop.set(with(scores));
        viewModel.refresh();
    }

    /** The trainer changes the margin or threshold: the live run stores it and announces a refresh. */
    private void changeScoring(ScoringSettings scoring) {
        settings = settings.withScoring(scoring);
        workshop.set(with(scores));
        viewModel.refresh();
    }

    private static Participant participant(int p) {
        return new Participant(new UUID(9, p), "", JoinChannel.PHONE, LiveWorkshops.START);
    }

    private Workshop with(List<TouchpointScore> newScores) {
        return new Workshop(base.id(), base.details(), base.status(), base.templateKey(), base.agenda(),
                base.touchpoints(), people, new Answers(newScores, List.of(), List.of(), List.of(), List.of()),
                null, base.createdAt(), base.updatedAt(), VisionCanvas.EMPTY, settings);
    }
}
