package nl.royaal.domain.scoring;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FanClubProjectionTest {

    @Test
    void tenColleaguesMakeTwoThousandFansInAYear() {
        assertEquals(2_000, new FanClubProjection(10, 200, 1).fans());
    }

    @Test
    void aSoleTraderHasAFanClubOfAThousandAfterFiveYears() {
        assertEquals(1_000, new FanClubProjection(1, 200, 5).fans());
        assertEquals(200, new FanClubProjection(1, 200, 5).fansPerYear());
    }

    @Test
    void byDefaultTheRoomWorksTwoHundredDaysForOneYear() {
        FanClubProjection room = FanClubProjection.forParticipants(10);
        assertEquals(new FanClubProjection(10, 200, 1), room);
        assertEquals(2_000, room.fans());
    }

    @Test
    void anEmptyRoomStillProjectsTheTrainer() {
        assertEquals(1, FanClubProjection.forParticipants(0).people());
        assertEquals(FanClubProjection.MAX_PEOPLE, FanClubProjection.forParticipants(250_000).people());
    }

    @Test
    void everyInputCanBeEdited() {
        FanClubProjection edited = FanClubProjection.forParticipants(12).withPeople(40).withWorkingDaysPerYear(220)
                .withYears(3);
        assertEquals(new FanClubProjection(40, 220, 3), edited);
        assertEquals(26_400, edited.fans());
    }

    @Test
    void theLargestProjectionDoesNotOverflow() {
        assertEquals(1_830_000_000L, new FanClubProjection(100_000, 366, 50).fans());
        assertEquals(36_600_000L, new FanClubProjection(100_000, 366, 50).fansPerYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -10, 100_001, 1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesANumberOfPeopleThatCannotBe(int people) {
        assertRefused("scoring.error.peopleRange", new Object[] {people, 1, 100_000},
                () -> new FanClubProjection(people, 200, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -200, 367, 1000})
    void refusesWorkingDaysBeyondAYear(int days) {
        assertRefused("scoring.error.daysRange", new Object[] {days, 1, 366},
                () -> FanClubProjection.forParticipants(10).withWorkingDaysPerYear(days));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 100})
    void refusesYearsBeyondAWorkingLife(int years) {
        assertRefused("scoring.error.yearsRange", new Object[] {years, 1, 50},
                () -> FanClubProjection.forParticipants(10).withYears(years));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        assertEquals(1, new FanClubProjection(1, 1, 1).fans());
        assertEquals(100_000L * 366 * 50, new FanClubProjection(100_000, 366, 50).fans());
    }
}
