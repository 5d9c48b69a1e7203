package nl.royaal.service.live;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.h2.Database;
import nl.royaal.testing.phones.FakeLiveState;
import nl.royaal.testing.phones.LiveWorkshops;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fan wall and the pledges against a real H2 database: what a phone may write, what the
 * facilitator types in for someone without a phone, and hiding that keeps the text.
 */
class WallTextsTest {

    private static final String HEBREW = "\u05d4\u05dc\u05e7\u05d5\u05d7 \u05e7\u05d9\u05d1\u05dc \u05e4\u05e8\u05d7\u05d9\u05dd";
    private static final String ARABIC = "\u062d\u0635\u0644 \u0627\u0644\u0639\u0645\u064a\u0644 \u0639\u0644\u0649 \u0632\u0647\u0648\u0631";
    private static final String EMOJI = "\ud83c\udf89\ud83d\udc4f\ud83d\udc51";

    @TempDir
    static Path temp;

    private static Database database;

    private Workshop workshop;
    private FakeLiveState live;
    private ParticipantService service;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(temp.resolve("data"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void liveWorkshop() {
        workshop = LiveWorkshops.workshop();
        database.workshops().insert(workshop);
        live = new FakeLiveState(workshop);
        service = new ParticipantService(database.phones(), database.answers(), live, Clock.systemUTC());
    }

    @AfterEach
    void closeService() {
        service.close();
    }

    @ParameterizedTest
    @EnumSource(value = ElementKind.class, names = {"FAN_MOMENT", "PLEDGE"})
    void emojiOnlyAndRightToLeftTextsAreStoredExactlyAsWritten(ElementKind kind) {
        live.at(kind, RoundStatus.OPEN);
        List<String> texts = List.of(EMOJI, HEBREW, ARABIC);
        for (String text : texts) {
            UUID someone = service.addKioskParticipant(workshop.id()).id();
            assertEquals(text, service.submitText(someone, live.elementId(), text).text());
        }

        assertEquals(texts, stored().stream().map(TextAnswer::text).toList());
        assertTrue(stored().stream().allMatch(t -> t.purpose() == TextPurpose.valueOf(kind.name())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " \t\n \u00a0\u202f ", "\u0007"})
    void emptyAndWhitespaceOnlyTextsAreRefusedAndNothingIsStored(String text) {
        live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        UUID someone = service.addKioskParticipant(workshop.id()).id();

        assertRefused("validation.text.required", () -> service.submitText(someone, live.elementId(), text));
        assertRefused("validation.text.required", () -> service.typeInText(live.elementId(), text));

        assertTrue(stored().isEmpty());
        assertEquals(1, participants(), "the refused typed-in text added no participant");
    }

    @Test
    void aTenThousandCharacterTextIsRefusedWithItsLengthNotCut() {
        live.at(ElementKind.PLEDGE, RoundStatus.OPEN);
        UUID someone = service.addKioskParticipant(workshop.id()).id();
        String huge = "Ik bel elke klant terug. ".repeat(400);

        DomainException refused = assertRefused("validation.text.tooLong",
                () -> service.submitText(someone, live.elementId(), huge));
        assertEquals(9_999, refused.arguments()[2], "counted after trimming the last space");
        assertRefused("validation.text.tooLong", () -> service.typeInText(live.elementId(), huge));

        assertTrue(stored().isEmpty());
    }

    @Test
    void theFacilitatorTypesInForSomeoneWithoutAPhoneEvenAfterTheRoundClosed() {
        live.at(ElementKind.FAN_MOMENT, RoundStatus.CLOSED);

        TextAnswer first = service.typeInText(live.elementId(), "  De monteur kwam op zondag.  ");
        TextAnswer second = service.typeInText(live.elementId(), "De klant kreeg bloemen.");

        assertEquals("De monteur kwam op zondag.", first.text());
        assertEquals(List.of(first, second), stored(), "each typed-in story is its own, none replaces another");
        Workshop now = database.workshops().find(workshop.id()).orElseThrow();
        assertEquals(List.of(JoinChannel.SCORE_GRID, JoinChannel.SCORE_GRID),
                now.participants().stream().map(p -> p.joinedVia()).toList());
        assertEquals(TextPurpose.FAN_MOMENT, first.purpose());
    }

    @Test
    void typingInIsOnlyForFanMomentsAndPledgesOfTheLiveWorkshop() {
        live.at(ElementKind.SCORING, RoundStatus.OPEN);

        assertEquals(LiveRefusal.Reason.UNKNOWN_ITEM, assertThrows(LiveRefusal.class,
                () -> service.typeInText(live.elementId(), "tekst")).reason());
        assertEquals(LiveRefusal.Reason.UNKNOWN_ITEM, assertThrows(LiveRefusal.class,
                () -> service.typeInText(UUID.randomUUID(), "tekst")).reason());
        UUID pledge = live.elementOf(ElementKind.PLEDGE);
        live.end();
        assertEquals(LiveRefusal.Reason.NOT_LIVE, assertThrows(LiveRefusal.class,
                () -> service.typeInText(pledge, "tekst")).reason());
        assertTrue(stored().isEmpty());
        assertEquals(0, participants());
    }

    @Test
    void hidingKeepsTheTextAndShowingAgainBringsItBack() {
        live.at(ElementKind.PLEDGE, RoundStatus.OPEN);
        TextAnswer pledge = service.typeInText(live.elementId(), "Ik noem elke klant bij naam.");

        service.setTextHidden(workshop.id(), pledge.id(), true);
        assertTrue(stored().getFirst().hidden());
        assertEquals(pledge.text(), stored().getFirst().text());

        service.setTextHidden(workshop.id(), pledge.id(), false);
        assertFalse(stored().getFirst().hidden());
        assertRefused("validation.workshop.danglingReference",
                () -> service.setTextHidden(workshop.id(), UUID.randomUUID(), true));
    }

    @Test
    void aPhoneRewritingItsTextKeepsTheFacilitatorsHiding() {
        live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        UUID someone = service.addKioskParticipant(workshop.id()).id();
        service.submitText(someone, live.elementId(), "iets ongepasts");
        TextAnswer first = stored().getFirst();
        service.setTextHidden(workshop.id(), first.id(), true);

        service.submitText(someone, live.elementId(), "nog steeds ongepast");

        assertTrue(stored().getFirst().hidden(), "a rewrite cannot bring a hidden text back on the wall");
    }

    private List<TextAnswer> stored() {
        return database.workshops().find(workshop.id()).orElseThrow().answers().texts();
    }

    private int participants() {
        return database.workshops().find(workshop.id()).orElseThrow().participants().size();
    }
}
