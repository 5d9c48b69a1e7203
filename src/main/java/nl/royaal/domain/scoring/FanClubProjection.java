package nl.royaal.domain.scoring;

import nl.royaal.domain.DomainException;
import nl.royaal.domain.Workshop;

/**
 * "One fan a day" (PRODUCT.md §1, §3 step 9): if each of these people makes one customer a fan
 * on every working day, the fan club after these years is people × days × years. 10 colleagues
 * × 200 working days × 1 year = 2,000 fans; a sole trader for five years, 1 × 200 × 5 = 1,000.
 * Immutable; every input is editable on screen and validated here.
 *
 * @param people             1 to 100,000; by default the participants in the room
 * @param workingDaysPerYear 1 to 366; by default 200
 * @param years              1 to 50; by default 1
 */
public record FanClubProjection(int people, int workingDaysPerYear, int years) {

    public static final int MIN_PEOPLE = 1;
    /** A very large organisation; also keeps typos such as 10^9 off the projector. */
    public static final int MAX_PEOPLE = 100_000;
    public static final int DEFAULT_WORKING_DAYS = 200;
    public static final int MIN_WORKING_DAYS = 1;
    /** A leap year, every day. */
    public static final int MAX_WORKING_DAYS = 366;
    public static final int DEFAULT_YEARS = 1;
    public static final int MIN_YEARS = 1;
    /** A working life. */
    public static final int MAX_YEARS = 50;

    public FanClubProjection {
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
            throw new DomainException("scoring.error.peopleRange", people, MIN_PEOPLE, MAX_PEOPLE);
        }
        if (workingDaysPerYear < MIN_WORKING_DAYS || workingDaysPerYear > MAX_WORKING_DAYS) {
            throw new DomainException("scoring.error.daysRange",
                    workingDaysPerYear, MIN_WORKING_DAYS, MAX_WORKING_DAYS);
        }
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new DomainException("scoring.error.yearsRange", years, MIN_YEARS, MAX_YEARS);
        }
    }

    /**
     * The default projection for a room of this many participants: 200 days, 1 year. A room in
     * which nobody has joined yet counts as one person (the trainer), so the default is always
     * valid; more than 100,000 is capped.
     */
    public static FanClubProjection forParticipants(int participants) {
        int people = Math.clamp(participants, MIN_PEOPLE, MAX_PEOPLE);
        return new FanClubProjection(people, DEFAULT_WORKING_DAYS, DEFAULT_YEARS);
    }

    /** The projection the trainer set for this workshop (by default: the people in it, 200 days, 1 year). */
    public static FanClubProjection forWorkshop(Workshop workshop) {
        return workshop.settings().fanClubFor(workshop.participants().size());
    }

    public FanClubProjection withPeople(int newPeople) {
        return new FanClubProjection(newPeople, workingDaysPerYear, years);
    }

    public FanClubProjection withWorkingDaysPerYear(int newDays) {
        return new FanClubProjection(people, newDays, years);
    }

    public FanClubProjection withYears(int newYears) {
        return new FanClubProjection(people, workingDaysPerYear, newYears);
    }

    /** The fan club: people × working days × years (at most 1,830,000,000, hence a long). */
    public long fans() {
        return (long) people * workingDaysPerYear * years;
    }

    /** New fans in one year: people × working days. */
    public long fansPerYear() {
        return (long) people * workingDaysPerYear;
    }
}
