package nl.royaal.persistence.h2;

import static nl.royaal.persistence.h2.JdbcValues.enumValue;
import static nl.royaal.persistence.h2.JdbcValues.instant;
import static nl.royaal.persistence.h2.JdbcValues.queryList;
import static nl.royaal.persistence.h2.JdbcValues.update;
import static nl.royaal.persistence.h2.JdbcValues.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.Answers;
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
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionField;
import nl.royaal.persistence.AnswerRepository;

/**
 * Answers in H2, one table per kind. Saves are SQL MERGEs on the question's natural key, so a
 * participant who answers again replaces the earlier answer (which keeps its place in the
 * stored order), and the primary keys make a second row for the same question impossible.
 *
 * <p>An answer that refers to a participant, touchpoint, element or proposal that is not (or no
 * longer) in the workshop is refused with a {@link DomainException}
 * ({@code validation.workshop.danglingReference}): a phone can post an answer just after the
 * facilitator deleted what it was about.
 */
final class JdbcAnswerRepository implements AnswerRepository {

    /** vision_field's value for texts that are not vision proposals; NULL would defeat the unique key. */
    private static final String NO_VISION_FIELD = "";

    /** Shared with the phones' group commit, so both paths store an answer the same way. */
    static final String MERGE_SCORE = """
            MERGE INTO touchpoint_score t
            USING (VALUES (?, ?, ?, ?, ?, ?))
                AS s (workshop_id, participant_id, touchpoint_id, dimension, score, answered_at)
            ON t.workshop_id = s.workshop_id AND t.participant_id = s.participant_id
                AND t.touchpoint_id = s.touchpoint_id AND t.dimension = s.dimension
            WHEN MATCHED THEN UPDATE SET score = s.score, answered_at = s.answered_at
            WHEN NOT MATCHED THEN INSERT (workshop_id, participant_id, touchpoint_id, dimension, score, answered_at)
                VALUES (s.workshop_id, s.participant_id, s.touchpoint_id, s.dimension, s.score, s.answered_at)
            """;

    /**
     * The first text for a question keeps its id (votes point at it) and its moderation; later
     * ones replace its words.
     */
    private static final String MERGE_TEXT = """
            MERGE INTO text_answer t
            USING (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))
                AS s (id, workshop_id, participant_id, element_id, purpose, vision_field, text, hidden, answered_at)
            ON t.workshop_id = s.workshop_id AND t.participant_id = s.participant_id AND t.element_id = s.element_id
                AND t.purpose = s.purpose AND t.vision_field = s.vision_field
            WHEN MATCHED THEN UPDATE SET text = s.text, answered_at = s.answered_at
            WHEN NOT MATCHED THEN
                INSERT (id, workshop_id, participant_id, element_id, purpose, vision_field, text, hidden, answered_at)
                VALUES (s.id, s.workshop_id, s.participant_id, s.element_id, s.purpose, s.vision_field, s.text,
                        s.hidden, s.answered_at)
            """;

    private static final String MERGE_VOTE = """
            MERGE INTO dot_vote t
            USING (VALUES (?, ?, ?, ?, ?)) AS s (workshop_id, participant_id, proposal_id, answered_at, dots)
            ON t.workshop_id = s.workshop_id AND t.participant_id = s.participant_id AND t.proposal_id = s.proposal_id
            WHEN MATCHED THEN UPDATE SET answered_at = s.answered_at, dots = s.dots
            WHEN NOT MATCHED THEN INSERT (workshop_id, participant_id, proposal_id, answered_at, dots)
                VALUES (s.workshop_id, s.participant_id, s.proposal_id, s.answered_at, s.dots)
            """;

    /** Shared with the phones' group commit, so both paths store an answer the same way. */
    static final String MERGE_RATING = """
            MERGE INTO element_rating t
            USING (VALUES (?, ?, ?, ?, ?)) AS s (workshop_id, participant_id, element_id, score, answered_at)
            ON t.workshop_id = s.workshop_id AND t.participant_id = s.participant_id AND t.element_id = s.element_id
            WHEN MATCHED THEN UPDATE SET score = s.score, answered_at = s.answered_at
            WHEN NOT MATCHED THEN INSERT (workshop_id, participant_id, element_id, score, answered_at)
                VALUES (s.workshop_id, s.participant_id, s.element_id, s.score, s.answered_at)
            """;

