package nl.royaal.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.ui.shell.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda loop (PRODUCT.md §3 step 10), against a real database: participants of earlier
 * workshops rate each agenda element at the close; the next workshop from the same template is
 * offered the order that ends on the best part, and applying it reorders the stored agenda.
 */
class AgendaLoopTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path data;

    private Database database;
    private WorkshopService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        database = Database.open(data);
        service = new WorkshopService(database.workshops(), database.appState(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void gradesOfTwoEarlierWorkshopsOfferABetterOrderThatIsStoredWhenAppliedWithWelcomeAndClosingInPlace() {
        rate(template("royaal"), Map.of("Welkom", 7, "Fanmoment", 9, "Zelfbeeld-check", 5, "Droomservice", 7));
        rate(template("royaal"), Map.of("Welkom", 7, "Fanmoment", 8, "Zelfbeeld-check", 6, "Droomservice", 8));
        rate(template("een-ander-sjabloon"), Map.of("Zelfbeeld-check", 10, "Fanmoment", 1));

        Workshop next = service.createFromTemplate(template("royaal"), Language.NL);
        PreparationViewModel preparation = preparation(next);

        assertTrue(preparation.suggestionShownProperty().get());
        assertEquals("Welkom  \u2192  Zelfbeeld-check  \u2192  Droomservice  \u2192  Fanmoment  \u2192  Afsluiten",
                preparation.suggestionOrderProperty().get());
        assertEquals(String.join("\n",
                        "\u201eZelfbeeld-check\u201d (5,5) gaat naar voren, naar plek 2: wat minder goed is, is dan eerder voorbij.",
                        "\u201eDroomservice\u201d (7,5) gaat naar voren, naar plek 3: wat minder goed is, is dan eerder voorbij.",
                        "\u201eFanmoment\u201d komt aan het eind: het hoogste cijfer (8,5) blijft het langst hangen.",
                        "Zonder cijfers van vorige keren, dus op hun plek: Afsluiten."),
                preparation.suggestionReasonsProperty().get());
        assertEquals("Op basis van 8 cijfers uit 2 eerdere workshops.", preparation.suggestionBasisProperty().get());

        preparation.applyAgendaSuggestion();

        List<String> stored = titles(database.workshops().find(next.id()).orElseThrow());
        assertEquals(List.of("Welkom", "Zelfbeeld-check", "Droomservice", "Fanmoment", "Afsluiten"), stored);
        assertEquals(stored, preparation.agenda().items().stream().map(AgendaElement::title).toList());
        assertFalse(preparation.suggestionShownProperty().get(), "the agenda is in the suggested order now");
        assertEquals(List.of("De agenda staat nu in de voorgestelde volgorde."), dialogs.notifications);
        assertFalse(preparation(database.workshops().find(next.id()).orElseThrow()).suggestionShownProperty().get());
    }

    @Test
    void anIgnoredSuggestionIsNotOfferedAgainForThatWorkshop() {
        rate(template("royaal"), Map.of("Fanmoment", 9, "Zelfbeeld-check", 5));
        Workshop next = service.createFromTemplate(template("royaal"), Language.NL);
        PreparationViewModel preparation = preparation(next);
        assertTrue(preparation.suggestionShownProperty().get());

        preparation.ignoreAgendaSuggestion();

        assertFalse(preparation.suggestionShownProperty().get());
        assertFalse(preparation(next).suggestionShownProperty().get());
        assertEquals(titles(next), titles(database.workshops().find(next.id()).orElseThrow()), "nothing moved");
        assertTrue(preparation(service.createFromTemplate(template("royaal"), Language.NL))
                .suggestionShownProperty().get(), "a new workshop gets its own offer");
    }

    @Test
    void withoutEarlierGradesOrOnceTheRoomHasJoinedNothingIsOffered() {
        Workshop first = service.createFromTemplate(template("royaal"), Language.NL);
        assertFalse(preparation(first).suggestionShownProperty().get(), "no earlier workshops");

        rate(template("royaal"), Map.of("Fanmoment", 9, "Zelfbeeld-check", 5));
        assertTrue(preparation(first).suggestionShownProperty().get());
        Participant joined = new Participant(UUID.randomUUID(), "Anna", JoinChannel.PHONE, NOW);
        database.workshops().addParticipant(first.id(), joined);
        assertFalse(preparation(database.workshops().find(first.id()).orElseThrow()).suggestionShownProperty().get(),
                "people are in the room: the agenda is not shuffled under them");
    }

    /** A workshop from {@code template} in which one participant gave these grades at the close. */
    private void rate(WorkshopTemplate template, Map<String, Integer> grades) {
        Workshop earlier = service.createFromTemplate(template, Language.NL);
        Participant participant = new Participant(UUID.randomUUID(), "Deelnemer", JoinChannel.PHONE, NOW);
        database.workshops().addParticipant(earlier.id(), participant);
        for (AgendaElement element : earlier.agenda()) {
            Integer grade = grades.get(element.title());
            if (grade != null) {
                database.answers().saveRating(earlier.id(),
                        new ElementRating(participant.id(), element.id(), Score.of(grade), NOW));
            }
        }
    }

    private PreparationViewModel preparation(Workshop workshop) {
        return new PreparationViewModel(workshop, service, dialogs, new Navigator() {
            @Override
            public void showWorkshopList() {
            }

            @Override
            public void showPreparation(Workshop shown) {
            }

            @Override
            public void showRun(Workshop shown) {
            }

            @Override
            public void showSettings() {
            }
        }, I18n.of(Language.NL));
    }

    private static List<String> titles(Workshop workshop) {
        return workshop.agenda().stream().map(AgendaElement::title).toList();
    }

    private static WorkshopTemplate template(String key) {
        return new WorkshopTemplate(key,
                Map.of(Language.NL, "Royale organisatie, loyale klanten", Language.EN, "Royal organisation, loyal customers"),
                List.of(
                        element(ElementKind.WELCOME, "Welkom", "Welcome", true),
                        element(ElementKind.FAN_MOMENT, "Fanmoment", "Fan moment", false),
                        element(ElementKind.SELF_IMAGE, "Zelfbeeld-check", "Self-image check", false),
                        element(ElementKind.DREAM_SERVICE, "Droomservice", "Dream service", false),
                        element(ElementKind.CLOSING, "Afsluiten", "Closing", true)),
                List.of());
    }

    private static WorkshopTemplate.Element element(ElementKind kind, String dutch, String english, boolean pinned) {
        return new WorkshopTemplate.Element(kind, Map.of(Language.NL, dutch, Language.EN, english), 15, pinned);
    }
}
