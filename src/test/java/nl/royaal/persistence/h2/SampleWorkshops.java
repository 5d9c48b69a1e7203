package nl.royaal.persistence.h2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;

/**
 * Workshops to store in tests. Every instant has nanoseconds, so a round trip that drops
 * precision anywhere shows up as an inequality.
 */
final class SampleWorkshops {

    /** A morning in the room; {@link #moment(int)} counts from here. */
    static final Instant START = Instant.parse("2026-03-12T09:00:00.123456789Z");

    private SampleWorkshops() {
    }

    /** The n-th distinct moment after {@link #START}, with a different nanosecond part each time. */
    static Instant moment(int n) {
        return START.plusSeconds(n).plusNanos(n * 1_001L);
    }

    /** A draft with a short agenda and journey, no participants. */
    static Workshop draft(String title, String client) {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(UUID.randomUUID(), ElementKind.WELCOME, "Welkom", 10, true),
                new AgendaElement(UUID.randomUUID(), ElementKind.SCORING, "Verwachting en beleving", 30, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.CLOSING, "Afsluiting", 10, true));
        List<Touchpoint> touchpoints = List.of(
                new Touchpoint(UUID.randomUUID(), "Website", null),
                new Touchpoint(UUID.randomUUID(), "Factuur", 12.0));
        WorkshopDetails details = new WorkshopDetails(title, client, LocalDate.of(2026, 3, 12), "Anne de Vries",
                Language.NL);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.DRAFT, "royaal-default", agenda, touchpoints,
                List.of(), Answers.NONE, null, START, START);
    }

    /**
     * A live workshop in the middle of its run: the default flow's elements, four touchpoints,
     * three participants (named, anonymous, typed from paper) and answers of every kind,
     * including a hidden text, vision proposals for two fields and votes on them.
     */
    static Workshop live() {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(UUID.randomUUID(), ElementKind.WELCOME, "Welkom", 10, true),
                new AgendaElement(UUID.randomUUID(), ElementKind.FAN_MOMENT, "Fanmoment", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.SELF_IMAGE, "Zelfbeeld", 10, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.DREAM_SERVICE, "Droomservice", 40, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.SCORING, "Verwachting en beleving", 30, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.PLEDGE, "Eén fan per dag", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.CLOSING, "Afsluiting", 10, true));
        List<Touchpoint> touchpoints = List.of(
                new Touchpoint(UUID.randomUUID(), "Website", null),
                new Touchpoint(UUID.randomUUID(), "Eerste telefoontje", 1.5),
                new Touchpoint(UUID.randomUUID(), "Offerte", 0.25),
                new Touchpoint(UUID.randomUUID(), "Factuur", 12.0));
        List<Participant> participants = List.of(
                new Participant(UUID.randomUUID(), "Anna", JoinChannel.PHONE, moment(1)),
                new Participant(UUID.randomUUID(), "", JoinChannel.KIOSK, moment(2)),
                new Participant(UUID.randomUUID(), "Émile", JoinChannel.SCORE_GRID, moment(3)));

        int clock = 10;
        List<TouchpointScore> scores = new ArrayList<>();
        for (Participant participant : participants) {
            for (Touchpoint touchpoint : touchpoints) {
                for (ScoreDimension dimension : ScoreDimension.values()) {
                    int grade = 1 + (scores.size() * 7) % 10;
                    scores.add(new TouchpointScore(participant.id(), touchpoint.id(), dimension, Score.of(grade),
                            moment(clock++)));
                }
            }
        }

        UUID fanMoment = agenda.get(1).id();
        UUID dreamService = agenda.get(3).id();
        UUID pledge = agenda.get(5).id();
        List<TextAnswer> texts = new ArrayList<>();
        texts.add(text(participants.get(0), fanMoment, TextPurpose.FAN_MOMENT, null,
                "De bakker bracht de taart zelf langs,\nop zondag!", false, moment(clock++)));
        texts.add(text(participants.get(1), fanMoment, TextPurpose.FAN_MOMENT, null,
                "Iets ongepasts", true, moment(clock++)));
        texts.add(text(participants.get(0), dreamService, TextPurpose.VISION_PROPOSAL, VisionField.PROMISE,
                "Binnen een dag antwoord", false, moment(clock++)));
        texts.add(text(participants.get(2), dreamService, TextPurpose.VISION_PROPOSAL, VisionField.PROMISE,
                "We bellen terug wanneer het u past", false, moment(clock++)));
        texts.add(text(participants.get(2), dreamService, TextPurpose.VISION_PROPOSAL, VisionField.IDEAL_CUSTOMER,
                "Ondernemers die kwaliteit zoeken", false, moment(clock++)));
        texts.add(text(participants.get(1), pledge, TextPurpose.PLEDGE, null,
                "Elke dag één klant onverwacht bellen", false, moment(clock++)));

        List<DotVote> votes = List.of(
                new DotVote(participants.get(0).id(), texts.get(3).id(), moment(clock++)),
                new DotVote(participants.get(1).id(), texts.get(3).id(), moment(clock++)),
                new DotVote(participants.get(1).id(), texts.get(4).id(), moment(clock++)));

        List<ElementRating> ratings = new ArrayList<>();
        for (AgendaElement element : agenda) {
            ratings.add(new ElementRating(participants.get(0).id(), element.id(),
                    Score.of(5 + ratings.size() % 5), moment(clock++)));
        }

        List<SelfImageScore> selfImage = new ArrayList<>();
        for (Participant participant : participants) {
            selfImage.add(new SelfImageScore(participant.id(), SelfImageQuestion.OUR_VIEW, Score.of(8),
                    moment(clock++)));
            selfImage.add(new SelfImageScore(participant.id(), SelfImageQuestion.CUSTOMER_VIEW, Score.of(6),
                    moment(clock++)));
        }

        WorkshopDetails details = new WorkshopDetails("Royale organisatie, loyale klanten", "Bakkerij Één & Zonen",
                LocalDate.of(2026, 3, 12), "Anne de Vries", Language.NL);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.LIVE, "royaal-default", agenda, touchpoints,
                participants, new Answers(scores, texts, votes, ratings, selfImage), agenda.get(4).id(), START,
                moment(clock));
    }

    static Participant participant(String name, int joinedAtMoment) {
        return new Participant(UUID.randomUUID(), name, JoinChannel.PHONE, moment(joinedAtMoment));
    }

    private static TextAnswer text(Participant author, UUID elementId, TextPurpose purpose, VisionField field,
            String text, boolean hidden, Instant answeredAt) {
        return new TextAnswer(UUID.randomUUID(), author.id(), elementId, purpose, field, text, hidden, answeredAt);
    }
}
