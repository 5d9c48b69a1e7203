package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkshopTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-12T11:30:00Z");

    private static final AgendaElement WELCOME = new AgendaElement(
            UUID.fromString("00000000-0000-0000-0000-00000000e001"), ElementKind.WELCOME, "Welkom", 10, true);
    private static final AgendaElement FAN_MOMENT = new AgendaElement(
            UUID.fromString("00000000-0000-0000-0000-00000000e002"), ElementKind.FAN_MOMENT, "Fanmoment", 15, false);
    private static final AgendaElement CLOSING = new AgendaElement(
            UUID.fromString("00000000-0000-0000-0000-00000000e003"), ElementKind.CLOSING, "Afsluiting", 10, true);
    private static final Touchpoint WEBSITE = new Touchpoint(
            UUID.fromString("00000000-0000-0000-0000-00000000a001"), "Website", 4.0);
    private static final Touchpoint INVOICE = new Touchpoint(
            UUID.fromString("00000000-0000-0000-0000-00000000a002"), "Factuur", null);
    private static final Participant SANNE = new Participant(
            UUID.fromString("00000000-0000-0000-0000-00000000b001"), "Sanne", JoinChannel.PHONE, NOW);
    private static final Participant ANONYMOUS = new Participant(
            UUID.fromString("00000000-0000-0000-0000-00000000b002"), "", JoinChannel.KIOSK, NOW);
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-00000000dead");

    private static final TextAnswer STORY = text(SANNE.id(), FAN_MOMENT.id());
    private static final TouchpointScore WEBSITE_EXPECTATION = score(SANNE.id(), WEBSITE.id(), ScoreDimension.EXPECTATION);
    private static final TouchpointScore WEBSITE_EXPERIENCE = score(SANNE.id(), WEBSITE.id(), ScoreDimension.EXPERIENCE);
    private static final TouchpointScore INVOICE_EXPERIENCE =
            score(ANONYMOUS.id(), INVOICE.id(), ScoreDimension.EXPERIENCE);
    private static final DotVote VOTE = new DotVote(ANONYMOUS.id(), STORY.id(), NOW);
    private static final ElementRating RATING = new ElementRating(ANONYMOUS.id(), FAN_MOMENT.id(), Score.of(8), NOW);
    private static final SelfImageScore SELF_IMAGE =
            new SelfImageScore(SANNE.id(), SelfImageQuestion.OUR_VIEW, Score.of(8), NOW);

    private static TextAnswer text(UUID participantId, UUID elementId) {
        return new TextAnswer(UUID.randomUUID(), participantId, elementId, TextPurpose.FAN_MOMENT, null,
                "De monteur kwam op zondag", false, NOW);
    }

    private static TouchpointScore score(UUID participantId, UUID touchpointId, ScoreDimension dimension) {
        return new TouchpointScore(participantId, touchpointId, dimension, Score.of(7), NOW);
    }

    private static Answers answers(List<TouchpointScore> scores, List<TextAnswer> texts, List<DotVote> votes,
            List<ElementRating> ratings, List<SelfImageScore> selfImage) {
        return new Answers(scores, texts, votes, ratings, selfImage);
    }

    private static Answers allKindsOfAnswers() {
        return answers(List.of(WEBSITE_EXPECTATION, WEBSITE_EXPERIENCE, INVOICE_EXPERIENCE), List.of(STORY),
                List.of(VOTE), List.of(RATING), List.of(SELF_IMAGE));
    }

    private static Workshop workshop(List<AgendaElement> agenda, List<Touchpoint> touchpoints,
            List<Participant> participants, Answers answers, UUID currentElementId) {
        WorkshopDetails details = new WorkshopDetails("Royale organisatie", "Zorgverzekeraar Noord",
                LocalDate.of(2026, 3, 12), "Anna", Language.EN);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.LIVE, "royaal-default", agenda, touchpoints,
                participants, answers, currentElementId, CREATED, NOW);
    }

    private static Workshop workshopWith(Answers answers) {
        return workshop(List.of(WELCOME, FAN_MOMENT, CLOSING), List.of(WEBSITE, INVOICE), List.of(SANNE, ANONYMOUS),
                answers, null);
    }

    private static Workshop liveWorkshop() {
        return workshop(List.of(WELCOME, FAN_MOMENT, CLOSING), List.of(WEBSITE, INVOICE), List.of(SANNE, ANONYMOUS),
                allKindsOfAnswers(), FAN_MOMENT.id());
    }

    // --- what a workshop holds -----------------------------------------------------------------

    @Test
    void acceptsAnswersThatReferToItsOwnParticipantsTouchpointsElementsAndProposals() {
        Workshop workshop = liveWorkshop();
        assertEquals(7, workshop.answers().size());
    }

    @Test
    void readsTitleAndLanguageFromItsDetails() {
        Workshop workshop = liveWorkshop();
        assertEquals("Royale organisatie", workshop.title());
        assertEquals(Language.EN, workshop.language());
    }

    @Test
    void treatsMissingTemplateKeyAndAnswersAsNone() {
        Workshop workshop = new Workshop(UUID.randomUUID(), liveWorkshop().details(), WorkshopStatus.DRAFT, null,
                List.of(), List.of(), List.of(), null, null, CREATED, NOW);
        assertEquals("", workshop.templateKey());
        assertSame(Answers.NONE, workshop.answers());
    }

    @Test
    void keepsItsOwnCopyOfTheListsItWasGiven() {
        List<AgendaElement> agenda = new ArrayList<>(List.of(WELCOME));
        Workshop workshop = workshop(agenda, List.of(), List.of(), Answers.NONE, null);
        agenda.add(CLOSING);
        assertEquals(List.of(WELCOME), workshop.agenda());
    }

    @Test
    void refusesTwoAgendaElementsWithTheSameId() {
        AgendaElement sameIdOtherTitle = WELCOME.withTitle("Nog een welkom");
        assertRefused("validation.workshop.duplicateId", new Object[] {"agenda", WELCOME.id()},
                () -> workshop(List.of(WELCOME, sameIdOtherTitle), List.of(), List.of(), Answers.NONE, null));
    }

    @Test
    void refusesTwoTouchpointsWithTheSameId() {
        assertRefused("validation.workshop.duplicateId", new Object[] {"touchpoints", WEBSITE.id()},
                () -> workshop(List.of(), List.of(WEBSITE, WEBSITE.withName("Webshop")), List.of(), Answers.NONE,
                        null));
    }

    @Test
    void refusesTwoParticipantsWithTheSameId() {
        assertRefused("validation.workshop.duplicateId", new Object[] {"participants", SANNE.id()},
                () -> workshop(List.of(), List.of(), List.of(SANNE, SANNE), Answers.NONE, null));
    }

    @Test
    void refusesTwoTextAnswersWithTheSameId() {
        // A dot vote names its proposal by id: two texts under one id would make the vote ambiguous.
        TextAnswer sameIdOtherText = new TextAnswer(STORY.id(), ANONYMOUS.id(), FAN_MOMENT.id(),
                TextPurpose.FAN_MOMENT, null, "Een ander verhaal", false, NOW);
        assertRefused("validation.workshop.duplicateId", new Object[] {"texts", STORY.id()},
                () -> workshopWith(answers(List.of(), List.of(STORY, sameIdOtherText), List.of(), List.of(),
                        List.of())));
    }

    static Stream<Arguments> answersReferringToSomethingElse() {
        return Stream.of(
                Arguments.of(Named.of("score by an unknown participant",
                        answers(List.of(score(STRANGER, WEBSITE.id(), ScoreDimension.EXPECTATION)), List.of(),
                                List.of(), List.of(), List.of()))),
                Arguments.of(Named.of("score for an unknown touchpoint",
                        answers(List.of(score(SANNE.id(), STRANGER, ScoreDimension.EXPECTATION)), List.of(),
                                List.of(), List.of(), List.of()))),
                Arguments.of(Named.of("text by an unknown participant",
                        answers(List.of(), List.of(text(STRANGER, FAN_MOMENT.id())), List.of(), List.of(),
                                List.of()))),
                Arguments.of(Named.of("text in an unknown element",
                        answers(List.of(), List.of(text(SANNE.id(), STRANGER)), List.of(), List.of(), List.of()))),
                Arguments.of(Named.of("vote by an unknown participant",
                        answers(List.of(), List.of(STORY), List.of(new DotVote(STRANGER, STORY.id(), NOW)),
                                List.of(), List.of()))),
                Arguments.of(Named.of("vote for an unknown proposal",
                        answers(List.of(), List.of(STORY), List.of(new DotVote(SANNE.id(), STRANGER, NOW)),
                                List.of(), List.of()))),
                Arguments.of(Named.of("rating by an unknown participant",
                        answers(List.of(), List.of(), List.of(),
                                List.of(new ElementRating(STRANGER, FAN_MOMENT.id(), Score.of(9), NOW)), List.of()))),
                Arguments.of(Named.of("rating of an unknown element",
                        answers(List.of(), List.of(), List.of(),
                                List.of(new ElementRating(SANNE.id(), STRANGER, Score.of(9), NOW)), List.of()))),
                Arguments.of(Named.of("self-image score by an unknown participant",
                        answers(List.of(), List.of(), List.of(), List.of(),
                                List.of(new SelfImageScore(STRANGER, SelfImageQuestion.CUSTOMER_VIEW, Score.of(6),
                                        NOW))))));
    }

    @ParameterizedTest
    @MethodSource("answersReferringToSomethingElse")
    void refusesAnswersThatReferToSomethingNotInThisWorkshop(Answers answers) {
        assertRefused("validation.workshop.danglingReference", new Object[] {STRANGER}, () -> workshopWith(answers));
    }

    @Test
    void refusesRemovingATouchpointThatStillHasScores() {
        Workshop workshop = liveWorkshop();
        assertRefused("validation.workshop.danglingReference",
                () -> workshop.withTouchpoints(List.of(INVOICE), LATER));
    }

    // --- where the facilitator is --------------------------------------------------------------

    @Test
    void knowsTheCurrentElementAndItsPosition() {
        Workshop workshop = liveWorkshop();
        assertEquals(Optional.of(FAN_MOMENT), workshop.currentElement());
        assertEquals(1, workshop.currentElementIndex());
    }

    @Test
    void hasNoCurrentElementBeforeTheStart() {
        Workshop workshop = workshopWith(Answers.NONE);
        assertNull(workshop.currentElementId());
        assertTrue(workshop.currentElement().isEmpty());
        assertEquals(-1, workshop.currentElementIndex());
    }

    @Test
    void forgetsACurrentElementThatIsNotOnTheAgenda() {
        Workshop workshop = workshop(List.of(WELCOME, CLOSING), List.of(), List.of(), Answers.NONE, STRANGER);
        assertNull(workshop.currentElementId());
        assertEquals(-1, workshop.currentElementIndex());
    }

    @Test
    void movingToAnUnknownElementLeavesNoCurrentElement() {
        assertNull(liveWorkshop().withCurrentElement(STRANGER, LATER).currentElementId());
    }

    @Test
    void currentElementIndexFollowsTheAgendaOrder() {
        Workshop workshop = liveWorkshop().withAgenda(List.of(FAN_MOMENT, WELCOME, CLOSING), LATER);
        assertEquals(0, workshop.currentElementIndex());
        assertEquals(2, workshop.withCurrentElement(CLOSING.id(), LATER).currentElementIndex());
    }

    @Test
    void removingTheCurrentElementFromTheAgendaLeavesNoCurrentElement() {
        Workshop workshop = workshop(List.of(WELCOME, FAN_MOMENT), List.of(), List.of(), Answers.NONE, WELCOME.id());
        assertNull(workshop.withAgenda(List.of(FAN_MOMENT), LATER).currentElementId());
    }

    @Test
    void changesKeepTheIdentityAndCreationTimeAndStampTheUpdate() {
        Workshop workshop = liveWorkshop();
        Workshop closed = workshop.withStatus(WorkshopStatus.CLOSED, LATER);
        assertEquals(workshop.id(), closed.id());
        assertEquals(WorkshopStatus.CLOSED, closed.status());
        assertEquals(CREATED, closed.createdAt());
        assertEquals(LATER, closed.updatedAt());
        assertEquals(workshop.answers(), closed.answers());
        assertEquals("Nieuwe titel",
                workshop.withDetails(workshop.details().withTitle("Nieuwe titel"), LATER).title());
    }

    // --- counting answers before something is deleted -----------------------------------------

    @Test
    void countsBothScoresOfATouchpoint() {
        Workshop workshop = liveWorkshop();
        assertEquals(2, workshop.answerCountForTouchpoint(WEBSITE.id()));
        assertEquals(1, workshop.answerCountForTouchpoint(INVOICE.id()));
        assertEquals(0, workshop.answerCountForTouchpoint(STRANGER));
    }

    @Test
    void countsTextsWrittenInAndRatingsGivenForAnElement() {
        Workshop workshop = liveWorkshop();
        assertEquals(2, workshop.answerCountForElement(FAN_MOMENT.id()));
        assertEquals(0, workshop.answerCountForElement(WELCOME.id()));
    }

    // --- duplicate as template -----------------------------------------------------------------

    @Test
    void duplicateIsAFreshDraftWithoutParticipantsOrAnswers() {
        Workshop copy = liveWorkshop().duplicate("Royale organisatie, editie 2", LATER);
        assertEquals(WorkshopStatus.DRAFT, copy.status());
        assertTrue(copy.participants().isEmpty());
        assertTrue(copy.answers().isEmpty());
        assertNull(copy.currentElementId());
        assertEquals("Royale organisatie, editie 2", copy.title());
        assertEquals(LATER, copy.createdAt());
        assertEquals(LATER, copy.updatedAt());
    }

    @Test
    void duplicateGivesEverythingFreshIds() {
        Workshop original = liveWorkshop();
        Workshop copy = original.duplicate("Kopie", LATER);
        assertNotEquals(original.id(), copy.id());
        Set<UUID> originalIds = new HashSet<>();
        original.agenda().forEach(e -> originalIds.add(e.id()));
        original.touchpoints().forEach(t -> originalIds.add(t.id()));
        copy.agenda().forEach(e -> assertFalse(originalIds.contains(e.id()), "reused id of " + e.title()));
        copy.touchpoints().forEach(t -> assertFalse(originalIds.contains(t.id()), "reused id of " + t.name()));
    }

    @Test
    void duplicateKeepsTheAgendaAndTheJourney() {
        Workshop original = liveWorkshop();
        Workshop copy = original.duplicate("Kopie", LATER);
        assertEquals(original.agenda().size(), copy.agenda().size());
        for (int i = 0; i < original.agenda().size(); i++) {
            AgendaElement was = original.agenda().get(i);
            AgendaElement now = copy.agenda().get(i);
            assertEquals(was.kind(), now.kind());
            assertEquals(was.title(), now.title());
            assertEquals(was.plannedMinutes(), now.plannedMinutes());
            assertEquals(was.pinned(), now.pinned());
        }
        assertEquals(original.touchpoints().size(), copy.touchpoints().size());
        for (int i = 0; i < original.touchpoints().size(); i++) {
            Touchpoint was = original.touchpoints().get(i);
            Touchpoint now = copy.touchpoints().get(i);
            assertEquals(was.name(), now.name());
            assertEquals(was.contactsPerCustomerPerYear(), now.contactsPerCustomerPerYear());
        }
        assertEquals(original.templateKey(), copy.templateKey());
        assertEquals(original.language(), copy.language());
    }

    @Test
    void duplicateRefusesAnEmptyTitle() {
        Workshop workshop = liveWorkshop();
        assertRefused("validation.text.required", () -> workshop.duplicate("  ", LATER));
    }
}
