package nl.royaal.ui.vision;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.TemplateReader;

/**
 * A bakery's dream-service round with proposals on every field and dots on them, for view-model
 * tests and for the screenshots: {@code main} writes it as a .royaal file to open with --open.
 */
public final class VisionWorkshops {

    static final Instant AT = Instant.parse("2026-11-23T09:30:00Z");

    private static final Map<VisionField, List<String>> PROPOSALS = Map.of(
            VisionField.IDEAL_CUSTOMER, List.of("Gezinnen uit de buurt die elke zaterdag komen",
                    "Ondernemers die voor hun team bestellen", "Iedereen die van echt brood houdt"),
            VisionField.EXPERIENCE_SENTENCE, List.of("Je wordt bij naam begroet en je brood ligt al klaar",
                    "Elke ochtend ruikt het hier naar vers brood", "Binnen twee minuten weer buiten, met een glimlach"),
            VisionField.ALL_IN_ON, List.of("Vakmanschap", "Persoonlijk contact", "Versheid", "De laagste prijs",
                    "Snelheid aan de balie"),
            VisionField.NOT_DOING, List.of("Geen bezorging buiten de stad", "Geen halfbakken diepvriesbrood"),
            VisionField.PROMISE, List.of("Vers, elke ochtend om zeven uur", "Wat op is, is op"));

    private VisionWorkshops() {
    }

    /** The default template in Dutch, live at the dream service, with eight participants' proposals and dots. */
    public static Workshop bakery() {
        Workshop base = TemplateReader.defaultTemplate().instantiate(Language.NL, LocalDate.of(2026, 11, 23), AT);
        Workshop workshop = base.withDetails(new WorkshopDetails(base.title(), "Bakkerij Dekker",
                LocalDate.of(2026, 11, 23), "Anne de Vries", Language.NL), AT);
        AgendaElement dream = workshop.agenda().stream().filter(e -> e.kind() == ElementKind.DREAM_SERVICE)
                .findFirst().orElseThrow();
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(new Participant(UUID.nameUUIDFromBytes(("p" + i).getBytes()), "", JoinChannel.PHONE,
                    AT.plusSeconds(i)));
        }
        List<TextAnswer> texts = new ArrayList<>();
        List<DotVote> votes = new ArrayList<>();
        int n = 0;
        for (VisionField field : VisionField.values()) {
            List<String> proposals = PROPOSALS.get(field);
            for (int i = 0; i < proposals.size(); i++) {
                Participant author = people.get(i); // one proposal per person and field
                TextAnswer text = new TextAnswer(UUID.nameUUIDFromBytes(("t" + field + i).getBytes()), author.id(),
                        dream.id(), TextPurpose.VISION_PROPOSAL, field, proposals.get(i), false, AT.plusSeconds(60 + n));
                texts.add(text);
                n++;
                // Earlier proposals get more dots: a clear ranking, with ties further down.
                for (int v = 0; v < Math.max(0, 6 - 2 * i); v++) {
                    votes.add(new DotVote(people.get(v).id(), text.id(), AT.plusSeconds(600 + n)));
                }
            }
        }
        Workshop live = new Workshop(workshop.id(), workshop.details(), nl.royaal.domain.WorkshopStatus.DRAFT,
                workshop.templateKey(), workshop.agenda(), workshop.touchpoints(), people,
                new Answers(List.of(), texts, votes, List.of(), List.of()), null, AT, AT);
        return live.withVision(VisionCanvas.EMPTY.withDotsPerPerson(5), AT);
    }

    /** The same, with a vision adopted: for the report and the "adopted" screenshot. */
    public static Workshop bakeryAdopted() {
        Workshop bakery = bakery();
        return bakery.withVision(bakery.vision()
                .adopt(VisionField.IDEAL_CUSTOMER, "Gezinnen uit de buurt die elke zaterdag komen")
                .adopt(VisionField.EXPERIENCE_SENTENCE, "Je wordt bij naam begroet en je brood ligt al klaar")
                .adopt(VisionField.ALL_IN_ON, "Vakmanschap")
                .adopt(VisionField.ALL_IN_ON, "Persoonlijk contact")
                .adopt(VisionField.ALL_IN_ON, "Versheid")
                .adopt(VisionField.NOT_DOING, "Geen halfbakken diepvriesbrood")
                .adopt(VisionField.PROMISE, "Vers, elke ochtend om zeven uur"), AT);
    }

    /**
     * The same round where the trainer allowed up to 3 dots on one proposal: some participants put
     * two or three on the proposal they like best (for the "stacked dots" screenshot).
     */
    public static Workshop bakeryStacked() {
        Workshop bakery = bakery();
        List<DotVote> votes = new ArrayList<>();
        for (int i = 0; i < bakery.answers().votes().size(); i++) {
            DotVote vote = bakery.answers().votes().get(i);
            votes.add(new DotVote(vote.participantId(), vote.proposalId(), vote.answeredAt(), 1 + i % 3));
        }
        Answers answers = bakery.answers();
        Workshop stacked = new Workshop(bakery.id(), bakery.details(), bakery.status(), bakery.templateKey(),
                bakery.agenda(), bakery.touchpoints(), bakery.participants(),
                new Answers(answers.scores(), answers.texts(), votes, answers.ratings(), answers.selfImage()), null,
                AT, AT);
        return stacked.withVision(bakery.vision().withMaxDotsPerProposal(3), AT);
    }

    /**
     * Writes the demo file: {@code args[0]} the path, {@code args[1]} "adopted" for the adopted vision
     * or "stacked" for more than one dot per proposal.
     */
    public static void main(String[] args) {
        String variant = args.length > 1 ? args[1] : "";
        Workshop workshop = switch (variant) {
            case "adopted" -> bakeryAdopted();
            case "stacked" -> bakeryStacked();
            default -> bakery();
        };
        new RoyaalFile("0.1.0").writeAtomically(workshop, Path.of(args[0]));
    }
}
