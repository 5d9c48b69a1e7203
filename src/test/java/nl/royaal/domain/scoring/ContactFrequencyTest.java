package nl.royaal.domain.scoring;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.scoring.ContactInterval.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFrequencyTest {

    /** PRODUCT.md: one union had 13,000 member contacts a year for about 80,000 members. */
    private static final ContactFrequency UNION = ContactFrequency.fromTotals(13_000, 80_000);
    private static final double MONTHLY_DEBITS_PER_YEAR = 12;

    @Test
    void theUnionsMembersHearFromItOnceEverySixYears() {
        assertEquals(0.1625, UNION.contactsPerCustomerPerYear());
        assertEquals(80_000.0 / 13_000, UNION.yearsBetweenContacts().getAsDouble(), 1e-12);
        assertEquals(6.15, UNION.yearsBetweenContacts().getAsDouble(), 0.005);
        ContactInterval interval = UNION.interval().orElseThrow();
        assertEquals(Unit.YEARS, interval.unit());
        assertEquals(6, interval.rounded());
        assertEquals(6.0, interval.roundedYears());
    }

    @Test
    void againstSeventyTwoMonthlyDebitsInThoseSixYears() {
        ContactInterval interval = UNION.interval().orElseThrow();
        assertEquals(72, interval.otherContactsInRoundedInterval(MONTHLY_DEBITS_PER_YEAR));
        assertEquals(12 * 80_000.0 / 13_000, UNION.otherContactsBetween(MONTHLY_DEBITS_PER_YEAR).getAsDouble(), 1e-9);
    }

    @Test
    void theUnionsTotalFollowsBackFromItsMembers() {
        assertEquals(13_000, UNION.totalContactsPerYear(80_000), 1e-9);
    }

    @Test
    void addsUpTheJourneysContactsPerCustomer() {
        List<Touchpoint> journey = List.of(Journeys.WEBSITE, Journeys.FIRST_CALL, Journeys.QUOTE, Journeys.INVOICE,
                Journeys.COMPLAINT);
        // 4 + 0.5 + 0.25 + 12; the complaint has no figure and is left out
        ContactFrequency perCustomer = ContactFrequency.fromTouchpoints(journey).orElseThrow();
        assertEquals(16.75, perCustomer.contactsPerCustomerPerYear());
        assertEquals(1, ContactFrequency.touchpointsWithoutFigure(journey));
        ContactInterval interval = perCustomer.interval().orElseThrow();
        assertEquals(Unit.DAYS, interval.unit());
        assertEquals(365.25 / 16.75, interval.exact(), 1e-9);
        assertEquals(22, interval.rounded());
    }

    @Test
    void withoutAnyFigureTheFrequencyIsUnknownNotZero() {
        assertEquals(Optional.empty(), ContactFrequency.fromTouchpoints(List.of(Journeys.COMPLAINT)));
        assertEquals(Optional.empty(), ContactFrequency.fromTouchpoints(List.of()));
    }

    @Test
    void noContactsAtAllHaveNoInterval() {
        ContactFrequency none = ContactFrequency.fromTotals(0, 500);
        assertEquals(OptionalDouble.empty(), none.yearsBetweenContacts());
        assertEquals(Optional.empty(), none.interval());
        assertEquals(OptionalDouble.empty(), none.otherContactsBetween(12));
        assertEquals(Optional.of(new ContactFrequency(0)),
                ContactFrequency.fromTouchpoints(List.of(Journeys.touchpoint(9, "Jaarverslag", 0.0))));
    }

    @Test
    void saysTheIntervalInTheLargestFittingUnit() {
        assertEquals(new ContactInterval(Unit.YEARS, 1, 1), ContactInterval.ofYears(1));
        assertEquals(new ContactInterval(Unit.YEARS, 2.5, 3), ContactInterval.ofYears(2.5));
        assertEquals(new ContactInterval(Unit.MONTHS, 6, 6), ContactInterval.ofYears(0.5));
        assertEquals(new ContactInterval(Unit.MONTHS, 1, 1), ContactInterval.ofYears(1.0 / 12));
        assertEquals(new ContactInterval(Unit.DAYS, 1, 1), ContactInterval.ofYears(1 / 365.25));
        assertEquals(Unit.DAYS, ContactInterval.ofYears(7 / 365.25).unit());
        assertEquals(7, ContactInterval.ofYears(7 / 365.25).rounded());
    }

    @Test
    void aRoundingThatReachesTheNextUnitMovesUp() {
        ContactInterval almostAYear = ContactInterval.ofYears(0.99);
        assertEquals(Unit.YEARS, almostAYear.unit());
        assertEquals(1, almostAYear.rounded());
        ContactInterval almostAMonth = ContactInterval.ofYears(30.9 / 365.25);
        assertEquals(Unit.MONTHS, almostAMonth.unit());
        assertEquals(1, almostAMonth.rounded());
    }

    @Test
    void moreThanDailyIsSaidAsEveryDay() {
        ContactInterval twiceADay = new ContactFrequency(730.5).interval().orElseThrow();
        assertEquals(Unit.DAYS, twiceADay.unit());
        assertEquals(0.5, twiceADay.exact(), 1e-12);
        assertEquals(1, twiceADay.rounded());
    }

    @Test
    void otherContactsFitTheIntervalAsSaid() {
        ContactInterval quarter = ContactInterval.ofYears(0.25); // "once every 3 months"
        assertEquals(3, quarter.otherContactsInRoundedInterval(MONTHLY_DEBITS_PER_YEAR));
    }

    @Test
    void eachUnitNamesItsWording() {
        assertEquals("scoring.contacts.everyYears", Unit.YEARS.messageKey());
        assertEquals("scoring.contacts.everyMonths", Unit.MONTHS.messageKey());
        assertEquals("scoring.contacts.everyDays", Unit.DAYS.messageKey());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, 1e12 + 1e6, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesATotalThatCannotBe(double total) {
        assertRefused("scoring.error.totalContactsRange", () -> ContactFrequency.fromTotals(total, 80_000));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -80_000, 1_000_000_001L, Long.MAX_VALUE})
    void refusesCustomersThatCannotBe(long customers) {
        assertRefused("scoring.error.customersRange", new Object[] {customers, 1, ContactFrequency.MAX_CUSTOMERS},
                () -> ContactFrequency.fromTotals(13_000, customers));
        assertRefused("scoring.error.customersRange", () -> UNION.totalContactsPerYear(customers));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 365.5, Double.NaN})
    void refusesOtherContactsOutsideNoneToDaily(double perYear) {
        assertRefused("validation.contacts.range", () -> UNION.otherContactsBetween(perYear));
        assertRefused("validation.contacts.range",
                () -> UNION.interval().orElseThrow().otherContactsInRoundedInterval(perYear));
    }

    @Test
    void refusesAnIntervalThatIsNoInterval() {
        assertThrows(IllegalArgumentException.class, () -> ContactInterval.ofYears(0));
        assertThrows(IllegalArgumentException.class, () -> ContactInterval.ofYears(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new ContactFrequency(-1));
    }
}
