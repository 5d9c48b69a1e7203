package nl.royaal.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.live.LiveRefusal.Reason;
import nl.royaal.testing.phones.FakeLiveState;
import nl.royaal.testing.phones.LiveWorkshops;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant side against a real H2 database: joining, views of one's own answers, and every refusal. */
class ParticipantServiceTest {

    @TempDir
    static Path temp;

    private static Database database;

    private Workshop workshop;
    private FakeLiveState live;
    private ParticipantService service;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(temp.resolve("data"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void liveWorkshop() {
        workshop = LiveWorkshops.workshop();
        database.workshops().insert(workshop);
        live = new FakeLiveState(workshop);
        service = new ParticipantService(database.phones(), database.answers(), live, Clock.systemUTC());
    }

    @AfterEach
    void closeService() {
        service.close();
    }

    // --- join codes ------------------------------------------------------------------------------

    @Test
    void theJoinCodeIsSixUnambiguousCharactersAndStaysTheSame() {
        String code = service.joinSettings(workshop.id()).joinCode();

        assertEquals(6, code.length());
        assertTrue(code.chars().allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0), code);
        assertTrue(code.chars().noneMatch(c -> "0O1IL".indexOf(c) >= 0), code);
        assertEquals(code, service.joinSettings(workshop.id()).joinCode());
        assertEquals(code, new ParticipantService(database.phones(), database.answers(), live, Clock.systemUTC())
                .joinSettings(workshop.id()).joinCode(), "the code is stored, not kept in memory");
    }

    @Test
    void aNewCodeStopsTheOldOneButPhonesThatJoinedStayIn() {
        String old = service.joinSettings(workshop.id()).joinCode();
        Joined joined = service.join(old, null);

        String fresh = service.regenerateJoinCode(workshop.id()).joinCode();

        assertNotEquals(old, fresh);
        assertRefused(Reason.WRONG_CODE, () -> service.join(old, null));
        assertTrue(service.authenticate(joined.token()).isPresent());
        assertFalse(service.join(fresh, null).rejoined());
    }

    @Test
    void typedCodesIgnoreCaseSpacesAndDashes() {
        String code = service.joinSettings(workshop.id()).joinCode();
        String typed = " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3).toLowerCase() + " ";

        assertFalse(service.join(typed, null).rejoined());
    }

    @Test
    void wrongEmptyOrHugeCodesAreRefusedAndAddNobody() {
        service.joinSettings(workshop.id());
        for (String wrong : new String[] {"", "ABC", "AAAAAA", "0O1IL0", "X".repeat(10_000), null}) {
            assertRefused(Reason.WRONG_CODE, () -> service.join(wrong, null));
        }
        assertEquals(0, service.phonesJoined(workshop.id()));
    }

    @Test
    void nothingIsTakenWhenNoWorkshopIsLive() {
        String code = service.joinSettings(workshop.id()).joinCode();
        Joined joined = service.join(code, null);
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        UUID tp = workshop.touchpoints().getFirst().id();
        UUID element = live.elementOf(ElementKind.SCORING);

        live.end();

        assertRefused(Reason.NOT_LIVE, () -> service.join(code, null));
        assertRefused(Reason.NOT_LIVE, () -> service.view(joined.participantId()));
        assertTrue(service.authenticate(joined.token()).isEmpty());
        assertRefused(Reason.NOT_LIVE, () -> service.submitScore(joined.participantId(), element, tp,
                ScoreDimension.EXPECTATION, 7));
        assertTrue(stored().isEmpty());
    }

    // --- tokens ----------------------------------------------------------------------------------

    @Test
    void aTokenIs256RandomBitsUrlSafeAndDifferentForEveryPhone() {
        String code = service.joinSettings(workshop.id()).joinCode();
        Joined first = service.join(code, null);
        Joined second = service.join(code, null);

        assertEquals(43, first.token().length());
        assertTrue(first.token().matches("[A-Za-z0-9_-]{43}"));
        assertNotEquals(first.token(), second.token());
        assertNotEquals(first.participantId(), second.participantId());
        assertFalse(first.toString().contains(first.token()), "a token is never printed");
    }

    @Test
    void aPhoneWithAValidTokenThatJoinsAgainKeepsItsParticipant() {
        String code = service.joinSettings(workshop.id()).joinCode();
        Joined first = service.join(code, null);

        Joined again = service.join(code, first.token());

        assertTrue(again.rejoined());
        assertEquals(first.participantId(), again.participantId());
        assertEquals(1, service.phonesJoined(workshop.id()));
    }

    @Test
    void tokensSurviveARestartOfTheApp() {
        Joined joined = service.join(service.joinSettings(workshop.id()).joinCode(), null);
        service.close();

        service = new ParticipantService(database.phones(), database.answers(), live, Clock.systemUTC());

        assertEquals(Optional.empty(), service.knownSession(joined.token()), "not seen by this run yet");
        assertEquals(Optional.of(new PhoneSession(workshop.id(), joined.participantId())),
                service.authenticate(joined.token()));
        assertEquals(Optional.of(new PhoneSession(workshop.id(), joined.participantId())),
                service.knownSession(joined.token()), "remembered after the first lookup");
    }

    @Test
    void forgedMalformedAndOtherWorkshopsTokensAreNobody() {
        Joined joined = service.join(service.joinSettings(workshop.id()).joinCode(), null);
        String forged = "A".repeat(43);
        String flipped = (joined.token().charAt(0) == 'A' ? "B" : "A") + joined.token().substring(1);

        assertTrue(service.authenticate(forged).isEmpty());
        assertTrue(service.authenticate(flipped).isEmpty());
        assertTrue(service.authenticate(joined.token() + "x").isEmpty());
        assertTrue(service.authenticate("<script>").isEmpty());
        assertTrue(service.authenticate(null).isEmpty());

        Workshop other = LiveWorkshops.workshop();
        database.workshops().insert(other);
        live.resume(other);
        assertTrue(service.authenticate(joined.token()).isEmpty(), "a token is for one workshop only");
    }

    // --- lock, cap, removal ----------------------------------------------------------------------

    @Test
    void aLockedWorkshopTakesNoNewPhonesButKeepsThoseIn() {
        String code = service.joinSettings(workshop.id()).joinCode();
        Joined inside = service.join(code, null);

        assertTrue(service.setJoinLocked(workshop.id(), true).joinLocked());

        assertRefused(Reason.JOIN_LOCKED, () -> service.join(code, null));
        assertTrue(service.join(code, inside.token()).rejoined(), "a phone already in may reload the page");
        service.setJoinLocked(workshop.id(), false);
        assertFalse(service.join(code, null).rejoined());
    }

    @Test
    void theCapRefusesOnePhoneTooManyUntilTheFacilitatorRaisesIt() {
        String code = service.joinSettings(workshop.id()).joinCode();
        service.setParticipantCap(workshop.id(), 2);
        service.join(code, null);
        service.join(code, null);
        service.addKioskParticipant(workshop.id()); // the kiosk does not count against the phones' cap

        assertRefused(Reason.FULL, () -> service.join(code, null));
        JoinSettings settings = service.setParticipantCap(workshop.id(), 3);
        assertEquals(2, settings.phonesJoined());
        assertFalse(settings.full());
        service.join(code, null);
        assertTrue(service.joinSettings(workshop.id()).full());
        assertRefused(Reason.OUT_OF_RANGE, () -> service.setParticipantCap(workshop.id(), 0));
        assertRefused(Reason.OUT_OF_RANGE,
                () -> service.setParticipantCap(workshop.id(), ParticipantService.MAX_PARTICIPANT_CAP + 1));
    }

    @Test
    void aRemovedParticipantsTokenStopsWorkingAndTheirAnswersGo() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        String code = service.joinSettings(workshop.id()).joinCode();
        Joined removed = service.join(code, null);
        Joined stays = service.join(code, null);
        score(removed, 0, ScoreDimension.EXPECTATION, 3);
        score(stays, 0, ScoreDimension.EXPECTATION, 8);
        AtomicInteger heard = new AtomicInteger();
        service.addRemovalListener(id -> heard.incrementAndGet());

        assertTrue(service.removeParticipant(workshop.id(), removed.participantId()));

        assertTrue(service.authenticate(removed.token()).isEmpty());
        assertEquals(1, heard.get());
        assertEquals(List.of(stays.participantId()),
                stored().scores().stream().map(s -> s.participantId()).toList());
        assertEquals(1, service.phonesJoined(workshop.id()));
        assertFalse(service.removeParticipant(workshop.id(), removed.participantId()));
        assertFalse(service.join(code, removed.token()).rejoined(), "the phone may join again as someone new");
    }

