package nl.royaal.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
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
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.TemplateReader;

/**
 * A room for screenshots: the default template for a bakery, twelve people who joined and answered
 * every round (stories, self-image, scores, pledges, grades for the day), reproducible. Writes a
 * .royaal file to open with {@code --open}: {@code DemoRoom /tmp/demo.royaal}.
 */
public final class DemoRoom {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final List<String> STORIES = List.of(
            "De taart stond klaar voordat de klant binnen was.",
            "Een klant kreeg haar vergeten pinpas thuisgebracht.",
            "We belden terug binnen vijf minuten, de klant was verrast.",
            "De bezorger hielp de bestelling naar boven te dragen.");
    private static final List<String> PLEDGES = List.of(
            "Ik bel elke nieuwe klant na een week terug.",
            "Ik schrijf een kaartje bij elke bestelling.",
            "Ik noem vaste klanten bij hun naam.",
            "Ik beantwoord elke klacht dezelfde dag.");

    private DemoRoom() {
    }

    public static Workshop workshop(int people, long seed) {
        Random random = new Random(seed);
        Workshop draft = TemplateReader.defaultTemplate().instantiate(Language.NL, LocalDate.of(2026, 11, 23), AT);
        List<Participant> participants = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            participants.add(new Participant(UUID.randomUUID(), "", JoinChannel.PHONE, AT));
        }
        List<TouchpointScore> scores = new ArrayList<>();
        List<TextAnswer> texts = new ArrayList<>();
        List<ElementRating> ratings = new ArrayList<>();
        List<SelfImageScore> selfImage = new ArrayList<>();
        UUID fanRound = elementOf(draft, ElementKind.FAN_MOMENT);
        UUID pledgeRound = elementOf(draft, ElementKind.PLEDGE);
        for (int p = 0; p < people; p++) {
            UUID who = participants.get(p).id();
            for (Touchpoint touchpoint : draft.touchpoints()) {
                scores.add(new TouchpointScore(who, touchpoint.id(), ScoreDimension.EXPECTATION, grade(random, 7), AT));
                scores.add(new TouchpointScore(who, touchpoint.id(), ScoreDimension.EXPERIENCE, grade(random, 6), AT));
            }
            selfImage.add(new SelfImageScore(who, SelfImageQuestion.OUR_VIEW, grade(random, 8), AT));
            selfImage.add(new SelfImageScore(who, SelfImageQuestion.CUSTOMER_VIEW, grade(random, 6), AT));
            if (p < STORIES.size()) {
                texts.add(new TextAnswer(UUID.randomUUID(), who, fanRound, TextPurpose.FAN_MOMENT, null,
                        STORIES.get(p), false, AT));
            }
            if (p % 3 != 2) {
                texts.add(new TextAnswer(UUID.randomUUID(), who, pledgeRound, TextPurpose.PLEDGE, null,
                        PLEDGES.get(p % PLEDGES.size()), false, AT));
            }
            int part = 0;
            for (AgendaElement element : draft.agenda()) {
                if (element.kind() != ElementKind.BREAK && element.kind() != ElementKind.CLOSING) {
                    ratings.add(new ElementRating(who, element.id(), grade(random, 6 + part % 4), AT));
                }
                part++;
            }
        }
        WorkshopDetails details = new WorkshopDetails(draft.title(), "Bakkerij De Korf", draft.details().date(),
                "Anne de Vries", Language.NL);
        return new Workshop(draft.id(), details, draft.status(), draft.templateKey(), draft.agenda(),
                draft.touchpoints(), participants, new Answers(scores, texts, List.of(), ratings, selfImage), null, AT,
                AT);
    }

    private static UUID elementOf(Workshop workshop, ElementKind kind) {
        return workshop.agenda().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow().id();
    }

    /** A grade around {@code around}, within 1-10. */
    private static Score grade(Random random, int around) {
        return Score.of(Math.clamp(around + random.nextInt(5) - 2, 1, 10));
    }

    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "demo.royaal");
        new RoyaalFile("demo").writeAtomically(workshop(12, 7), target);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
