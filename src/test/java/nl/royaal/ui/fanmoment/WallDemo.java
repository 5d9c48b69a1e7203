package nl.royaal.ui.fanmoment;

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
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.file.RoyaalFile;

/**
 * Workshops with many fan moments and pledges, for looking at the wall in the real app:
 * {@code WallDemo.write(people, longTexts, target)} or run main with {@code people long|short target.royaal}.
 * Some stories are Hebrew, Arabic or only emoji, as a real room may send them.
 */
public final class WallDemo {

    static final Instant START = Instant.parse("2026-03-12T09:00:00Z");

    private static final String[] WHO = {"De monteur", "Onze collega van de klantenservice", "Een chauffeur",
        "Sanne van de balie", "De bezorger", "Het hele team van de winkel", "Onze planner", "De receptionist"};
    private static final String[] WHAT = {"kwam op zondag terug om de verwarming alsnog te maken",
        "belde een klant terug die al drie keer had gebeld, en bleef aan de lijn tot alles geregeld was",
        "bracht een vergeten tas persoonlijk naar het huis van de klant",
        "schreef een kaartje bij de levering voor een jarige klant",
        "legde uit hoe de factuur was opgebouwd, zonder dat de klant erom vroeg",
        "zette de koffie klaar voor de klant die elke week om negen uur komt",
        "regelde binnen een uur een vervangend apparaat", "onthield de naam van de hond van een vaste klant"};
    private static final String[] RESULT = {"De klant vertelde het de volgende dag aan de hele straat.",
        "Ze stuurde een bedankmail naar de directeur.", "Hij heeft ons aanbevolen bij drie buren.",
        "Ze zei: zo'n bedrijf heb ik nog nooit meegemaakt.", "Het stond op Facebook met een foto van het team.",
        "De klant heeft het contract meteen met twee jaar verlengd."};
    private static final String[] PLEDGES = {"Ik bel elke nieuwe klant na een week even op om te vragen hoe het gaat.",
        "Ik noem elke klant aan de balie bij de naam.", "Ik schrijf bij elke bestelling een persoonlijk kaartje.",
        "Ik beantwoord elke mail dezelfde dag, ook als het antwoord nog niet compleet is.",
        "Ik loop met de klant mee naar het schap in plaats van te wijzen.",
        "Ik vraag aan het eind van elk gesprek: kan ik nog iets anders voor u doen?"};
    static final String HEBREW = "\u05d4\u05e9\u05d5\u05dc\u05d7 \u05d7\u05d6\u05e8 \u05d1\u05d9\u05d5\u05dd "
            + "\u05e8\u05d0\u05e9\u05d5\u05df \u05db\u05d3\u05d9 \u05dc\u05ea\u05e7\u05df \u05d0\u05ea "
            + "\u05d4\u05d3\u05d5\u05d3, \u05d5\u05d4\u05dc\u05e7\u05d5\u05d7\u05d4 \u05e1\u05d9\u05e4\u05e8\u05d4 "
            + "\u05dc\u05db\u05dc \u05d4\u05e9\u05db\u05e0\u05d9\u05dd.";
    static final String ARABIC = "\u0627\u062a\u0635\u0644 \u0627\u0644\u0641\u0646\u064a \u0628\u0627\u0644\u0639\u0645\u064a\u0644 "
            + "\u0645\u0631\u0629 \u0623\u062e\u0631\u0649 \u0644\u064a\u062a\u0623\u0643\u062f \u0623\u0646 \u0643\u0644 "
            + "\u0634\u064a\u0621 \u064a\u0639\u0645\u0644 \u062c\u064a\u062f\u064b\u0627.";
    static final String EMOJI = "\ud83c\udf82\ud83c\udf89\ud83d\udc90\ud83d\udc4f";

    private WallDemo() {
    }

    public static void main(String[] args) {
        write(Integer.parseInt(args[0]), "long".equals(args[1]), Path.of(args[2]));
    }

    /** A workshop of {@code people} participants, each with a fan moment and a pledge, written to {@code target}. */
    public static void write(int people, boolean longTexts, Path target) {
        new RoyaalFile("demo").writeAtomically(workshop(people, longTexts), target);
    }

    public static Workshop workshop(int people, boolean longTexts) {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(UUID.randomUUID(), ElementKind.WELCOME, "Welkom", 10, true),
                new AgendaElement(UUID.randomUUID(), ElementKind.FAN_MOMENT, "Fanmoment", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.PLEDGE, "E\u00e9n fan per dag", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.CLOSING, "Afsluiting", 10, true));
        Random random = new Random(7);
        List<Participant> participants = new ArrayList<>();
        List<TextAnswer> texts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Instant at = START.plusSeconds(60L * i);
            Participant someone = new Participant(UUID.randomUUID(), "", JoinChannel.PHONE, at);
            participants.add(someone);
            String story = switch (i % 20) {
                case 5 -> HEBREW;
                case 11 -> ARABIC;
                case 17 -> EMOJI;
                default -> WHO[random.nextInt(WHO.length)] + " " + WHAT[random.nextInt(WHAT.length)] + "."
                        + (longTexts ? " " + RESULT[random.nextInt(RESULT.length)] + " "
                                + RESULT[random.nextInt(RESULT.length)] + " Zulke momenten maken van klanten fans, "
                                + "en daarom vertellen we ze aan het begin van elk overleg aan elkaar door." : "");
            };
            texts.add(new TextAnswer(UUID.randomUUID(), someone.id(), agenda.get(1).id(), TextPurpose.FAN_MOMENT, null,
                    story, false, at.plusSeconds(5)));
            texts.add(new TextAnswer(UUID.randomUUID(), someone.id(), agenda.get(2).id(), TextPurpose.PLEDGE, null,
                    PLEDGES[random.nextInt(PLEDGES.length)], false, at.plusSeconds(30)));
        }
        WorkshopDetails details = new WorkshopDetails("Royale organisatie, loyale klanten", "Bakkerij De Korf",
                LocalDate.of(2026, 3, 12), "Anne de Vries", Language.NL);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.DRAFT, "royaal-default", agenda, List.of(),
                participants, new Answers(List.of(), texts, List.of(), List.of(), List.of()), null, START, START);
    }
}