    // --- views -----------------------------------------------------------------------------------

    @Test
    void beforeARoundOpensAndOutsideRoundsThePhoneWaits() {
        Joined joined = join();
        assertEquals(RoundKind.WAIT, service.view(joined.participantId()).round(), "before the first element");

        live.at(ElementKind.SCORING, RoundStatus.NOT_OPENED);
        assertEquals(RoundKind.WAIT, service.view(joined.participantId()).round());

        for (ElementKind kind : List.of(ElementKind.WELCOME, ElementKind.BREAK)) {
            live.at(kind, RoundStatus.OPEN);
            PhoneView view = service.view(joined.participantId());
            assertEquals(RoundKind.WAIT, view.round());
            assertFalse(view.open());
        }
    }

    @Test
    void theScoreViewShowsEveryTouchpointWithOnlyTheParticipantsOwnGrades() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();
        Joined other = join();
        score(me, 0, ScoreDimension.EXPECTATION, 7);
        score(other, 0, ScoreDimension.EXPECTATION, 2);
        score(other, 1, ScoreDimension.EXPERIENCE, 9);

        PhoneView view = service.view(me.participantId());

        assertEquals(RoundKind.SCORES, view.round());
        assertEquals(RoundStatus.OPEN, view.status());
        assertEquals("nl", view.language());
        assertEquals(3, view.scores().size());
        assertEquals(7, view.scores().get(0).expectation());
        assertNull(view.scores().get(0).experience());
        assertNull(view.scores().get(1).experience(), "another participant's grade is not shown");
        assertEquals("Website", view.scores().get(0).name());
    }

    @Test
    void aClosedRoundShowsTheOwnAnswersReadOnlyAndTakesNoMore() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();
        score(me, 0, ScoreDimension.EXPERIENCE, 6);

        live.at(ElementKind.SCORING, RoundStatus.CLOSED);
        PhoneView view = service.view(me.participantId());

        assertEquals(RoundStatus.CLOSED, view.status());
        assertFalse(view.open());
        assertEquals(6, view.scores().getFirst().experience());
        assertRefused(Reason.ROUND_NOT_OPEN, () -> score(me, 0, ScoreDimension.EXPERIENCE, 9));
        assertEquals(6, stored().scores().getFirst().score().value());
    }

    @Test
    void eachElementKindHasItsRound() {
        Joined me = join();
        live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        assertEquals(TextPurpose.FAN_MOMENT, service.view(me.participantId()).text().purpose());
        live.at(ElementKind.PLEDGE, RoundStatus.OPEN);
        assertEquals(TextPurpose.PLEDGE, service.view(me.participantId()).text().purpose());
        live.at(ElementKind.SELF_IMAGE, RoundStatus.OPEN);
        assertEquals(List.of(SelfImageQuestion.OUR_VIEW, SelfImageQuestion.CUSTOMER_VIEW),
                service.view(me.participantId()).selfImage().stream().map(PhoneView.SelfImageItem::question).toList());
        live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN);
        assertEquals(VisionField.values().length, service.view(me.participantId()).proposals().size());
        live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN, true);
        assertEquals(RoundKind.VOTES, service.view(me.participantId()).round());
        live.at(ElementKind.CLOSING, RoundStatus.OPEN);
        List<String> rated = service.view(me.participantId()).ratings().stream().map(PhoneView.RatingItem::title)
                .toList();
        assertEquals(List.of("Welkom", "Fanmoment", "Zelfbeeld", "Droomservice", "Verwachting en beleving",
                "E\u00e9n fan per dag"), rated, "every element but the break and the closing itself");
    }

    // --- answers ---------------------------------------------------------------------------------

    @Test
    void aLaterGradeReplacesTheEarlierOne() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();

        score(me, 2, ScoreDimension.EXPECTATION, 4);
        Receipt receipt = score(me, 2, ScoreDimension.EXPECTATION, 9);

        assertTrue(receipt.receivedAt() != null);
        assertEquals(1, stored().scores().size());
        assertEquals(9, stored().scores().getFirst().score().value());
    }

    @Test
    void gradesOutsideOneToTenAreRefusedWithTheDomainsMessage() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();
        for (int grade : new int[] {0, 11, -1, Integer.MAX_VALUE}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> score(me, 0, ScoreDimension.EXPECTATION, grade));
            assertEquals("validation.score.range", refused.messageKey());
        }
        assertTrue(stored().isEmpty());
    }

    @Test
    void anAnswerForAnotherElementOrAnUnknownTouchpointIsRefused() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();
        UUID tp = workshop.touchpoints().getFirst().id();

        assertRefused(Reason.ROUND_CHANGED, () -> service.submitScore(me.participantId(),
                live.elementOf(ElementKind.FAN_MOMENT), tp, ScoreDimension.EXPECTATION, 5));
        assertRefused(Reason.ROUND_CHANGED, () -> service.submitScore(me.participantId(), null, tp,
                ScoreDimension.EXPECTATION, 5));
        assertRefused(Reason.UNKNOWN_ITEM, () -> service.submitScore(me.participantId(), live.elementId(),
                UUID.randomUUID(), ScoreDimension.EXPECTATION, 5));
        assertRefused(Reason.ROUND_CHANGED, () -> service.submitText(me.participantId(), live.elementId(), "tekst"),
                "a text for a score round");
        assertTrue(stored().isEmpty());
    }

    @Test
    void textsAreTrimmedCleanedAndLimitedTo500Characters() {
        live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        Joined me = join();

        Receipt receipt = service.submitText(me.participantId(), live.elementId(),
                "  De bakker\u0007 bracht de taart\u0000 zelf langs!\n  ");

        assertEquals("De bakker bracht de taart zelf langs!", receipt.text());
        assertEquals(receipt.text(), stored().texts().getFirst().text());
        assertEquals("validation.text.tooLong", assertThrows(DomainException.class,
                () -> service.submitText(me.participantId(), live.elementId(), "x".repeat(501))).messageKey());
        assertEquals("validation.text.required", assertThrows(DomainException.class,
                () -> service.submitText(me.participantId(), live.elementId(), " \u0001\n ")).messageKey());
        String exactly500 = "\u00e9".repeat(500);
        assertEquals(exactly500, service.submitText(me.participantId(), live.elementId(), exactly500).text());
        assertEquals(1, stored().texts().size(), "the later text replaced the earlier one");
    }

    @Test
    void selfImageAndRatingsAreStoredPerQuestion() {
        Joined me = join();
        live.at(ElementKind.SELF_IMAGE, RoundStatus.OPEN);
        service.submitSelfImage(me.participantId(), live.elementId(), SelfImageQuestion.OUR_VIEW, 8);
        service.submitSelfImage(me.participantId(), live.elementId(), SelfImageQuestion.CUSTOMER_VIEW, 6);
        live.at(ElementKind.CLOSING, RoundStatus.OPEN);
        UUID fanMoment = live.elementOf(ElementKind.FAN_MOMENT);
        service.submitRating(me.participantId(), live.elementId(), fanMoment, 9);

        assertRefused(Reason.UNKNOWN_ITEM, () -> service.submitRating(me.participantId(), live.elementId(),
                live.elementId(), 9), "the closing does not grade itself");
        assertRefused(Reason.UNKNOWN_ITEM, () -> service.submitRating(me.participantId(), live.elementId(),
                live.elementOf(ElementKind.BREAK), 9));
        assertEquals(2, stored().selfImage().size());
        assertEquals(9, service.view(me.participantId()).ratings().get(1).score());
    }

    @Test
    void votesStayWithinTheBudgetOnVisibleProposalsOnly() {
        Joined me = join();
        Joined author = join();
        UUID element = proposalsOnEveryField(author);
        List<TextAnswer> proposals = stored().texts();
        database.answers().setTextHidden(workshop.id(), proposals.get(4).id(), true);
        live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN, true);

        PhoneView view = service.view(me.participantId());
        assertEquals(4, view.votes().options().size(), "a hidden proposal is not shown");
        assertEquals(3, view.votes().budget());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, service.submitVote(me.participantId(), element, proposals.get(i).id(), true).dotsUsed());
        }
        assertEquals(3, service.submitVote(me.participantId(), element, proposals.get(0).id(), true).dotsUsed(),
                "a dot that is already there is confirmed, not doubled");
        assertRefused(Reason.NO_DOTS_LEFT, () -> service.submitVote(me.participantId(), element,
                proposals.get(3).id(), true));
        assertRefused(Reason.UNKNOWN_ITEM, () -> service.submitVote(me.participantId(), element,
                proposals.get(4).id(), true));
        assertEquals(2, service.submitVote(me.participantId(), element, proposals.get(0).id(), false).dotsUsed());
        assertEquals(3, service.submitVote(me.participantId(), element, proposals.get(3).id(), true).dotsUsed());
        assertEquals(3, stored().votes().size());
        assertTrue(service.view(me.participantId()).votes().options().stream().noneMatch(
                o -> o.text().contains(author.participantId().toString())));
        assertRefused(Reason.ROUND_CHANGED, () -> service.submitProposal(me.participantId(), element,
                VisionField.PROMISE, "te laat"), "while voting, proposals are closed");
    }

    @Test
    void listenersHearOfAnswersWithinASecondAndBurstsAreCoalesced() throws InterruptedException {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);
        Joined me = join();
        Thread.sleep(300); // let the join's notification pass
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch heard = new CountDownLatch(1);
        service.addChangeListener(() -> {
            calls.incrementAndGet();
            heard.countDown();
        });

        long start = System.nanoTime();
        for (int grade = 1; grade <= 10; grade++) {
            score(me, 0, ScoreDimension.EXPECTATION, grade);
        }

        assertTrue(heard.await(1, TimeUnit.SECONDS), "the console hears of answers within a second");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000);
        Thread.sleep(300);
        assertTrue(calls.get() < 10, "ten quick answers are not ten reloads: " + calls.get());
    }

    /** The room on the dream service, writing: the author proposes a text for every field. */
    private UUID proposalsOnEveryField(Joined author) {
        live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN);
        UUID element = live.elementId();
        for (VisionField field : VisionField.values()) {
            service.submitProposal(author.participantId(), element, field, "Voorstel " + field);
        }
        return element;
    }

    @Test
    void theDotBudgetIsTheOneStoredWithTheWorkshop() {
        Joined me = join();
        Joined author = join();
        UUID element = proposalsOnEveryField(author);
        List<TextAnswer> proposals = stored().texts();
        Workshop oneDot = live.workshop().withVision(VisionCanvas.EMPTY.withDotsPerPerson(1), workshop.updatedAt());
        live.set(new LiveSnapshot(oneDot, RoundStatus.OPEN, false, true));

        assertEquals(1, service.view(me.participantId()).votes().budget());
        service.submitVote(me.participantId(), element, proposals.get(0).id(), true);
        assertRefused(Reason.NO_DOTS_LEFT, () -> service.submitVote(me.participantId(), element,
                proposals.get(1).id(), true));
    }

    @Test
    void whereTheFacilitatorAllowsItDotsStackOnOneProposalUpToTheMostAndTheBudget() {
        Joined me = join();
        Joined author = join();
        UUID element = proposalsOnEveryField(author);
        List<TextAnswer> proposals = stored().texts();
        UUID first = proposals.get(0).id();
        UUID second = proposals.get(1).id();
        Workshop stacking = live.workshop().withVision(
                VisionCanvas.EMPTY.withDotsPerPerson(4).withMaxDotsPerProposal(3), workshop.updatedAt());
        live.set(new LiveSnapshot(stacking, RoundStatus.OPEN, false, true));

        Receipt two = service.submitDots(me.participantId(), element, first, 2);
        assertEquals(2, two.dotsUsed());
        assertEquals(2, two.dotsOnProposal());
        assertEquals(2, service.submitDots(me.participantId(), element, first, 2).dotsUsed(),
                "the same count sent again (a retry) counts once");
        assertRefused(Reason.MAX_PER_PROPOSAL, () -> service.submitDots(me.participantId(), element, first, 4));
        assertEquals(3, service.submitDots(me.participantId(), element, first, 3).dotsUsed());
        assertRefused(Reason.NO_DOTS_LEFT, () -> service.submitDots(me.participantId(), element, second, 2));
        assertEquals(4, service.submitDots(me.participantId(), element, second, 1).dotsUsed());
        assertRefused(Reason.MAX_PER_PROPOSAL, () -> service.submitDots(me.participantId(), element, second, -1));
        assertEquals(List.of(3, 1), stored().votes().stream().map(DotVote::dots).toList(), "one row per proposal");

        assertEquals(3, service.submitDots(me.participantId(), element, first, 2).dotsUsed(), "minus takes one off");
        assertEquals(2, service.submitVote(me.participantId(), element, second, false).dotsUsed(),
                "the toggle takes its dots back");
        PhoneView.Votes view = service.view(me.participantId()).votes();
        assertEquals(3, view.maxPerProposal());
        assertEquals(List.of(2, 0), view.options().subList(0, 2).stream().map(PhoneView.VoteOption::dots).toList());
        assertEquals(2, view.left());
    }

    @Test
    void byDefaultASecondDotOnTheSameProposalIsRefusedAndNothingStored() {
        Joined me = join();
        Joined author = join();
        UUID element = proposalsOnEveryField(author);
        UUID first = stored().texts().getFirst().id();
        live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN, true);

        service.submitDots(me.participantId(), element, first, 1);
        assertRefused(Reason.MAX_PER_PROPOSAL, () -> service.submitDots(me.participantId(), element, first, 2));

        assertEquals(List.of(1), stored().votes().stream().map(DotVote::dots).toList());
        assertEquals(1, service.view(me.participantId()).votes().maxPerProposal());
    }

    @Test
    void aKioskParticipantAnswersThroughTheSameRounds() {
        live.at(ElementKind.PLEDGE, RoundStatus.OPEN);
        UUID kiosk = service.addKioskParticipant(workshop.id()).id();

        service.submitText(kiosk, live.elementId(), "Elke dag een klant bellen");

        assertEquals("Elke dag een klant bellen", service.view(kiosk).text().text());
        assertEquals(0, service.phonesJoined(workshop.id()));
    }

    @Test
    void theViewIsInTheWorkshopsLanguage() {
        Workshop english = LiveWorkshops.workshop(Language.EN);
        database.workshops().insert(english);
        live.resume(english);
        Joined me = service.join(service.joinSettings(english.id()).joinCode(), null);

        assertEquals("en", service.view(me.participantId()).language());
        assertEquals(Optional.of(Language.EN), service.liveLanguage());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Joined join() {
        return service.join(service.joinSettings(workshop.id()).joinCode(), null);
    }

    private Receipt score(Joined who, int touchpoint, ScoreDimension dimension, int grade) {
        return service.submitScore(who.participantId(), live.elementId(),
                workshop.touchpoints().get(touchpoint).id(), dimension, grade);
    }

    private Answers stored() {
        return database.workshops().find(workshop.id()).orElseThrow().answers();
    }

    private static void assertRefused(Reason reason, Runnable action) {
        assertRefused(reason, action, "");
    }

    private static void assertRefused(Reason reason, Runnable action, String why) {
        LiveRefusal refusal = assertThrows(LiveRefusal.class, action::run, why);
        assertEquals(reason, refusal.reason(), why);
    }
}
