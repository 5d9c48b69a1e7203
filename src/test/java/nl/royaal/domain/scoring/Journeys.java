package nl.royaal.domain.scoring;

import java.time.Instant;
import java.util.UUID;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;

/** A small customer journey and a room of participants for the scoring tests. */
final class Journeys {

    static final Instant START = Instant.parse("2026-03-12T09:00:00Z");

    static final Touchpoint WEBSITE = touchpoint(1, "Website", 4.0);
    static final Touchpoint FIRST_CALL = touchpoint(2, "Eerste telefoontje", 0.5);
    static final Touchpoint QUOTE = touchpoint(3, "Offerte", 0.25);
    static final Touchpoint INVOICE = touchpoint(4, "Factuur", 12.0);
    static final Touchpoint COMPLAINT = touchpoint(5, "Klacht", null);

    private Journeys() {
    }

    static Touchpoint touchpoint(int number, String name, Double contacts) {
        return new Touchpoint(new UUID(0xA, number), name, contacts);
    }

    static UUID participant(int number) {
        return new UUID(0xB, number);
    }

    static TouchpointScore expectation(int participant, Touchpoint touchpoint, int grade) {
        return score(participant, touchpoint, ScoreDimension.EXPECTATION, grade, 0);
    }

    static TouchpointScore experience(int participant, Touchpoint touchpoint, int grade) {
        return score(participant, touchpoint, ScoreDimension.EXPERIENCE, grade, 0);
    }

    static TouchpointScore score(int participant, Touchpoint touchpoint, ScoreDimension dimension, int grade,
            long secondsAfterStart) {
        return new TouchpointScore(participant(participant), touchpoint.id(), dimension, Score.of(grade),
                START.plusSeconds(secondsAfterStart));
    }
}
