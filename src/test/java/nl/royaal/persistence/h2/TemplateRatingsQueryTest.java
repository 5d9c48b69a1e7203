package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TemplateRatings;
import nl.royaal.domain.scoring.TemplateRatings.PastElement;
import nl.royaal.testing.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grades per template come from the answers themselves: one per participant and element. */
class TemplateRatingsQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path data;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(data);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void gradesAreSummedPerKindAndTitleOverTheOtherWorkshopsOfTheTemplate() {
        Workshop first = stored(Language.NL);
        Workshop second = stored(Language.NL);
        Workshop english = stored(Language.EN);
        Workshop itself = stored(Language.NL);
        rate(first, 1, 9);
        rate(first, 1, 7);
        rate(second, 1, 8);
        rate(english, 1, 6);
        rate(itself, 1, 2);
        rate(second, 0, 7);

        TemplateRatings ratings = database.workshops().templateRatings("test-template", itself.id());

        assertEquals(3, ratings.workshops());
        assertEquals(List.of(
                        new PastElement(ElementKind.FAN_MOMENT, "Fan moment", Statistic.of(6)),
                        new PastElement(ElementKind.FAN_MOMENT, "Fanmoment", Statistic.of(9, 7, 8)),
                        new PastElement(ElementKind.WELCOME, "Welkom", Statistic.of(7))),
                ratings.elements());
        assertEquals(TemplateRatings.NONE, database.workshops().templateRatings("another-template", null));
    }

    @Test
    void aParticipantWhoChangesAGradeCountsOnce() {
        Workshop workshop = stored(Language.NL);
        Participant anna = joined(workshop);
        UUID fanMoment = workshop.agenda().get(1).id();
        database.answers().saveRating(workshop.id(), new ElementRating(anna.id(), fanMoment, Score.of(4), NOW));
        database.answers().saveRating(workshop.id(), new ElementRating(anna.id(), fanMoment, Score.of(9), NOW));

        TemplateRatings ratings = database.workshops().templateRatings("test-template", UUID.randomUUID());

        assertEquals(List.of(new PastElement(ElementKind.FAN_MOMENT, "Fanmoment", Statistic.of(9))),
                ratings.elements());
    }

    private Workshop stored(Language language) {
        Workshop workshop = TestTemplates.small().instantiate(language, LocalDate.of(2026, 11, 23), NOW);
        database.workshops().insert(workshop);
        return workshop;
    }

    private Participant joined(Workshop workshop) {
        Participant participant = new Participant(UUID.randomUUID(), "Deelnemer", JoinChannel.PHONE, NOW);
        database.workshops().addParticipant(workshop.id(), participant);
        return participant;
    }

    /** A new participant of {@code workshop} gives the element at {@code index} this grade. */
    private void rate(Workshop workshop, int index, int grade) {
        database.answers().saveRating(workshop.id(),
                new ElementRating(joined(workshop).id(), workshop.agenda().get(index).id(), Score.of(grade), NOW));
    }
}
