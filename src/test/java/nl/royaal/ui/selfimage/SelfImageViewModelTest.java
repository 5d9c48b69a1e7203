package nl.royaal.ui.selfimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.report.ReportWorkshops;
import org.junit.jupiter.api.Test;

class SelfImageViewModelTest {

    private static final I18n NL = I18n.of(Language.NL);
    private static final I18n EN = I18n.of(Language.EN);
    private static final Instant AT = Instant.parse("2025-03-14T10:00:00Z");

    private final AtomicReference<Workshop> workshop = new AtomicReference<>(ReportWorkshops.empty(Language.NL));
    private final AtomicBoolean revealed = new AtomicBoolean();
    private final SelfImageViewModel viewModel = new SelfImageViewModel(workshop::get, revealed::get, NL, NL);

    @Test
    void withoutAnswersEveryFigureIsADashAndTheRoomSeesOnlyThatNobodyAnswered() {
        assertEquals("Nog niemand heeft geantwoord", viewModel.answeredProperty().get());
        assertEquals("–", viewModel.ourMeanProperty().get());
        assertEquals("–", viewModel.customerSpreadProperty().get());
        assertEquals("–", viewModel.gapProperty().get());
        assertEquals("0", viewModel.ourCountProperty().get());
        assertTrue(viewModel.sentenceProperty().get().startsWith("Nog geen antwoorden."));
        assertTrue(viewModel.scale().isEmpty());
        assertFalse(viewModel.roomRevealedProperty().get());
        assertEquals("0", viewModel.roomCountProperty().get());
        assertEquals("Nog niemand heeft geantwoord", viewModel.roomAnsweredProperty().get());
    }

    @Test
    void theConsoleFollowsEveryAnswerWhileTheRoomSeesOnlyTheCount() {
        workshop.set(ReportWorkshops.known(Language.NL)); // ours 8, 7, 9; customers 6, 6, 5
        viewModel.refresh();

        assertEquals("3 deelnemers hebben geantwoord", viewModel.answeredProperty().get());
        assertEquals("8,0", viewModel.ourMeanProperty().get());
        assertEquals("5,7", viewModel.customerMeanProperty().get());
        assertEquals("1,0", viewModel.ourSpreadProperty().get());
        assertEquals("0,6", viewModel.customerSpreadProperty().get());
        assertEquals("−2,3", viewModel.gapProperty().get());
        assertEquals("We geven onszelf een 8,0, maar denken dat onze klanten ons een 5,7 geven: we vinden onszelf "
                + "2,3 punt klantgerichter dan onze klanten ons vinden.", viewModel.sentenceProperty().get());
        assertEquals("Verborgen voor de zaal · R onthult", viewModel.revealStateProperty().get());
        assertEquals(1, viewModel.scale().size());

        assertEquals("3", viewModel.roomCountProperty().get());
        assertEquals("3 van ons hebben geantwoord", viewModel.roomAnsweredProperty().get());
        assertEquals("", viewModel.roomOurMeanProperty().get(), "nothing of the outcome before the reveal");
        assertEquals("", viewModel.roomGapProperty().get());
        assertEquals("", viewModel.roomSentenceProperty().get());
        assertTrue(viewModel.roomScale().isEmpty());
    }

    @Test
    void theRevealShowsBothMeansOnOneScaleAndNamesTheGap() {
        workshop.set(ReportWorkshops.known(Language.NL));
        revealed.set(true);
        viewModel.refresh();

        assertTrue(viewModel.roomRevealedProperty().get());
        assertEquals("8,0", viewModel.roomOurMeanProperty().get());
        assertEquals("5,7", viewModel.roomCustomerMeanProperty().get());
        assertEquals("−2,3", viewModel.roomGapProperty().get());
        assertTrue(viewModel.roomSentenceProperty().get().contains("2,3 punt klantgerichter"));
        ScaleRow row = viewModel.roomScale().getFirst();
        assertEquals(8.0, row.from().value(), 1e-9);
        assertEquals(17.0 / 3, row.to().value(), 1e-9);
        assertEquals("wij 8,0", row.from().text());
        assertEquals("klanten 5,7", row.to().text());
        assertEquals("kloof −2,3", row.spanText());
        assertEquals("Onthuld op de projector", viewModel.revealStateProperty().get());
        assertTrue(viewModel.roomBain().contains("80% van 362 bedrijven"));
    }

