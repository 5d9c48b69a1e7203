package nl.royaal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Workshops for the report tests, from the hand-computed one to 300 participants × 12 touchpoints. */
public final class ReportWorkshops {

    /** Diacritics, quotes, commas, semicolons, emoji (also a joined family), right-to-left text. */
    public static final String TRICKY = "Zoë's \"café\"; naïef, 🎉👩‍👩‍👧 שלום مرحبا — € ñ";

    static final Instant AT = Instant.parse("2025-03-14T10:00:00Z");

    private ReportWorkshops() {
    }

    static UUID id(int n) {
        return new UUID(0, n);
    }

    /**
     * Three participants, two touchpoints; every figure of it is worked out by hand in
     * {@link KnownWorkshopReportTest}.
     *
     * <pre>
     *              Website (exp / expr)   Factuur (exp / expr)   self-image (ours / customers)
     *   Anna        7 / 8                  8 / 5                  8 / 6
     *   Bram        6 / 9                  7 / 6                  7 / 6
     *   Cees        8 / 9                  9 / 2                  9 / 5
     * </pre>
     *
     * Ratings of the agenda (Welkom is pinned): Welkom 6, 7, 8; Fanmoment 9, 9, 8; Scoren 5, 6, 7;
     * Afsluiting 7, 7, 7.
     */
    public static Workshop known(Language language) {
        UUID welcome = id(1);
        UUID fanRound = id(2);
        UUID scoring = id(3);
        UUID closing = id(4);
        UUID pledgeRound = id(5);
        UUID visionRound = id(6);
        UUID website = id(11);
        UUID invoice = id(12);
        UUID anna = id(21);
        UUID bram = id(22);
        UUID cees = id(23);
        List<TouchpointScore> scores = new ArrayList<>();
        int[][] grades = {{7, 8, 8, 5}, {6, 9, 7, 6}, {8, 9, 9, 2}};
        UUID[] people = {anna, bram, cees};
        for (int p = 0; p < 3; p++) {
            scores.add(score(people[p], website, ScoreDimension.EXPECTATION, grades[p][0]));
            scores.add(score(people[p], website, ScoreDimension.EXPERIENCE, grades[p][1]));
            scores.add(score(people[p], invoice, ScoreDimension.EXPECTATION, grades[p][2]));
            scores.add(score(people[p], invoice, ScoreDimension.EXPERIENCE, grades[p][3]));
        }
        // Bram first gave the invoice a 3 and changed it to 6: only the later answer counts.
        scores.addFirst(new TouchpointScore(bram, invoice, ScoreDimension.EXPERIENCE, Score.of(3), AT.minusSeconds(60)));
        List<TextAnswer> texts = List.of(
                text(31, anna, fanRound, TextPurpose.FAN_MOMENT, null, "De taart stond klaar voordat de klant binnen was.",
                        false),
                text(32, bram, fanRound, TextPurpose.FAN_MOMENT, null, "Een klant kreeg z'n fiets gerepareerd, gratis.",
                        false),
                text(33, cees, fanRound, TextPurpose.FAN_MOMENT, null, "Dit verhaal is verborgen door de trainer.", true),
                text(34, anna, visionRound, TextPurpose.VISION_PROPOSAL, VisionField.PROMISE, "Vers, elke ochtend.",
                        false),
                text(35, bram, visionRound, TextPurpose.VISION_PROPOSAL, VisionField.PROMISE,
                        "Altijd binnen een dag antwoord.", false),
                text(36, anna, pledgeRound, TextPurpose.PLEDGE, null, "Ik bel elke nieuwe klant na een week terug.", false),
                text(37, cees, pledgeRound, TextPurpose.PLEDGE, null, "Ik schrijf een kaartje bij elke bestelling.", false));
        List<DotVote> votes = List.of(
                new DotVote(anna, id(35), AT), new DotVote(bram, id(35), AT), new DotVote(cees, id(34), AT));
        List<ElementRating> ratings = new ArrayList<>();
        int[][] rated = {{6, 9, 5, 7}, {7, 9, 6, 7}, {8, 8, 7, 7}};
        UUID[] elements = {welcome, fanRound, scoring, closing};
        for (int p = 0; p < 3; p++) {
            for (int e = 0; e < 4; e++) {
                ratings.add(new ElementRating(people[p], elements[e], Score.of(rated[p][e]), AT));
            }
        }
        List<SelfImageScore> selfImage = List.of(
                self(anna, SelfImageQuestion.OUR_VIEW, 8), self(anna, SelfImageQuestion.CUSTOMER_VIEW, 6),
                self(bram, SelfImageQuestion.OUR_VIEW, 7), self(bram, SelfImageQuestion.CUSTOMER_VIEW, 6),
                self(cees, SelfImageQuestion.OUR_VIEW, 9), self(cees, SelfImageQuestion.CUSTOMER_VIEW, 5));
        boolean dutch = language == Language.NL;
        return new Workshop(id(100),
                new WorkshopDetails(dutch ? "Royale organisatie, loyale klanten" : "Royal organisation, loyal customers",
                        "Bakkerij Dekker", LocalDate.of(2025, 3, 14), "Anne de Vries", language),
                WorkshopStatus.CLOSED, "royale-organisatie-loyale-klanten",
                List.of(new AgendaElement(welcome, ElementKind.WELCOME, dutch ? "Welkom" : "Welcome", 10, true),
                        new AgendaElement(fanRound, ElementKind.FAN_MOMENT, dutch ? "Fanmoment" : "Fan moment", 15, false),
                        new AgendaElement(visionRound, ElementKind.DREAM_SERVICE, dutch ? "Droomservice" : "Dream service",
                                30, false),
                        new AgendaElement(scoring, ElementKind.SCORING, dutch ? "Scoren" : "Scoring", 30, false),
                        new AgendaElement(pledgeRound, ElementKind.PLEDGE, dutch ? "Eén fan per dag" : "One fan a day",
                                15, false),
                        new AgendaElement(closing, ElementKind.CLOSING, dutch ? "Afsluiting" : "Closing", 10, false)),
                List.of(new Touchpoint(website, "Website", 4.0), new Touchpoint(invoice, dutch ? "Factuur" : "Invoice", 12.0)),
                List.of(new Participant(anna, "Anna", JoinChannel.PHONE, AT), new Participant(bram, "", JoinChannel.PHONE, AT),
                        new Participant(cees, "Cees", JoinChannel.SCORE_GRID, AT)),
                new Answers(scores, texts, votes, ratings, selfImage), null, AT, AT);
    }

