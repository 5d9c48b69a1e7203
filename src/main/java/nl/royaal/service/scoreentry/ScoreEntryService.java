package nl.royaal.service.scoreentry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.persistence.WorkshopRepository;

/**
 * Scores that reach the workshop without a phone: typed by the facilitator from paper forms
 * (one {@link JoinChannel#SCORE_GRID} participant per form) and imported from an online form's
 * export (one {@link JoinChannel#IMPORT} participant per row).
 *
 * <p>Every grid grade is one committed transaction, like a phone's answer; an import is ONE
 * transaction for all its participants and grades, so a failure halfway imports nothing. These
 * calls do not check the live round: paper forms are typed in whenever the facilitator has time,
 * also after the round closed. The caller tells the live run ({@code LiveRun.answersChanged()}).
 *
 * <p>Each method is a short blocking database call; any thread may call it.
 */
public final class ScoreEntryService {

    private final WorkshopRepository workshops;
    private final AnswerRepository answers;
    private final Clock clock;

    public ScoreEntryService(WorkshopRepository workshops, AnswerRepository answers, Clock clock) {
        this.workshops = Objects.requireNonNull(workshops, "workshops");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new paper form: a participant who joined through the score grid, named as the grid shows it. */
    public Participant addPaperForm(UUID workshopId, String name) {
        Participant form = new Participant(UUID.randomUUID(), name, JoinChannel.SCORE_GRID, clock.instant());
        workshops.addParticipant(workshopId, form);
        return form;
    }

    /** Stores (or replaces) one grade of a paper form; committed when this returns. */
    public void saveGrade(UUID workshopId, UUID participantId, ScoreColumn column, Score grade) {
        answers.saveScore(workshopId, new TouchpointScore(participantId, column.touchpointId(), column.dimension(),
                grade, clock.instant()));
    }

    /** Takes a grade of a paper form back (its cell was cleared); returns whether there was one. */
    public boolean clearGrade(UUID workshopId, UUID participantId, ScoreColumn column) {
        return answers.deleteScore(workshopId, participantId, column.touchpointId(), column.dimension());
    }

    /**
     * Imports the accepted rows of a preview, each as a new participant, in one transaction.
     *
     * @param nameOfRow the participant's name for a row number ("Import rij 5"), in the console's language
     * @return the participants stored, in row order
     */
    public List<Participant> importRows(UUID workshopId, ImportPreview preview, IntFunction<String> nameOfRow) {
        Instant now = clock.instant();
        List<Participant> participants = new ArrayList<>();
        List<TouchpointScore> scores = new ArrayList<>();
        for (ImportPreview.Accepted row : preview.accepted()) {
            Participant participant = new Participant(UUID.randomUUID(), nameOfRow.apply(row.rowNumber()),
                    JoinChannel.IMPORT, now);
            participants.add(participant);
            for (Map.Entry<ScoreColumn, Score> grade : row.grades().entrySet()) {
                scores.add(new TouchpointScore(participant.id(), grade.getKey().touchpointId(),
                        grade.getKey().dimension(), grade.getValue(), now));
            }
        }
        answers.importScores(workshopId, participants, scores);
        return List.copyOf(participants);
    }
}
