package nl.royaal.domain;

import java.util.Objects;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.ScoringSettings;

/**
 * What the trainer set for one workshop that changes how its results read: the scoring margin and
 * "discuss" threshold, the reality check's figures and the fan-club inputs. One place, kept with
 * the workshop (database, file, report), so every screen judges the same gap the same way.
 * Immutable.
 */
public record WorkshopSettings(ScoringSettings scoring, RealityCheckFigures realityCheck, FanClubSettings fanClub) {

    public static final WorkshopSettings DEFAULT =
            new WorkshopSettings(ScoringSettings.DEFAULT, RealityCheckFigures.NONE, FanClubSettings.DEFAULT);

    public WorkshopSettings {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(realityCheck, "realityCheck");
        Objects.requireNonNull(fanClub, "fanClub");
    }

    public WorkshopSettings withScoring(ScoringSettings newScoring) {
        return new WorkshopSettings(newScoring, realityCheck, fanClub);
    }

    public WorkshopSettings withRealityCheck(RealityCheckFigures newFigures) {
        return new WorkshopSettings(scoring, newFigures, fanClub);
    }

    public WorkshopSettings withFanClub(FanClubSettings newFanClub) {
        return new WorkshopSettings(scoring, realityCheck, newFanClub);
    }

    /** The fan-club projection for this many participants. */
    public FanClubProjection fanClubFor(int participants) {
        return fanClub.projectionFor(participants);
    }
}
