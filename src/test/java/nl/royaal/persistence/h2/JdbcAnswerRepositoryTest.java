package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.persistence.StorageException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcAnswerRepositoryTest {

    @TempDir
    Path dataDirectory;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-04-01T08:00:00Z"));
    private Database database;
    private AnswerRepository answers;
    private Workshop live;
    private Participant anna;
    private Participant anonymous;

    @BeforeEach
    void openWithALiveWorkshop() {
        database = Database.open(dataDirectory, clock);
        answers = database.answers();
        live = SampleWorkshops.live();
        database.workshops().insert(live);
        anna = live.participants().get(0);
        anonymous = live.participants().get(1);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Workshop stored() {
        return database.workshops().find(live.id()).orElseThrow();
    }

    private UUID element(int index) {
        return live.agenda().get(index).id();
    }

    @Test
    void aSecondScoreForTheSameQuestionReplacesTheFirst() {
        Touchpoint website = live.touchpoints().getFirst();
        TouchpointScore later = new TouchpointScore(anna.id(), website.id(), ScoreDimension.EXPERIENCE, Score.of(3),
                SampleWorkshops.moment(900));

        answers.saveScore(live.id(), later);

        List<TouchpointScore> annasWebsiteExperience = stored().answers().scores().stream()
                .filter(s -> s.participantId().equals(anna.id()) && s.touchpointId().equals(website.id())
                        && s.dimension() == ScoreDimension.EXPERIENCE)
                .toList();
        assertEquals(List.of(later), annasWebsiteExperience);
        assertEquals(live.answers().scores().size(), stored().answers().scores().size());
    }

    @Test
    void aReplacedAnswerKeepsItsPlaceInTheStoredOrder() {
        TouchpointScore first = live.answers().scores().getFirst();
        TouchpointScore changed = new TouchpointScore(first.participantId(), first.touchpointId(), first.dimension(),
                Score.of(10), SampleWorkshops.moment(900));

        answers.saveScore(live.id(), changed);

        assertEquals(changed, stored().answers().scores().getFirst());
    }

    @Test
    void everyKindOfAnswerKeepsOneRowPerParticipantAndQuestion() {
        UUID closing = element(6);
        UUID proposal = live.answers().texts().get(2).id();
        for (int round = 0; round < 3; round++) {
            Instant at = SampleWorkshops.moment(1000 + round);
            answers.saveRating(live.id(), new ElementRating(anonymous.id(), closing, Score.of(7 + round), at));
            answers.saveSelfImage(live.id(), new SelfImageScore(anonymous.id(), SelfImageQuestion.OUR_VIEW,
                    Score.of(4 + round), at));
            answers.saveVote(live.id(), new DotVote(anonymous.id(), proposal, at));
        }

        assertEquals(1, Rows.count(database,
                "SELECT COUNT(*) FROM element_rating WHERE participant_id = ? AND element_id = ?",
                anonymous.id(), closing));
        assertEquals(1, Rows.count(database,
                "SELECT COUNT(*) FROM self_image_score WHERE participant_id = ? AND question = 'OUR_VIEW'",
                anonymous.id()));
        assertEquals(1, Rows.count(database,
                "SELECT COUNT(*) FROM dot_vote WHERE participant_id = ? AND proposal_id = ?",
                anonymous.id(), proposal));
        Workshop stored = stored();
        assertTrue(stored.answers().ratings().contains(
                new ElementRating(anonymous.id(), closing, Score.of(9), SampleWorkshops.moment(1002))));
        assertTrue(stored.answers().selfImage().contains(new SelfImageScore(anonymous.id(), SelfImageQuestion.OUR_VIEW,
                Score.of(6), SampleWorkshops.moment(1002))));
    }

    @Test
    void aNewVersionOfATextKeepsTheFirstIdSoVotesOnItStay() {
        TextAnswer proposal = live.answers().texts().get(3);
        TextAnswer rewritten = new TextAnswer(UUID.randomUUID(), proposal.participantId(), proposal.elementId(),
                proposal.purpose(), proposal.field(), "We bellen binnen een uur terug", false,
                SampleWorkshops.moment(900));

        TextAnswer saved = answers.saveText(live.id(), rewritten);

        assertEquals(proposal.id(), saved.id());
        assertEquals("We bellen binnen een uur terug", saved.text());
        Workshop stored = stored();
        assertTrue(stored.answers().texts().contains(saved));
        assertEquals(live.answers().texts().size(), stored.answers().texts().size());
        assertEquals(live.answers().votes(), stored.answers().votes());
    }

    @Test
    void fanMomentsAreOnePerParticipantAndElementAlthoughTheyHaveNoVisionField() {
        UUID fanMoment = element(1);
        for (int attempt = 0; attempt < 3; attempt++) {
            answers.saveText(live.id(), new TextAnswer(UUID.randomUUID(), anna.id(), fanMoment, TextPurpose.FAN_MOMENT,
                    null, "Verhaal versie " + attempt, false, SampleWorkshops.moment(900 + attempt)));
        }

        assertEquals(1, Rows.count(database,
                "SELECT COUNT(*) FROM text_answer WHERE participant_id = ? AND element_id = ? AND purpose = ?",
                anna.id(), fanMoment, "FAN_MOMENT"));
        assertTrue(stored().answers().texts().stream().anyMatch(t -> t.text().equals("Verhaal versie 2")));
    }

    @Test
    void proposalsForDifferentVisionFieldsAreSeparateAnswers() {
        UUID dreamService = element(3);
        TextAnswer customer = answers.saveText(live.id(), new TextAnswer(UUID.randomUUID(), anonymous.id(),
                dreamService, TextPurpose.VISION_PROPOSAL, VisionField.IDEAL_CUSTOMER, "Gezinnen", false,
                SampleWorkshops.moment(900)));
        TextAnswer notDoing = answers.saveText(live.id(), new TextAnswer(UUID.randomUUID(), anonymous.id(),
                dreamService, TextPurpose.VISION_PROPOSAL, VisionField.NOT_DOING, "Bezorgen", false,
                SampleWorkshops.moment(901)));

        List<TextAnswer> texts = stored().answers().texts();
        assertTrue(texts.contains(customer));
        assertTrue(texts.contains(notDoing));
    }

    @Test
    void aHiddenTextStaysHiddenWhenItsAuthorSendsANewVersion() {
        TextAnswer hidden = live.answers().texts().get(1);

        TextAnswer saved = answers.saveText(live.id(), new TextAnswer(UUID.randomUUID(), hidden.participantId(),
                hidden.elementId(), hidden.purpose(), null, "Nog steeds ongepast", false, SampleWorkshops.moment(900)));

        assertTrue(saved.hidden());
        assertTrue(stored().answers().texts().contains(saved));
    }

    @Test
    void theFacilitatorCanHideAndShowAText() {
        TextAnswer story = live.answers().texts().getFirst();

        answers.setTextHidden(live.id(), story.id(), true);
        assertTrue(stored().answers().texts().contains(story.withHidden(true)));

        answers.setTextHidden(live.id(), story.id(), false);
        assertTrue(stored().answers().texts().contains(story));
    }

    @Test
    void withdrawingAVoteRemovesOnlyThatDotAndMayBeRepeated() {
        DotVote withdrawn = live.answers().votes().getFirst();

        answers.withdrawVote(live.id(), withdrawn.participantId(), withdrawn.proposalId());
        answers.withdrawVote(live.id(), withdrawn.participantId(), withdrawn.proposalId());

        assertEquals(live.answers().votes().subList(1, live.answers().votes().size()), stored().answers().votes());
    }

    @Test
    void savingAnAnswerMarksTheWorkshopAsChanged() {
        answers.saveSelfImage(live.id(), new SelfImageScore(anna.id(), SelfImageQuestion.CUSTOMER_VIEW, Score.of(5),
                SampleWorkshops.moment(900)));

        assertEquals(clock.lastReading(), stored().updatedAt());
    }

    @Test
    void anAnswerAboutADeletedTouchpointIsRefusedAndChangesNothing() {
        Touchpoint deleted = live.touchpoints().getLast();
        database.workshops().replaceTouchpoints(live.id(),
                live.touchpoints().subList(0, live.touchpoints().size() - 1));
        Workshop before = stored();

        assertThrows(DomainException.class, () -> answers.saveScore(live.id(), new TouchpointScore(anna.id(),
                deleted.id(), ScoreDimension.EXPECTATION, Score.of(8), SampleWorkshops.moment(900))));

        assertEquals(before, stored());
    }

    @Test
    void anAnswerMixingTwoWorkshopsIsRefused() {
        Workshop other = SampleWorkshops.draft("Andere workshop", "");
        database.workshops().insert(other);
        TouchpointScore annaAboutOtherTouchpoint = new TouchpointScore(anna.id(), other.touchpoints().getFirst().id(),
                ScoreDimension.EXPERIENCE, Score.of(8), SampleWorkshops.moment(900));

        assertThrows(DomainException.class, () -> answers.saveScore(live.id(), annaAboutOtherTouchpoint));
        assertThrows(DomainException.class, () -> answers.saveScore(other.id(), annaAboutOtherTouchpoint));
        assertEquals(live, stored());
    }

    @Test
    void anAnswerForAWorkshopThatIsNotStoredIsRefused() {
        assertThrows(DomainException.class, () -> answers.saveSelfImage(UUID.randomUUID(),
                new SelfImageScore(anna.id(), SelfImageQuestion.OUR_VIEW, Score.of(8), SampleWorkshops.moment(900))));
    }

    /** The domain never builds a grade of 0 or 11; the database must refuse one that bypasses it anyway. */
    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void theDatabaseRefusesAGradeOutsideOneToTenEvenWithoutTheDomain(int grade) {
        Touchpoint website = live.touchpoints().getFirst();
        UUID closing = element(6);

        List<Executable> bypasses = List.of(
                () -> database.inTransaction("Raw score", connection -> JdbcValues.update(connection, """
                        UPDATE touchpoint_score SET score = ? WHERE participant_id = ? AND touchpoint_id = ?
                        """, grade, anna.id(), website.id())),
                () -> database.inTransaction("Raw rating", connection -> JdbcValues.update(connection, """
                        UPDATE element_rating SET score = ? WHERE participant_id = ? AND element_id = ?
                        """, grade, anna.id(), closing)),
                () -> database.inTransaction("Raw self-image", connection -> JdbcValues.update(connection, """
                        INSERT INTO self_image_score (workshop_id, participant_id, question, score, answered_at)
                        VALUES (?, ?, 'OUR_VIEW', ?, CURRENT_TIMESTAMP)
                        """, live.id(), UUID.randomUUID(), grade)));

        for (Executable bypass : bypasses) {
            StorageException refused = assertThrows(StorageException.class, bypass);
            SQLException cause = assertInstanceOf(SQLException.class, refused.getCause());
            assertEquals(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1, cause.getErrorCode());
        }
        assertEquals(live, stored());
    }

    @Test
    void answersSavedFromManyThreadsAtOnceAreAllStored() throws Exception {
        List<Participant> crowd = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Participant participant = SampleWorkshops.participant("Deelnemer " + i, 100 + i);
            database.workshops().addParticipant(live.id(), participant);
            crowd.add(participant);
        }
        List<Callable<Void>> phones = new ArrayList<>();
        for (Participant participant : crowd) {
            phones.add(() -> {
                for (Touchpoint touchpoint : live.touchpoints()) {
                    for (ScoreDimension dimension : ScoreDimension.values()) {
                        answers.saveScore(live.id(), new TouchpointScore(participant.id(), touchpoint.id(), dimension,
                                Score.of(7), SampleWorkshops.moment(900)));
                    }
                }
                return null;
            });
        }

        ExecutorService webThreads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> phone : webThreads.invokeAll(phones)) {
                phone.get();
            }
        } finally {
            webThreads.shutdown(); // never shutdownNow(): it interrupts threads that may be writing to H2
        }

        int expected = live.answers().scores().size() + crowd.size() * live.touchpoints().size() * 2;
        assertEquals(expected, stored().answers().scores().size());
    }
}
