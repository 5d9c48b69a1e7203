package nl.royaal.persistence.h2;

import static nl.royaal.persistence.h2.JdbcValues.enumValue;
import static nl.royaal.persistence.h2.JdbcValues.instant;
import static nl.royaal.persistence.h2.JdbcValues.queryList;
import static nl.royaal.persistence.h2.JdbcValues.update;
import static nl.royaal.persistence.h2.JdbcValues.uuid;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Answer;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionField;
import nl.royaal.persistence.PhoneAccess;
import nl.royaal.persistence.PhoneAccessRepository;

/**
 * Join codes and participant tokens in H2 (schema V3). Tokens are looked up by their SHA-256
 * hash, the primary key of {@code phone_token}; the token itself is never stored.
 */
final class JdbcPhoneAccessRepository implements PhoneAccessRepository {

    private static final int TOKEN_HASH_LENGTH = 32;

    // The answer MERGEs are JdbcAnswerRepository's (one row per participant and question, a later
    // answer replaces the earlier and keeps its place); here they run many to a transaction.
    private static final String MERGE_SCORE = JdbcAnswerRepository.MERGE_SCORE;
    private static final String MERGE_RATING = JdbcAnswerRepository.MERGE_RATING;
    private static final String MERGE_SELF_IMAGE = JdbcAnswerRepository.MERGE_SELF_IMAGE;

    private final Database database;

    JdbcPhoneAccessRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<PhoneAccess> find(UUID workshopId) {
        Objects.requireNonNull(workshopId, "workshopId");
        return database.inTransaction("Reading the phone access of workshop " + workshopId,
                connection -> queryList(connection, """
                        SELECT join_code, join_locked, participant_cap FROM phone_access WHERE workshop_id = ?
                        """,
                        row -> new PhoneAccess(workshopId, row.getString("join_code"), row.getBoolean("join_locked"),
                                row.getInt("participant_cap")),
                        workshopId).stream().findFirst());
    }

    @Override
    public void save(PhoneAccess access) {
        Objects.requireNonNull(access, "access");
        database.inTransaction("Saving the phone access of workshop " + access.workshopId(), connection -> {
            try {
                return update(connection, """
                        MERGE INTO phone_access t
                        USING (VALUES (?, ?, ?, ?)) AS s (workshop_id, join_code, join_locked, participant_cap)
                        ON t.workshop_id = s.workshop_id
                        WHEN MATCHED THEN UPDATE SET join_code = s.join_code, join_locked = s.join_locked,
                            participant_cap = s.participant_cap
                        WHEN NOT MATCHED THEN INSERT (workshop_id, join_code, join_locked, participant_cap)
                            VALUES (s.workshop_id, s.join_code, s.join_locked, s.participant_cap)
                        """,
                        access.workshopId(), access.joinCode(), access.joinLocked(), access.participantCap());
            } catch (SQLException failure) {
                throw danglingOr(failure, access.workshopId());
            }
        });
    }

