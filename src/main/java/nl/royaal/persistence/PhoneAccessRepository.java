package nl.royaal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Answer;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TextAnswer;

/**
 * What the participant side needs from storage beyond answers: join codes, participant tokens
 * (only their hashes), and the reads a phone may make about itself. Every method is one
 * committed transaction, like the other repositories; a write about a workshop or participant
 * that is not stored throws a {@code DomainException} ({@code validation.workshop.danglingReference}).
 */
public interface PhoneAccessRepository {

    Optional<PhoneAccess> find(UUID workshopId);

    /** Stores the access settings of a workshop, replacing earlier ones. */
    void save(PhoneAccess access);

    /**
     * Adds a participant and, when {@code tokenHash} is not {@code null}, the hash of the token
     * handed to their phone, in one transaction: either both are stored or neither.
     */
    void addParticipant(UUID workshopId, Participant participant, byte[] tokenHash);

    /** The participant a token (by its hash) was handed to in this workshop, if it still stands. */
    Optional<UUID> participantByToken(UUID workshopId, byte[] tokenHash);

    /** How many participants joined this workshop through {@code channel}, counted from the rows. */
    int countParticipants(UUID workshopId, JoinChannel channel);

    /** The participants who joined through {@code channel}, in the order they joined. */
    List<Participant> participants(UUID workshopId, JoinChannel channel);

    /**
     * Removes a participant with their tokens and every answer they gave.
     *
     * @return whether there was such a participant
     */
    boolean removeParticipant(UUID workshopId, UUID participantId);

    /**
     * Stores several grades in ONE transaction (group commit): touchpoint scores, element ratings
     * and self-image scores, with the same replace-the-earlier-answer rule as {@link AnswerRepository}.
     * Many phones answering at once then cost one commit instead of one each. Either all are stored
     * or none (an answer about something not in the workshop refuses the whole batch with
     * {@code validation.workshop.danglingReference}; the caller then stores them one by one).
     *
     * @throws IllegalArgumentException for an answer that is not a grade (texts and votes go one at a time)
     */
    void saveGrades(UUID workshopId, List<Answer> grades);

    /** One participant's own answers, each kind in stored order; nothing of anyone else. */
    Answers answersOf(UUID workshopId, UUID participantId);

    /** The vision proposals written in an element that the facilitator has not hidden, in stored order. */
    List<TextAnswer> visibleProposals(UUID workshopId, UUID elementId);
}