    /** Shared with the phones' group commit, so both paths store an answer the same way. */
    static final String MERGE_SELF_IMAGE = """
            MERGE INTO self_image_score t
            USING (VALUES (?, ?, ?, ?, ?)) AS s (workshop_id, participant_id, question, score, answered_at)
            ON t.workshop_id = s.workshop_id AND t.participant_id = s.participant_id AND t.question = s.question
            WHEN MATCHED THEN UPDATE SET score = s.score, answered_at = s.answered_at
            WHEN NOT MATCHED THEN INSERT (workshop_id, participant_id, question, score, answered_at)
                VALUES (s.workshop_id, s.participant_id, s.question, s.score, s.answered_at)
            """;

    private final Database database;

    JdbcAnswerRepository(Database database) {
        this.database = database;
    }

    @Override
    public void saveScore(UUID workshopId, TouchpointScore score) {
        Objects.requireNonNull(score, "score");
        saveAnswer("Saving a score", workshopId, connection -> mergeScore(connection, workshopId, score));
    }

    @Override
    public boolean deleteScore(UUID workshopId, UUID participantId, UUID touchpointId, ScoreDimension dimension) {
        return database.inTransaction("Deleting a score", connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            return update(connection, """
                    DELETE FROM touchpoint_score
                    WHERE workshop_id = ? AND participant_id = ? AND touchpoint_id = ? AND dimension = ?
                    """, workshopId, participantId, touchpointId, dimension) > 0;
        });
    }

    /** One transaction: the participants first (the grades refer to them), then their grades. */
    @Override
    public void importScores(UUID workshopId, List<Participant> participants, List<TouchpointScore> scores) {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(scores, "scores");
        database.inTransaction("Importing " + scores.size() + " scores", connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            try {
                for (Participant participant : participants) {
                    JdbcWorkshopRepository.insertParticipant(connection, workshopId, participant);
                }
                for (TouchpointScore score : scores) {
                    mergeScore(connection, workshopId, score);
                }
                return null;
            } catch (SQLException failure) {
                throw danglingOr(failure, workshopId);
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>A hidden text stays hidden when its author sends a new version: moderation is the
     * facilitator's decision, and resubmitting must not undo it.
     *
     * @return the text as stored: with the id and hidden flag of the first text for this question
     */
    @Override
    public TextAnswer saveText(UUID workshopId, TextAnswer text) {
        Objects.requireNonNull(text, "text");
        return database.inTransaction("Saving a text", connection -> {
            try {
                JdbcWorkshopRepository.touch(connection, workshopId, database.now());
                mergeText(connection, workshopId, text);
                return queryList(connection, """
                        SELECT id, hidden FROM text_answer
                        WHERE participant_id = ? AND element_id = ? AND purpose = ? AND vision_field = ?
                        """,
                        row -> new TextAnswer(uuid(row, "id"), text.participantId(), text.elementId(), text.purpose(),
                                text.field(), text.text(), row.getBoolean("hidden"), text.answeredAt()),
                        text.participantId(), text.elementId(), text.purpose(), visionFieldColumn(text.field()))
                        .getFirst();
            } catch (SQLException failure) {
                throw danglingOr(failure, text.participantId(), text.elementId());
            }
        });
    }

    @Override
    public void setTextHidden(UUID workshopId, UUID textId, boolean hidden) {
        database.inTransaction("Hiding a text", connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            int changed = update(connection, "UPDATE text_answer SET hidden = ? WHERE id = ? AND workshop_id = ?",
                    hidden, textId, workshopId);
            if (changed == 0) {
                throw JdbcWorkshopRepository.danglingReference(textId);
            }
            return null;
        });
    }

    @Override
    public void saveVote(UUID workshopId, DotVote vote) {
        Objects.requireNonNull(vote, "vote");
        saveAnswer("Saving a vote", workshopId, connection -> mergeVote(connection, workshopId, vote));
    }

    /** Taking back a dot that was never given changes nothing and is not an error (a double tap). */
    @Override
    public void withdrawVote(UUID workshopId, UUID participantId, UUID proposalId) {
        database.inTransaction("Withdrawing a vote", connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            update(connection, "DELETE FROM dot_vote WHERE workshop_id = ? AND participant_id = ? AND proposal_id = ?",
                    workshopId, participantId, proposalId);
            return null;
        });
    }

    @Override
    public void saveRating(UUID workshopId, ElementRating rating) {
        Objects.requireNonNull(rating, "rating");
        saveAnswer("Saving a rating", workshopId, connection -> mergeRating(connection, workshopId, rating));
    }

    @Override
    public void saveSelfImage(UUID workshopId, SelfImageScore score) {
        Objects.requireNonNull(score, "score");
        saveAnswer("Saving a self-image score", workshopId,
                connection -> mergeSelfImage(connection, workshopId, score));
    }

    /** Every answer of a workshop, each kind in stored order (first arrival; a replaced answer keeps its place). */
    static Answers loadAll(Connection connection, UUID workshopId) throws SQLException {
        List<TouchpointScore> scores = queryList(connection, """
                SELECT participant_id, touchpoint_id, dimension, score, answered_at
                FROM touchpoint_score WHERE workshop_id = ? ORDER BY stored_order
                """,
                row -> new TouchpointScore(uuid(row, "participant_id"), uuid(row, "touchpoint_id"),
                        enumValue(row, "dimension", ScoreDimension.class), Score.of(row.getInt("score")),
                        instant(row, "answered_at")),
                workshopId);
        List<TextAnswer> texts = queryList(connection, """
                SELECT id, participant_id, element_id, purpose, vision_field, text, hidden, answered_at
                FROM text_answer WHERE workshop_id = ? ORDER BY stored_order
                """,
                row -> new TextAnswer(uuid(row, "id"), uuid(row, "participant_id"), uuid(row, "element_id"),
                        enumValue(row, "purpose", TextPurpose.class), visionField(row.getString("vision_field")),
                        row.getString("text"), row.getBoolean("hidden"), instant(row, "answered_at")),
                workshopId);
        List<DotVote> votes = queryList(connection, """
                SELECT participant_id, proposal_id, answered_at, dots
                FROM dot_vote WHERE workshop_id = ? ORDER BY stored_order
                """,
                row -> new DotVote(uuid(row, "participant_id"), uuid(row, "proposal_id"), instant(row, "answered_at"),
                        row.getInt("dots")),
                workshopId);
        List<ElementRating> ratings = queryList(connection, """
                SELECT participant_id, element_id, score, answered_at
                FROM element_rating WHERE workshop_id = ? ORDER BY stored_order
                """,
                row -> new ElementRating(uuid(row, "participant_id"), uuid(row, "element_id"),
                        Score.of(row.getInt("score")), instant(row, "answered_at")),
                workshopId);
        List<SelfImageScore> selfImage = queryList(connection, """
                SELECT participant_id, question, score, answered_at
                FROM self_image_score WHERE workshop_id = ? ORDER BY stored_order
                """,
                row -> new SelfImageScore(uuid(row, "participant_id"),
                        enumValue(row, "question", SelfImageQuestion.class), Score.of(row.getInt("score")),
                        instant(row, "answered_at")),
                workshopId);
        return new Answers(scores, texts, votes, ratings, selfImage);
    }

    /**
     * Stores the answers of a workshop that is being inserted, in list order. Plain INSERTs, not
     * MERGEs: two answers to one question in an imported workshop are an error to report, not
     * something to resolve silently.
     */
    static void insertAll(Connection connection, UUID workshopId, Answers answers) throws SQLException {
        for (TouchpointScore score : answers.scores()) {
            update(connection, """
                    INSERT INTO touchpoint_score
                        (workshop_id, participant_id, touchpoint_id, dimension, score, answered_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                    workshopId, score.participantId(), score.touchpointId(), score.dimension(), score.score().value(),
                    score.answeredAt());
        }
        // Texts before votes: a vote refers to a text.
        for (TextAnswer text : answers.texts()) {
            update(connection, """
                    INSERT INTO text_answer
                        (id, workshop_id, participant_id, element_id, purpose, vision_field, text, hidden, answered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    text.id(), workshopId, text.participantId(), text.elementId(), text.purpose(),
                    visionFieldColumn(text.field()), text.text(), text.hidden(), text.answeredAt());
        }
        for (DotVote vote : answers.votes()) {
            update(connection, """
                    INSERT INTO dot_vote (workshop_id, participant_id, proposal_id, answered_at, dots)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                    workshopId, vote.participantId(), vote.proposalId(), vote.answeredAt(), vote.dots());
        }
        for (ElementRating rating : answers.ratings()) {
            update(connection, """
                    INSERT INTO element_rating (workshop_id, participant_id, element_id, score, answered_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                    workshopId, rating.participantId(), rating.elementId(), rating.score().value(),
                    rating.answeredAt());
        }
        for (SelfImageScore score : answers.selfImage()) {
            update(connection, """
                    INSERT INTO self_image_score (workshop_id, participant_id, question, score, answered_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                    workshopId, score.participantId(), score.question(), score.score().value(), score.answeredAt());
        }
    }

    /** One answer in its own transaction, which also marks the workshop as changed. */
    private void saveAnswer(String action, UUID workshopId, Database.Work<Integer> merge) {
        database.inTransaction(action, connection -> {
            JdbcWorkshopRepository.touch(connection, workshopId, database.now());
            try {
                return merge.run(connection);
            } catch (SQLException failure) {
                throw danglingOr(failure, workshopId);
            }
        });
    }

    private static int mergeScore(Connection connection, UUID workshopId, TouchpointScore score) throws SQLException {
        return update(connection, MERGE_SCORE, workshopId, score.participantId(), score.touchpointId(),
                score.dimension(), score.score().value(), score.answeredAt());
    }

    private static int mergeText(Connection connection, UUID workshopId, TextAnswer text) throws SQLException {
        return update(connection, MERGE_TEXT, text.id(), workshopId, text.participantId(), text.elementId(),
                text.purpose(), visionFieldColumn(text.field()), text.text(), text.hidden(), text.answeredAt());
    }

    private static int mergeVote(Connection connection, UUID workshopId, DotVote vote) throws SQLException {
        return update(connection, MERGE_VOTE, workshopId, vote.participantId(), vote.proposalId(), vote.answeredAt(),
                vote.dots());
    }

    private static int mergeRating(Connection connection, UUID workshopId, ElementRating rating) throws SQLException {
        return update(connection, MERGE_RATING, workshopId, rating.participantId(), rating.elementId(),
                rating.score().value(), rating.answeredAt());
    }

    private static int mergeSelfImage(Connection connection, UUID workshopId, SelfImageScore score)
            throws SQLException {
        return update(connection, MERGE_SELF_IMAGE, workshopId, score.participantId(), score.question(),
                score.score().value(), score.answeredAt());
    }

    /**
     * A missing parent row, or a key that exists in another workshop, means the answer is about
     * something this workshop does not have; any other failure is the database's.
     */
    private static SQLException danglingOr(SQLException failure, Object... references) {
        if (StorageFailures.isMissingParent(failure) || StorageFailures.isDuplicateKey(failure)) {
            DomainException refused = new DomainException("validation.workshop.danglingReference", references);
            refused.initCause(failure);
            throw refused;
        }
        return failure;
    }

    private static String visionFieldColumn(VisionField field) {
        return field == null ? NO_VISION_FIELD : field.name();
    }

    private static VisionField visionField(String column) {
        return column.isEmpty() ? null : VisionField.valueOf(column);
    }
}
