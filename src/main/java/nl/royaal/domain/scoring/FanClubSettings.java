package nl.royaal.domain.scoring;

/**
 * The trainer's inputs for the "one fan a day" projection, kept with the workshop so the closing
 * slide and the report show the figure the room saw. Immutable.
 *
 * @param people             the people who pledge, or {@code null} to follow the participants in the room
 * @param workingDaysPerYear see {@link FanClubProjection}
 * @param years              see {@link FanClubProjection}
 */
public record FanClubSettings(Integer people, int workingDaysPerYear, int years) {

    /** The participants in the room, 200 working days, one year. */
    public static final FanClubSettings DEFAULT =
            new FanClubSettings(null, FanClubProjection.DEFAULT_WORKING_DAYS, FanClubProjection.DEFAULT_YEARS);

    public FanClubSettings {
        // The projection's own rules; the room's size is always valid, so only a typed number is checked.
        new FanClubProjection(people == null ? FanClubProjection.MIN_PEOPLE : people, workingDaysPerYear, years);
    }

    /** The inputs of this projection; {@code followsRoom} keeps the people tied to the room. */
    public static FanClubSettings of(FanClubProjection projection, boolean followsRoom) {
        return new FanClubSettings(followsRoom ? null : projection.people(), projection.workingDaysPerYear(),
                projection.years());
    }

    public boolean followsRoom() {
        return people == null;
    }

    /** The projection for a room of this many participants. */
    public FanClubProjection projectionFor(int participants) {
        FanClubProjection room = FanClubProjection.forParticipants(participants);
        return new FanClubProjection(people == null ? room.people() : people, workingDaysPerYear, years);
    }
}