    /** A workshop as it is prepared: agenda and journey, nobody joined, nothing answered. */
    public static Workshop empty(Language language) {
        Workshop known = known(language);
        return new Workshop(id(101), known.details(), WorkshopStatus.DRAFT, known.templateKey(), known.agenda(),
                known.touchpoints(), List.of(), Answers.NONE, null, AT, AT);
    }

    /** No agenda, no journey, nobody: the least a workshop can be. */
    public static Workshop bare(Language language) {
        return new Workshop(id(102), new WorkshopDetails("Leeg", "", LocalDate.of(2025, 1, 2), "", language),
                WorkshopStatus.DRAFT, "", List.of(), List.of(), List.of(), Answers.NONE, null, AT, AT);
    }

    /** One participant who answered everything once: means without spreads. */
    public static Workshop single(Language language) {
        Workshop known = known(language);
        UUID anna = id(21);
        Answers all = known.answers();
        Answers hers = new Answers(
                all.scores().stream().filter(s -> s.participantId().equals(anna)).toList(),
                all.texts().stream().filter(t -> t.participantId().equals(anna)).toList(),
                List.of(new DotVote(anna, id(34), AT)),
                all.ratings().stream().filter(r -> r.participantId().equals(anna)).toList(),
                all.selfImage().stream().filter(s -> s.participantId().equals(anna)).toList());
        return new Workshop(id(103), known.details(), known.status(), known.templateKey(), known.agenda(),
                known.touchpoints(), List.of(known.participants().getFirst()), hers, null, AT, AT);
    }

