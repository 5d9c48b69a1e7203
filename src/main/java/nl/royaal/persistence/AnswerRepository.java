package nl.royaal.persistence;

import java.util.List;
import java.util.UUID;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.Participant;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TouchpointScore;

/**
 * Stores answers one at a time, each committed before the method returns so the participant's
 * "received" is true. A second answer to the same question (same participant, same natural key)
 * replaces the first: the database enforces one row per participant and question.
 *
 * <p>An answer about a participant, touchpoint, element or proposal that is not (or no longer)
 * in the workshop throws a {@code DomainException} ({@code validation.workshop.danglingReference})
 * and stores nothing: a phone may answer just after the facilitator deleted what it was about.
 */
public interface AnswerRepository {

    void saveScore(UUID workshopId, TouchpointScore score);

    /**
     * Takes back one grade (the facilitator cleared a cell of the paper-form grid).
     *
     * @return whether there was such a grade; none is not an error
     */
    boolean deleteScore(UUID workshopId, UUID participantId, UUID touchpointId, ScoreDimension dimension);

    /**
     * Stores new participants with their grades in ONE transaction (a file of scores imported at
     * once): either every participant and grade is stored, or, when anything fails (a grade about
     * a touchpoint deleted meanwhile, a full disk), nothing is.
     *
     * @param participants all new; a participant id that is already taken refuses the whole import
     * @param scores       grades of these participants only
     */
    void importScores(UUID workshopId, List<Participant> participants, List<TouchpointScore> scores);

    /**
     * Same participant, element, purpose and vision field replaces the earlier text (keeps its id).
     *
     * @return the text as stored: when it replaced an earlier one, with that one's id, which the
     *         votes on it refer to, so the caller's copy matches the database
     */
    TextAnswer saveText(UUID workshopId, TextAnswer text);

    void setTextHidden(UUID workshopId, UUID textId, boolean hidden);

    void saveVote(UUID workshopId, DotVote vote);

    void withdrawVote(UUID workshopId, UUID participantId, UUID proposalId);

    void saveRating(UUID workshopId, ElementRating rating);

    void saveSelfImage(UUID workshopId, SelfImageScore score);
}
