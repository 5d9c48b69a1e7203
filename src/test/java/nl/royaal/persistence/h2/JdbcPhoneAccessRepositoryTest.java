package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.PhoneAccess;
import nl.royaal.persistence.PhoneAccessRepository;
import nl.royaal.persistence.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Join codes and participant tokens in H2 (schema V3): what is stored, and what goes with a participant. */
class JdbcPhoneAccessRepositoryTest {

    @TempDir
    Path temp;

    private Database database;
    private PhoneAccessRepository phones;

    @BeforeEach
    void open() {
        database = Database.open(temp.resolve("data"));
        phones = database.phones();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void accessSettingsRoundTripAndAreReplacedWhole() {
        Workshop workshop = SampleWorkshops.draft("Live", "");
        database.workshops().insert(workshop);
        assertEquals(Optional.empty(), phones.find(workshop.id()));

        phones.save(new PhoneAccess(workshop.id(), "K7P3QX", false, 60));
        phones.save(new PhoneAccess(workshop.id(), "MNB234", true, 120));

        assertEquals(Optional.of(new PhoneAccess(workshop.id(), "MNB234", true, 120)), phones.find(workshop.id()));
    }

    @Test
    void accessForAWorkshopThatIsNotStoredIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> phones.save(new PhoneAccess(UUID.randomUUID(), "K7P3QX", false, 60)));
        assertEquals("validation.workshop.danglingReference", refused.messageKey());
    }

    @Test
    void theDatabaseRefusesACapOutsideItsRange() {
        Workshop workshop = SampleWorkshops.draft("Live", "");
        database.workshops().insert(workshop);
        assertThrows(StorageException.class, () -> phones.save(new PhoneAccess(workshop.id(), "K7P3QX", false, 0)));
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        Workshop workshop = SampleWorkshops.draft("Live", "");
        database.workshops().insert(workshop);
        String token = "q9zQ0dZ3nOjv7vJx1cGg8cXb5m3o2X6hYtQm0rJpL2s";
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        Participant participant = SampleWorkshops.participant("", 1);

        phones.addParticipant(workshop.id(), participant, hash);

        assertEquals(Optional.of(participant.id()), phones.participantByToken(workshop.id(), hash));
        List<byte[]> storedHashes = Rows.column(database, "SELECT token_hash FROM phone_token", byte[].class);
        assertEquals(1, storedHashes.size());
        assertArrayEquals(hash, storedHashes.getFirst());
        assertEquals(0, Rows.count(database, "SELECT COUNT(*) FROM phone_token WHERE CAST(token_hash AS VARCHAR) LIKE ?",
                "%" + HexFormat.of().formatHex(token.getBytes(StandardCharsets.US_ASCII)) + "%"));
        assertEquals(Optional.empty(), phones.participantByToken(UUID.randomUUID(), hash), "another workshop");
        assertEquals(Optional.empty(), phones.participantByToken(workshop.id(), new byte[32]));
        assertEquals(Optional.empty(), phones.participantByToken(workshop.id(), new byte[3]));
    }

    @Test
    void aParticipantAndTheirTokenAreStoredTogetherOrNotAtAll() {
        Workshop workshop = SampleWorkshops.draft("Live", "");
        database.workshops().insert(workshop);
        Participant first = SampleWorkshops.participant("", 1);
        byte[] hash = new byte[32];
        hash[0] = 1;
        phones.addParticipant(workshop.id(), first, hash);

        Participant second = SampleWorkshops.participant("", 2);
        assertThrows(RuntimeException.class, () -> phones.addParticipant(workshop.id(), second, hash),
                "the same token hash twice");

        assertEquals(1, phones.countParticipants(workshop.id(), JoinChannel.PHONE), "the second participant rolled back");
    }

    @Test
    void countsAndListsAreDerivedFromTheRowsPerChannel() {
        Workshop workshop = SampleWorkshops.draft("Live", "");
        database.workshops().insert(workshop);
        Participant phone = SampleWorkshops.participant("", 1);
        Participant kiosk = new Participant(UUID.randomUUID(), "", JoinChannel.KIOSK, SampleWorkshops.moment(2));
        phones.addParticipant(workshop.id(), phone, new byte[32]);
        phones.addParticipant(workshop.id(), kiosk, null);

        assertEquals(1, phones.countParticipants(workshop.id(), JoinChannel.PHONE));
        assertEquals(List.of(kiosk), phones.participants(workshop.id(), JoinChannel.KIOSK));
    }

    @Test
    void removingAParticipantTakesTheirTokensAndAnswersAlong() {
        Workshop live = SampleWorkshops.live();
        database.workshops().insert(live);
        Participant leaving = live.participants().getFirst();
        long before = live.answers().size();
        long theirs = live.answers().scores().stream().filter(s -> s.participantId().equals(leaving.id())).count()
                + live.answers().texts().stream().filter(t -> t.participantId().equals(leaving.id())).count()
                + live.answers().votes().stream().filter(v -> v.participantId().equals(leaving.id())).count()
                + live.answers().ratings().stream().filter(r -> r.participantId().equals(leaving.id())).count()
                + live.answers().selfImage().stream().filter(s -> s.participantId().equals(leaving.id())).count();

        assertTrue(phones.removeParticipant(live.id(), leaving.id()));

        Workshop after = database.workshops().find(live.id()).orElseThrow();
        assertFalse(after.participants().contains(leaving));
        assertEquals(before - theirs, after.answers().size());
        assertFalse(phones.removeParticipant(live.id(), leaving.id()));
    }

    @Test
    void gradesStoredInOneBatchReplaceEarlierAnswersLikeSingleSaves() {
        Workshop live = SampleWorkshops.live();
        database.workshops().insert(live);
        nl.royaal.domain.TouchpointScore first = live.answers().scores().getFirst();
        nl.royaal.domain.ElementRating rating = live.answers().ratings().getFirst();
        nl.royaal.domain.SelfImageScore self = live.answers().selfImage().getFirst();
        java.time.Instant later = SampleWorkshops.moment(900);

        phones.saveGrades(live.id(), List.of(
                new nl.royaal.domain.TouchpointScore(first.participantId(), first.touchpointId(), first.dimension(),
                        nl.royaal.domain.Score.of(first.score().value() % 10 + 1), later),
                new nl.royaal.domain.ElementRating(rating.participantId(), rating.elementId(),
                        nl.royaal.domain.Score.of(1), later),
                new nl.royaal.domain.SelfImageScore(self.participantId(), self.question(), nl.royaal.domain.Score.of(2),
                        later)));

        Answers after = database.workshops().find(live.id()).orElseThrow().answers();
        assertEquals(live.answers().scores().size(), after.scores().size());
        assertEquals(first.score().value() % 10 + 1, after.scores().getFirst().score().value(), "kept its place");
        assertEquals(1, after.ratings().getFirst().score().value());
        assertEquals(2, after.selfImage().getFirst().score().value());
    }

    @Test
    void aBatchWithOneAnswerAboutNothingStoresNoneOfIt() {
        Workshop live = SampleWorkshops.live();
        database.workshops().insert(live);
        nl.royaal.domain.TouchpointScore first = live.answers().scores().getFirst();
        List<nl.royaal.domain.Answer> batch = List.of(
                new nl.royaal.domain.TouchpointScore(first.participantId(), first.touchpointId(), first.dimension(),
                        nl.royaal.domain.Score.of(first.score().value() % 10 + 1), SampleWorkshops.moment(900)),
                new nl.royaal.domain.TouchpointScore(UUID.randomUUID(), first.touchpointId(), first.dimension(),
                        nl.royaal.domain.Score.of(5), SampleWorkshops.moment(901)));

        DomainException refused = assertThrows(DomainException.class, () -> phones.saveGrades(live.id(), batch));

        assertEquals("validation.workshop.danglingReference", refused.messageKey());
        assertEquals(live.answers().scores(), database.workshops().find(live.id()).orElseThrow().answers().scores());
        assertThrows(IllegalArgumentException.class,
                () -> phones.saveGrades(live.id(), List.of(live.answers().texts().getFirst())));
    }

    @Test
    void aParticipantReadsOnlyTheirOwnAnswers() {
        Workshop live = SampleWorkshops.live();
        database.workshops().insert(live);
        Participant anna = live.participants().getFirst();

        Answers own = phones.answersOf(live.id(), anna.id());

        assertTrue(own.size() > 0);
        assertTrue(own.scores().stream().allMatch(s -> s.participantId().equals(anna.id())));
        assertTrue(own.texts().stream().allMatch(t -> t.participantId().equals(anna.id())));
        assertEquals(live.answers().scores().stream().filter(s -> s.participantId().equals(anna.id())).toList(),
                own.scores());
        assertEquals(Answers.NONE, phones.answersOf(live.id(), UUID.randomUUID()));
    }

    @Test
    void visibleProposalsLeaveOutHiddenOnesAndOtherPurposes() {
        Workshop live = SampleWorkshops.live();
        database.workshops().insert(live);
        UUID dreamService = live.agenda().get(3).id();
        List<TextAnswer> proposals = live.answers().texts().stream()
                .filter(t -> t.elementId().equals(dreamService)).toList();
        database.answers().setTextHidden(live.id(), proposals.getFirst().id(), true);

        List<TextAnswer> visible = phones.visibleProposals(live.id(), dreamService);

        assertEquals(proposals.subList(1, proposals.size()).stream().map(TextAnswer::id).toList(),
                visible.stream().map(TextAnswer::id).toList());
        assertEquals(List.of(), phones.visibleProposals(live.id(), live.agenda().get(1).id()), "fan moments");
    }
}
