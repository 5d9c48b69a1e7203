package nl.royaal.domain.scoring;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import org.junit.jupiter.api.Test;

/** The settings a trainer keeps per workshop: reality-check figures and fan-club inputs. */
class WorkshopSettingsTest {

    @Test
    void theUnionsTotalsGiveOnceEverySixYearsWhateverTheJourneySays() {
        List<Touchpoint> journey = List.of(new Touchpoint(UUID.randomUUID(), "Balie", 4.0));

        ContactFrequency frequency = RealityCheckFigures.UNION_EXAMPLE.frequency(journey).orElseThrow();

        assertEquals(0.1625, frequency.contactsPerCustomerPerYear(), 1e-12);
        assertEquals(6.0, frequency.interval().orElseThrow().roundedYears());
    }

    @Test
    void theJourneyAsSourceSumsTheTouchpointsAndIgnoresTheTotals() {
        List<Touchpoint> journey = List.of(new Touchpoint(UUID.randomUUID(), "Balie", 1.5),
                new Touchpoint(UUID.randomUUID(), "Factuur", null), new Touchpoint(UUID.randomUUID(), "Web", 2.0));

        RealityCheckFigures fromJourney = RealityCheckFigures.UNION_EXAMPLE.withSource(RealityCheckFigures.Source.JOURNEY);

        assertEquals(3.5, fromJourney.frequency(journey).orElseThrow().contactsPerCustomerPerYear());
    }

    @Test
    void totalsWithoutCustomersGiveNoFrequencyRatherThanAGuess() {
        RealityCheckFigures halfKnown = RealityCheckFigures.UNION_EXAMPLE.withCustomers(null);

        assertTrue(halfKnown.frequency(List.of()).isEmpty());
    }

    @Test
    void figuresOutOfRangeAreRefusedWithTheDomainsReason() {
        RealityCheckFigures none = RealityCheckFigures.NONE;
        assertRefused("scoring.error.customersRange", () -> none.withCustomers(0L));
        assertRefused("scoring.error.customersRange", () -> none.withCustomers(1_000_000_001L));
        assertRefused("scoring.error.totalContactsRange", () -> none.withTotalContactsPerYear(-1.0));
        assertRefused("validation.contacts.range", () -> none.withAutomatedContactsPerYear(366.0));
        assertRefused("validation.contacts.range", () -> none.withAutomatedContactsPerYear(Double.NaN));
    }

    @Test
    void aFanClubThatFollowsTheRoomGrowsWithIt() {
        FanClubSettings following = FanClubSettings.DEFAULT;

        assertEquals(2_000, following.projectionFor(10).fans());
        assertEquals(6_000, following.projectionFor(30).fans());
        assertEquals(1, following.projectionFor(0).people(), "an empty room is the trainer");
    }

    @Test
    void aTypedNumberOfPeopleStaysWhateverTheRoom() {
        FanClubSettings soleTrader = new FanClubSettings(1, 200, 5);

        assertEquals(1_000, soleTrader.projectionFor(30).fans());
        assertEquals(soleTrader, FanClubSettings.of(soleTrader.projectionFor(12), false));
        assertTrue(FanClubSettings.of(soleTrader.projectionFor(12), true).followsRoom());
    }

    @Test
    void fanClubInputsOutOfRangeAreRefused() {
        assertRefused("scoring.error.peopleRange", () -> new FanClubSettings(0, 200, 1));
        assertRefused("scoring.error.peopleRange", () -> new FanClubSettings(1_000_000_000, 200, 1));
        assertRefused("scoring.error.daysRange", () -> new FanClubSettings(null, 367, 1));
        assertRefused("scoring.error.yearsRange", () -> new FanClubSettings(null, 200, 0));
    }

    @Test
    void theWorkshopsOwnSettingsDriveItsFanClubProjection() {
        Instant now = Instant.parse("2026-04-01T08:00:00Z");
        List<Participant> room = List.of(
                new Participant(UUID.randomUUID(), "", JoinChannel.PHONE, now),
                new Participant(UUID.randomUUID(), "", JoinChannel.KIOSK, now));
        Workshop workshop = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Fanclub", "", LocalDate.of(2026, 4, 1), "", Language.NL), WorkshopStatus.LIVE,
                "", List.of(), List.of(), room, Answers.NONE, null, now, now);

        assertEquals(2 * 200, FanClubProjection.forWorkshop(workshop).fans());
        Workshop soleTrader = workshop.withSettings(
                WorkshopSettings.DEFAULT.withFanClub(new FanClubSettings(1, 200, 5)), now);
        assertEquals(1_000, FanClubProjection.forWorkshop(soleTrader).fans());
    }

    @Test
    void aDuplicateKeepsTheTrainersWayOfJudgingButNotTheClientsFigures() {
        Instant now = Instant.parse("2026-04-01T08:00:00Z");
        WorkshopSettings set = new WorkshopSettings(new ScoringSettings(0.3, 1.5), RealityCheckFigures.UNION_EXAMPLE,
                new FanClubSettings(12, 220, 3));
        Workshop workshop = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Bron", "", LocalDate.of(2026, 4, 1), "", Language.NL), WorkshopStatus.CLOSED,
                "", List.of(), List.of(), List.of(), Answers.NONE, null, now, now, VisionCanvas.EMPTY, set);

        WorkshopSettings copied = workshop.duplicate("Kopie", now).settings();

        assertEquals(set.scoring(), copied.scoring());
        assertEquals(RealityCheckFigures.NONE, copied.realityCheck());
        assertEquals(new FanClubSettings(null, 220, 3), copied.fanClub());
    }
}