    /**
     * A keynote: {@code people} participants grading {@code touchpointCount} touchpoints, each
     * with a fan moment and a pledge, self-image and ratings, reproducible from {@code seed}.
     */
    public static Workshop large(int people, int touchpointCount, long seed) {
        Random random = new Random(seed);
        List<AgendaElement> agenda = List.of(
                new AgendaElement(id(1), ElementKind.WELCOME, "Welkom en aanmelden", 10, true),
                new AgendaElement(id(2), ElementKind.FAN_MOMENT, "Fanmoment", 15, false),
                new AgendaElement(id(3), ElementKind.SELF_IMAGE, "Zelfbeeld-check", 10, false),
                new AgendaElement(id(4), ElementKind.DREAM_SERVICE, "Droomservice", 35, false),
                new AgendaElement(id(5), ElementKind.SCORING, "Verwachting versus beleving", 30, false),
                new AgendaElement(id(6), ElementKind.PEAK_END, "Piek-eind-volgorde", 20, false),
                new AgendaElement(id(7), ElementKind.PLEDGE, "Eén fan per dag", 15, false),
                new AgendaElement(id(8), ElementKind.CLOSING, "Afsluiten op een piek", 10, true));
        String[] names = {"Website", "Eerste telefoontje", "Offerte", "Orderbevestiging", "Levering", "Installatie",
            "Factuur", "Klantenservice", "Klacht", "Nazorg", "Verlenging", "Afscheid", "Nieuwsbrief", "Evenement"};
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int t = 0; t < touchpointCount; t++) {
            String name = t < names.length ? names[t] : "Contactmoment " + (t + 1);
            touchpoints.add(new Touchpoint(id(1000 + t), name, t % 3 == 0 ? null : 1.0 + t));
        }
        List<Participant> participants = new ArrayList<>();
        List<TouchpointScore> scores = new ArrayList<>();
        List<TextAnswer> texts = new ArrayList<>();
        List<DotVote> votes = new ArrayList<>();
        List<ElementRating> ratings = new ArrayList<>();
        List<SelfImageScore> selfImage = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            UUID person = id(100_000 + p);
            participants.add(new Participant(person, p % 4 == 0 ? "Deelnemer " + (p + 1) : "", JoinChannel.PHONE, AT));
            for (int t = 0; t < touchpointCount; t++) {
                int expectation = clamp(7 + (t % 3) - 1 + (int) Math.round(random.nextGaussian()));
                int experience = clamp(expectation + (t % 5) - 2 + (int) Math.round(random.nextGaussian() * 1.5));
                scores.add(score(person, touchpoints.get(t).id(), ScoreDimension.EXPECTATION, expectation));
                scores.add(score(person, touchpoints.get(t).id(), ScoreDimension.EXPERIENCE, experience));
            }
            texts.add(new TextAnswer(id(200_000 + p), person, id(2), TextPurpose.FAN_MOMENT, null,
                    "Fanmoment " + (p + 1) + ": een klant kreeg meer dan verwacht, en vertelde het door aan "
                            + (1 + random.nextInt(9)) + " anderen. " + "Dat begon met één klein gebaar. ".repeat(
                                    1 + random.nextInt(4)), false, AT));
            texts.add(new TextAnswer(id(300_000 + p), person, id(7), TextPurpose.PLEDGE, null,
                    "Voornemen " + (p + 1) + ": ik doe elke dag één ding dat de klant niet verwacht.", false, AT));
            if (p < 20) {
                texts.add(new TextAnswer(id(400_000 + p), person, id(4), TextPurpose.VISION_PROPOSAL,
                        VisionField.values()[p % VisionField.values().length], "Voorstel " + (p + 1), false, AT));
            }
            votes.add(new DotVote(person, id(400_000 + random.nextInt(Math.min(20, people))), AT));
            for (AgendaElement element : agenda) {
                ratings.add(new ElementRating(person, element.id(), Score.of(clamp(5 + random.nextInt(5))), AT));
            }
            selfImage.add(self(person, SelfImageQuestion.OUR_VIEW, clamp(7 + random.nextInt(3))));
            selfImage.add(self(person, SelfImageQuestion.CUSTOMER_VIEW, clamp(5 + random.nextInt(3))));
        }
        return new Workshop(id(104), new WorkshopDetails("Keynote Royale organisatie", "Gemeente Voorbeeld",
                LocalDate.of(2025, 6, 1), "Anne de Vries", Language.NL), WorkshopStatus.CLOSED, "", agenda, touchpoints,
                participants, new Answers(scores, texts, votes, ratings, selfImage), null, AT, AT);
    }

    private static int clamp(int grade) {
        return Math.clamp(grade, 1, 10);
    }

    static TouchpointScore score(UUID participant, UUID touchpoint, ScoreDimension dimension, int grade) {
        return new TouchpointScore(participant, touchpoint, dimension, Score.of(grade), AT);
    }

    private static SelfImageScore self(UUID participant, SelfImageQuestion question, int grade) {
        return new SelfImageScore(participant, question, Score.of(grade), AT);
    }

    private static TextAnswer text(int n, UUID participant, UUID element, TextPurpose purpose, VisionField field,
            String text, boolean hidden) {
        return new TextAnswer(id(n), participant, element, purpose, field, text, hidden, AT);
    }
}
