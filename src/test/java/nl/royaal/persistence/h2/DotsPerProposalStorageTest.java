package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than one dot per proposal, and the projector's vision field (V7): stored, replaced, kept
 * over a restart, and a database from before V7 keeps working as one dot per vote and per proposal.
 */
class DotsPerProposalStorageTest {

    @TempDir
    Path data;

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void stackedDotsAndTheMostPerProposalComeBackAfterARestartInOneRowPerProposal() {
        Workshop live = SampleWorkshops.live();
        TextAnswer proposal = live.answers().texts().stream()
                .filter(t -> t.purpose() == TextPurpose.VISION_PROPOSAL).findFirst().orElseThrow();
        UUID voter = live.participants().get(2).id(); // has not voted yet
        try (Database database = Database.open(data)) {
            database.workshops().insert(live);
            database.workshops().saveVision(live.id(), VisionCanvas.EMPTY.withDotsPerPerson(5).withMaxDotsPerProposal(3));
            database.answers().saveVote(live.id(), new DotVote(voter, proposal.id(), AT, 2));
            database.answers().saveVote(live.id(), new DotVote(voter, proposal.id(), AT.plusSeconds(1), 3));
        }
        try (Database database = Database.open(data)) {
            Workshop stored = database.workshops().find(live.id()).orElseThrow();

            assertEquals(3, stored.vision().maxDotsPerProposal());
            assertEquals(5, stored.vision().dotsPerPerson());
            List<DotVote> mine = stored.answers().votes().stream().filter(v -> v.participantId().equals(voter))
                    .toList();
            assertEquals(List.of(new DotVote(voter, proposal.id(), AT.plusSeconds(1), 3)), mine,
                    "the second save replaced the count in the same row");
            assertEquals(mine, database.phones().answersOf(live.id(), voter).votes(), "the phone's own view agrees");
        }
    }

    @Test
    void theDatabaseRefusesMorePerProposalThanPerPersonEvenFromABuggyCaller() throws SQLException {
        Workshop live = SampleWorkshops.live();
        try (Database database = Database.open(data)) {
            database.workshops().insert(live);
        }
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(data.toRealPath()), "sa", "");
                Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE workshop SET vision_max_dots_per_proposal = 4 WHERE vision_dots_per_person = 3"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE dot_vote SET dots = 0"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theProjectedVisionFieldIsKeptWithTheElementsLiveStateAndCanBeCleared() {
        Workshop live = SampleWorkshops.live();
        UUID dream = live.agenda().stream().filter(e -> e.kind() == ElementKind.DREAM_SERVICE).findFirst()
                .orElseThrow().id();
        ElementLiveState voting = ElementLiveState.initial(dream).withRound(RoundStatus.OPEN).withVoting(true)
                .withVisionField(VisionField.ALL_IN_ON);
        try (Database database = Database.open(data)) {
            database.workshops().insert(live);
            database.liveState().save(live.id(), List.of(voting));
        }
        try (Database database = Database.open(data)) {
            assertEquals(voting, database.liveState().load(live.id()).get(dream));
            database.liveState().save(live.id(), List.of(voting.withVisionField(null)));
            assertNull(database.liveState().load(live.id()).get(dream).visionField());
        }
    }

    @Test
    void aDatabaseFromBeforeV7KeepsWorkingAsOneDotPerVoteAndPerProposal() throws Exception {
        UUID workshop = UUID.randomUUID();
        UUID element = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        String url = Database.jdbcUrl(data.toRealPath());
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            String at = "TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00'";
            sql.executeUpdate("INSERT INTO workshop (id, title, client_organisation, workshop_date, facilitator, "
                    + "language, status, template_key, created_at, updated_at, vision_dots_per_person) VALUES ('"
                    + workshop + "', 'Oud', '', DATE '2026-11-23', '', 'NL', 'LIVE', '', " + at + ", " + at + ", 4)");
            sql.executeUpdate("INSERT INTO agenda_element (id, workshop_id, position, kind, title, planned_minutes, "
                    + "pinned) VALUES ('" + element + "', '" + workshop + "', 0, 'DREAM_SERVICE', 'Droom', 30, FALSE)");
            sql.executeUpdate("INSERT INTO participant (id, workshop_id, display_name, joined_via, joined_at) VALUES ('"
                    + participant + "', '" + workshop + "', '', 'PHONE', " + at + ")");
            sql.executeUpdate("INSERT INTO text_answer (id, workshop_id, participant_id, element_id, purpose, "
                    + "vision_field, text, hidden, answered_at) VALUES ('" + proposal + "', '" + workshop + "', '"
                    + participant + "', '" + element + "', 'VISION_PROPOSAL', 'PROMISE', 'Vers', FALSE, " + at + ")");
            sql.executeUpdate("INSERT INTO dot_vote (workshop_id, participant_id, proposal_id, answered_at) VALUES ('"
                    + workshop + "', '" + participant + "', '" + proposal + "', " + at + ")");
            sql.executeUpdate("INSERT INTO element_live_state (workshop_id, element_id, round_status, revealed, "
                    + "elapsed_nanos, notes, voting) VALUES ('" + workshop + "', '" + element
                    + "', 'OPEN', FALSE, 0, '', TRUE)");
        }

        try (Database database = Database.open(data)) {
            Workshop stored = database.workshops().find(workshop).orElseThrow();

            assertEquals(new VisionCanvas(List.of(), 4, 1), stored.vision());
            assertEquals(1, stored.answers().votes().getFirst().dots());
            ElementLiveState state = database.liveState().load(workshop).get(element);
            assertEquals(new ElementLiveState(element, RoundStatus.OPEN, false, Duration.ZERO, null, "", true, null, null),
                    state);
        }
    }
}
