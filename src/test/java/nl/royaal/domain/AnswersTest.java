package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static final Instant AT = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void noneIsEmpty() {
        assertTrue(Answers.NONE.isEmpty());
        assertEquals(0, Answers.NONE.size());
    }

    @Test
    void countsAnswersOfEveryKind() {
        UUID participant = UUID.randomUUID();
        Answers answers = new Answers(
                List.of(new TouchpointScore(participant, UUID.randomUUID(), ScoreDimension.EXPECTATION, Score.of(7), AT),
                        new TouchpointScore(participant, UUID.randomUUID(), ScoreDimension.EXPERIENCE, Score.of(6), AT)),
                List.of(),
                List.of(new DotVote(participant, UUID.randomUUID(), AT)),
                List.of(new ElementRating(participant, UUID.randomUUID(), Score.of(9), AT)),
                List.of(new SelfImageScore(participant, SelfImageQuestion.OUR_VIEW, Score.of(8), AT)));
        assertEquals(5, answers.size());
        assertFalse(answers.isEmpty());
    }

    @Test
    void keepsItsOwnCopyOfTheListsItWasGiven() {
        List<DotVote> votes = new ArrayList<>();
        Answers answers = new Answers(List.of(), List.of(), votes, List.of(), List.of());
        votes.add(new DotVote(UUID.randomUUID(), UUID.randomUUID(), AT));
        assertTrue(answers.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> answers.votes().add(votes.getFirst()));
    }
}