    @Test
    void oneParticipantHasMeansButNoSpread() {
        workshop.set(ReportWorkshops.single(Language.NL)); // Anna: 8 and 6
        viewModel.refresh();

        assertEquals("1 deelnemer heeft geantwoord", viewModel.answeredProperty().get());
        assertEquals("8,0", viewModel.ourMeanProperty().get());
        assertEquals("6,0", viewModel.customerMeanProperty().get());
        assertEquals("–", viewModel.ourSpreadProperty().get());
        assertEquals("–", viewModel.customerSpreadProperty().get());
        assertEquals("−2,0", viewModel.gapProperty().get());
    }

    @Test
    void withOnlyOneQuestionAnsweredThereIsNoGapYet() {
        workshop.set(withSelfImage(List.of(7), List.of()));
        viewModel.refresh();

        assertEquals("7,0", viewModel.ourMeanProperty().get());
        assertEquals("–", viewModel.customerMeanProperty().get());
        assertEquals("–", viewModel.gapProperty().get());
        assertEquals("Nog niet beide vragen zijn beantwoord, dus er is nog geen kloof.",
                viewModel.sentenceProperty().get());
        assertTrue(viewModel.scale().isEmpty());
    }

    @Test
    void equalGradesAreNoGapAndAHigherCustomerGradeIsSaidAsSuch() {
        workshop.set(withSelfImage(List.of(7, 8), List.of(8, 7)));
        viewModel.refresh();
        assertEquals("0,0", viewModel.gapProperty().get(), "no sign on nothing");
        assertTrue(viewModel.sentenceProperty().get().endsWith("geen zelfbeeldkloof."));

        workshop.set(withSelfImage(List.of(6), List.of(8)));
        viewModel.refresh();
        assertEquals("+2,0", viewModel.gapProperty().get());
        assertEquals("We geven onszelf een 6,0 en denken dat onze klanten ons een 8,0 geven: 2,0 punt hoger dan ons "
                + "eigen cijfer.", viewModel.sentenceProperty().get());
    }

    @Test
    void theRoomSpeaksTheWorkshopsLanguageAndTheConsoleItsOwn() {
        workshop.set(ReportWorkshops.known(Language.NL));
        revealed.set(true);
        SelfImageViewModel mixed = new SelfImageViewModel(workshop::get, revealed::get, NL, EN);

        assertEquals("5,7", mixed.customerMeanProperty().get());
        assertEquals("5.7", mixed.roomCustomerMeanProperty().get());
        assertEquals("−2.3", mixed.roomGapProperty().get());
        assertTrue(mixed.roomSentenceProperty().get().startsWith("We grade ourselves 8.0 but think our customers"
                + " would grade us 5.7: we think we are 2.3 points"));
        assertEquals("3 of us have answered", mixed.roomAnsweredProperty().get());
    }

    /** A workshop in which participant i gave our view ours[i] and customer view customers[i]. */
    private static Workshop withSelfImage(List<Integer> ours, List<Integer> customers) {
        Workshop base = ReportWorkshops.empty(Language.NL);
        List<Participant> people = new ArrayList<>();
        List<SelfImageScore> answers = new ArrayList<>();
        for (int i = 0; i < Math.max(ours.size(), customers.size()); i++) {
            UUID person = UUID.randomUUID();
            people.add(new Participant(person, "", JoinChannel.KIOSK, AT));
            if (i < ours.size()) {
                answers.add(new SelfImageScore(person, SelfImageQuestion.OUR_VIEW, Score.of(ours.get(i)), AT));
            }
            if (i < customers.size()) {
                answers.add(new SelfImageScore(person, SelfImageQuestion.CUSTOMER_VIEW, Score.of(customers.get(i)), AT));
            }
        }
        return new Workshop(base.id(), base.details(), base.status(), base.templateKey(), base.agenda(),
                base.touchpoints(), people, new Answers(List.of(), List.of(), List.of(), List.of(), answers), null, AT, AT);
    }
}
