package nl.royaal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.persistence.file.RoyaalFile;

/**
 * A realistic workshop (a regional installer, 14 participants, 7 touchpoints) and a main that
 * writes it as a .royaal file and its report in every format to {@code target/sample-report/}, to look at the PDF with
 * pdftoppm. The pictures in docs/screenshots/report-*.png come from it.
 */
public final class SampleReport {

    private SampleReport() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-report");
        Files.createDirectories(folder);
        for (Language language : Language.values()) {
            Workshop workshop = workshop(language);
            Path royaal = folder.resolve("sample-" + language.code() + ".royaal");
            new RoyaalFile("sample").writeAtomically(workshop, royaal);
            System.out.println(royaal);
            ReportModel model = ReportModel.of(workshop);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = folder.resolve("sample-" + language.code() + "." + format.extension());
                try (OutputStream out = Files.newOutputStream(file)) {
                    ReportWriter.forFormat(format).write(model, out, share -> { });
                }
                System.out.println(file);
            }
        }
    }

    public static Workshop workshop(Language language) {
        boolean nl = language == Language.NL;
        Random random = new Random(14);
        List<AgendaElement> agenda = List.of(
                element(1, ElementKind.WELCOME, nl ? "Welkom en aanmelden" : "Welcome and join", true),
                element(2, ElementKind.FAN_MOMENT, nl ? "Fanmoment" : "Fan moment", false),
                element(3, ElementKind.SELF_IMAGE, nl ? "Zelfbeeld-check" : "Self-image check", false),
                element(4, ElementKind.DREAM_SERVICE, nl ? "Droomservice: onze visie" : "Dream service: our vision", false),
                element(5, ElementKind.SCORING, nl ? "Verwachting versus beleving" : "Expectation versus experience", false),
                element(6, ElementKind.PEAK_END, nl ? "Piek-eind-volgorde" : "Peak-end order", false),
                element(7, ElementKind.BREAK, nl ? "Pauze" : "Break", false),
                element(8, ElementKind.PLEDGE, nl ? "Eén fan per dag" : "One fan a day", false),
                element(9, ElementKind.CLOSING, nl ? "Afsluiten op een piek" : "Closing on a peak", true));
        String[][] journey = {
            {"Website en offerte-aanvraag", "Website and quote request"},
            {"Eerste telefoontje", "First call"},
            {"Adviesgesprek bij de klant thuis", "Advice visit at the customer’s home"},
            {"Offerte", "Quote"},
            {"Installatie", "Installation"},
            {"Factuur", "Invoice"},
            {"Storing en service", "Breakdown and service"}};
        double[][] profile = {{7.0, 6.9}, {7.5, 8.3}, {7.6, 8.9}, {7.8, 6.4}, {8.2, 8.6}, {7.0, 5.3}, {8.4, 7.1}};
        List<Touchpoint> touchpoints = new ArrayList<>();
        Double[] contacts = {2.0, 1.0, 0.5, 0.5, 0.2, 1.0, 0.3};
        for (int t = 0; t < journey.length; t++) {
            touchpoints.add(new Touchpoint(id(10 + t), journey[t][nl ? 0 : 1], contacts[t]));
        }
        String[] names = {"Sanne", "", "Joël", "Fatima", "", "Pieter", "Zoë", "", "Marloes", "Kees", "", "Noor", "Ruud", ""};
        List<Participant> participants = new ArrayList<>();
        List<TouchpointScore> scores = new ArrayList<>();
        List<ElementRating> ratings = new ArrayList<>();
        List<SelfImageScore> selfImage = new ArrayList<>();
        double[] agendaProfile = {6.6, 8.4, 7.4, 7.9, 7.2, 8.1, 0, 8.8, 7.6};
        for (int p = 0; p < names.length; p++) {
            UUID person = id(100 + p);
            participants.add(new Participant(person, names[p], JoinChannel.PHONE, ReportWorkshops.AT));
            for (int t = 0; t < journey.length; t++) {
                double spread = t == 6 ? 2.6 : 0.9;
                scores.add(new TouchpointScore(person, touchpoints.get(t).id(), ScoreDimension.EXPECTATION,
                        grade(profile[t][0] + random.nextGaussian() * 0.8), ReportWorkshops.AT));
                scores.add(new TouchpointScore(person, touchpoints.get(t).id(), ScoreDimension.EXPERIENCE,
                        grade(profile[t][1] + random.nextGaussian() * spread), ReportWorkshops.AT));
            }
            for (int e = 0; e < agenda.size(); e++) {
                if (agendaProfile[e] > 0 && (p % 7 != 3 || e < 5)) {
                    ratings.add(new ElementRating(person, agenda.get(e).id(),
                            grade(agendaProfile[e] + random.nextGaussian() * 0.7), ReportWorkshops.AT));
                }
            }
            if (p != 4) {
                selfImage.add(new SelfImageScore(person, SelfImageQuestion.OUR_VIEW,
                        grade(8.1 + random.nextGaussian() * 0.6), ReportWorkshops.AT));
                selfImage.add(new SelfImageScore(person, SelfImageQuestion.CUSTOMER_VIEW,
                        grade(6.6 + random.nextGaussian() * 0.8), ReportWorkshops.AT));
            }
        }
        List<TextAnswer> texts = new ArrayList<>();
        String[][] moments = {
            {"Een klant belde op zaterdag met een kapotte cv-ketel. Kees ging zelf langs en bracht ook nog een elektrisch kacheltje mee voor de kinderkamer.",
                "A customer called on Saturday with a broken boiler. Kees went himself and brought a small electric heater for the children’s room."},
            {"Mevrouw Jansen kreeg na de installatie een bos bloemen: haar man was die week jarig. Ze heeft ons bij drie buren aangeraden.",
                "Mrs Jansen got flowers after the installation: it was her husband’s birthday that week. She recommended us to three neighbours."},
            {"De monteur legde uit hoe de thermostaat werkt en schreef het op een kaartje naast de ketel. \u201cEindelijk snap ik het.\u201d",
                "The engineer explained the thermostat and wrote it down on a card next to the boiler. \u201cFinally I understand it.\u201d"},
            {"We belden een klant een jaar na de installatie om te vragen of alles nog goed werkt. Hij was stomverbaasd 😄",
                "We called a customer a year after the installation to ask whether everything still works. He was amazed 😄"},
            {"Offerte op dezelfde dag, inclusief foto’s van de situatie: de klant tekende meteen.",
                "Quote on the same day, with photos of the situation: the customer signed at once."}};
        for (int m = 0; m < moments.length; m++) {
            texts.add(new TextAnswer(id(300 + m), id(100 + m * 2), id(2), TextPurpose.FAN_MOMENT, null,
                    moments[m][nl ? 0 : 1], false, ReportWorkshops.AT));
        }
        texts.add(new TextAnswer(id(306), id(101), id(2), TextPurpose.FAN_MOMENT, null, "test test", true,
                ReportWorkshops.AT));
        Object[][] proposals = {
            {VisionField.IDEAL_CUSTOMER, "Huiseigenaren in de regio die zekerheid willen, geen laagste prijs.",
                "Home owners in the region who want certainty, not the lowest price."},
            {VisionField.EXPERIENCE_SENTENCE, "U merkt nooit dat de verwarming stuk was.",
                "You never notice that the heating was broken."},
            {VisionField.EXPERIENCE_SENTENCE, "Eén vast gezicht van offerte tot onderhoud.",
                "One familiar face from quote to maintenance."},
            {VisionField.ALL_IN_ON, "Storingen binnen vier uur opgelost.", "Breakdowns solved within four hours."},
            {VisionField.NOT_DOING, "Geen goedkoopste offertes, geen callcenter.", "No cheapest quotes, no call centre."},
            {VisionField.PROMISE, "Binnen 24 uur iemand aan de deur.", "Someone at the door within 24 hours."}};
        for (int v = 0; v < proposals.length; v++) {
            texts.add(new TextAnswer(id(400 + v), id(100 + v), id(4), TextPurpose.VISION_PROPOSAL,
                    (VisionField) proposals[v][0], (String) proposals[v][nl ? 1 : 2], false, ReportWorkshops.AT));
        }
        List<DotVote> votes = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            votes.add(new DotVote(id(100 + p), id(400 + (p * 5) % proposals.length), ReportWorkshops.AT));
        }
        String[][] pledges = {
            {"Ik bel elke klant een week na de installatie even na.", "I call every customer a week after the installation."},
            {"Bij elke factuur schrijf ik een persoonlijke regel.", "I write a personal line on every invoice."},
            {"Ik laat de werkplek schoner achter dan ik hem aantrof.", "I leave the work place cleaner than I found it."},
            {"Ik noem klanten bij hun naam, ook aan de telefoon.", "I call customers by their name, also on the phone."},
            {"Bij een storing bel ik terug binnen een kwartier, ook als ik nog geen oplossing heb.",
                "With a breakdown I call back within fifteen minutes, even without a solution yet."}};
        for (int g = 0; g < pledges.length; g++) {
            texts.add(new TextAnswer(id(500 + g), id(105 + g), id(8), TextPurpose.PLEDGE, null, pledges[g][nl ? 0 : 1],
                    false, ReportWorkshops.AT));
        }
        return new Workshop(id(900),
                new WorkshopDetails(nl ? "Royale organisatie, loyale klanten" : "Royal organisation, loyal customers",
                        "Installatiebedrijf Van der Meer & Zonen", LocalDate.of(2025, 11, 20), "Anne de Vries", language),
                WorkshopStatus.CLOSED, "royale-organisatie-loyale-klanten", agenda, touchpoints, participants,
                new Answers(scores, texts, votes, ratings, selfImage), null, ReportWorkshops.AT, ReportWorkshops.AT,
                VisionCanvas.EMPTY,
                // The installer's own figures: 9,000 visits and calls a year for 24,000 customers, 14 letters each.
                WorkshopSettings.DEFAULT.withRealityCheck(
                        new RealityCheckFigures(RealityCheckFigures.Source.TOTALS, 9_000.0, 24_000L, 14.0)));
    }

    private static AgendaElement element(int n, ElementKind kind, String title, boolean pinned) {
        return new AgendaElement(id(n), kind, title, 15, pinned);
    }

    private static Score grade(double value) {
        return Score.of((int) Math.clamp(Math.round(value), 1, 10));
    }

    private static UUID id(int n) {
        return new UUID(1, n);
    }
}