    @Override
    public void addParticipant(UUID workshopId, Participant participant, byte[] tokenHash) {
        Objects.requireNonNull(participant, "participant");
        if (tokenHash != null && tokenHash.length != TOKEN_HASH_LENGTH) {
            throw new IllegalArgumentException("A token hash is a SHA-256 digest of 32 bytes");
        }
        database.inTransaction("Adding a participant to workshop " + workshopId, connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            try {
                update(connection, """
                        INSERT INTO participant (id, workshop_id, display_name, joined_via, joined_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                        participant.id(), workshopId, participant.displayName(), participant.joinedVia(),
                        participant.joinedAt());
                if (tokenHash != null) {
                    update(connection, """
                            INSERT INTO phone_token (token_hash, workshop_id, participant_id, created_at)
                            VALUES (?, ?, ?, ?)
                            """,
                            tokenHash, workshopId, participant.id(), participant.joinedAt());
                }
                return null;
            } catch (SQLException failure) {
                if (StorageFailures.isDuplicateKey(failure)) {
                    DomainException refused = new DomainException("validation.workshop.duplicateId", "participants",
                            participant.id());
                    refused.initCause(failure);
                    throw refused;
                }
                throw failure;
            }
        });
    }

    @Override
    public Optional<UUID> participantByToken(UUID workshopId, byte[] tokenHash) {
        if (tokenHash == null || tokenHash.length != TOKEN_HASH_LENGTH) {
            return Optional.empty();
        }
        return database.inTransaction("Looking up a participant token", connection -> queryList(connection,
                "SELECT participant_id FROM phone_token WHERE token_hash = ? AND workshop_id = ?",
                row -> uuid(row, "participant_id"), tokenHash, workshopId).stream().findFirst());
    }

    @Override
    public int countParticipants(UUID workshopId, JoinChannel channel) {
        return database.inTransaction("Counting participants", connection -> queryList(connection,
                "SELECT COUNT(*) FROM participant WHERE workshop_id = ? AND joined_via = ?",
                row -> row.getInt(1), workshopId, channel).getFirst());
    }

    @Override
    public List<Participant> participants(UUID workshopId, JoinChannel channel) {
        return database.inTransaction("Listing participants", connection -> queryList(connection, """
                SELECT id, display_name, joined_via, joined_at FROM participant
                WHERE workshop_id = ? AND joined_via = ? ORDER BY join_order
                """,
                row -> new Participant(uuid(row, "id"), row.getString("display_name"),
                        enumValue(row, "joined_via", JoinChannel.class), instant(row, "joined_at")),
                workshopId, channel));
    }

    @Override
    public boolean removeParticipant(UUID workshopId, UUID participantId) {
        return database.inTransaction("Removing a participant from workshop " + workshopId, connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            // Tokens and answers go with the participant row (ON DELETE CASCADE).
            return update(connection, "DELETE FROM participant WHERE id = ? AND workshop_id = ?",
                    participantId, workshopId) > 0;
        });
    }

    @Override
    public void saveGrades(UUID workshopId, List<Answer> grades) {
        Objects.requireNonNull(grades, "grades");
        for (Answer grade : grades) {
            if (!(grade instanceof TouchpointScore || grade instanceof ElementRating || grade instanceof SelfImageScore)) {
                throw new IllegalArgumentException("Only grades are stored in batches, not " + grade);
            }
        }
        if (grades.isEmpty()) {
            return;
        }
        database.inTransaction("Saving " + grades.size() + " grades", connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            try {
                for (Answer grade : grades) {
                    switch (grade) {
                        case TouchpointScore score -> update(connection, MERGE_SCORE, workshopId, score.participantId(),
                                score.touchpointId(), score.dimension(), score.score().value(), score.answeredAt());
                        case ElementRating rating -> update(connection, MERGE_RATING, workshopId,
                                rating.participantId(), rating.elementId(), rating.score().value(), rating.answeredAt());
                        case SelfImageScore self -> update(connection, MERGE_SELF_IMAGE, workshopId,
                                self.participantId(), self.question(), self.score().value(), self.answeredAt());
                        default -> throw new IllegalArgumentException("Not a grade: " + grade);
                    }
                }
                return null;
            } catch (SQLException failure) {
                if (StorageFailures.isMissingParent(failure) || StorageFailures.isDuplicateKey(failure)) {
                    DomainException refused = JdbcWorkshopRepository.danglingReference(workshopId);
                    refused.initCause(failure);
                    throw refused;
                }
                throw failure;
            }
        });
    }

    @Override
    public Answers answersOf(UUID workshopId, UUID participantId) {
        return database.inTransaction("Reading the answers of one participant", connection -> {
            List<TouchpointScore> scores = queryList(connection, """
                    SELECT touchpoint_id, dimension, score, answered_at FROM touchpoint_score
                    WHERE workshop_id = ? AND participant_id = ? ORDER BY stored_order
                    """,
                    row -> new TouchpointScore(participantId, uuid(row, "touchpoint_id"),
                            enumValue(row, "dimension", ScoreDimension.class), Score.of(row.getInt("score")),
                            instant(row, "answered_at")),
                    workshopId, participantId);
            List<TextAnswer> texts = queryList(connection, """
                    SELECT id, element_id, purpose, vision_field, text, hidden, answered_at FROM text_answer
                    WHERE workshop_id = ? AND participant_id = ? ORDER BY stored_order
                    """,
                    row -> new TextAnswer(uuid(row, "id"), participantId, uuid(row, "element_id"),
                            enumValue(row, "purpose", TextPurpose.class), visionField(row.getString("vision_field")),
                            row.getString("text"), row.getBoolean("hidden"), instant(row, "answered_at")),
                    workshopId, participantId);
            List<DotVote> votes = queryList(connection, """
                    SELECT proposal_id, answered_at, dots FROM dot_vote
                    WHERE workshop_id = ? AND participant_id = ? ORDER BY stored_order
                    """,
                    row -> new DotVote(participantId, uuid(row, "proposal_id"), instant(row, "answered_at"),
                            row.getInt("dots")),
                    workshopId, participantId);
            List<ElementRating> ratings = queryList(connection, """
                    SELECT element_id, score, answered_at FROM element_rating
                    WHERE workshop_id = ? AND participant_id = ? ORDER BY stored_order
                    """,
                    row -> new ElementRating(participantId, uuid(row, "element_id"), Score.of(row.getInt("score")),
                            instant(row, "answered_at")),
                    workshopId, participantId);
            List<SelfImageScore> selfImage = queryList(connection, """
                    SELECT question, score, answered_at FROM self_image_score
                    WHERE workshop_id = ? AND participant_id = ? ORDER BY stored_order
                    """,
                    row -> new SelfImageScore(participantId, enumValue(row, "question", SelfImageQuestion.class),
                            Score.of(row.getInt("score")), instant(row, "answered_at")),
                    workshopId, participantId);
            return new Answers(scores, texts, votes, ratings, selfImage);
        });
    }

    @Override
    public List<TextAnswer> visibleProposals(UUID workshopId, UUID elementId) {
        return database.inTransaction("Reading the proposals of an element", connection -> queryList(connection, """
                SELECT id, participant_id, vision_field, text, answered_at FROM text_answer
                WHERE workshop_id = ? AND element_id = ? AND purpose = 'VISION_PROPOSAL' AND NOT hidden
                ORDER BY stored_order
                """,
                row -> new TextAnswer(uuid(row, "id"), uuid(row, "participant_id"), elementId,
                        TextPurpose.VISION_PROPOSAL, visionField(row.getString("vision_field")), row.getString("text"),
                        false, instant(row, "answered_at")),
                workshopId, elementId));
    }

    private static VisionField visionField(String column) {
        return column == null || column.isEmpty() ? null : VisionField.valueOf(column);
    }

    private static SQLException danglingOr(SQLException failure, UUID reference) {
        if (StorageFailures.isMissingParent(failure)) {
            DomainException refused = JdbcWorkshopRepository.danglingReference(reference);
            refused.initCause(failure);
            throw refused;
        }
        return failure;
    }
}
