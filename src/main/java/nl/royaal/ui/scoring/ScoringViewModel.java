package nl.royaal.ui.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.JourneyAggregate;
import nl.royaal.domain.scoring.ScoreAggregator;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.charts.DumbbellChart;
import nl.royaal.ui.charts.GapBarChart;
import nl.royaal.ui.charts.Marker;

/**
 * The live expectation-versus-experience round (PRODUCT.md §3 step 6): the trainer's table of
 * every touchpoint's figures, and what the room sees: only how many answered until the results
 * are revealed (no anchoring), then the dumbbells or the gaps sorted.
 *
 * <p>All figures come from the domain ({@link ScoreAggregator} → {@link JourneyAggregate}); this
 * class only words them. It holds no nodes: the charts get plain item records.
 *
 * <p><b>Live and calm.</b> {@link #refresh()} runs after every change of the live run. It
 * recomputes only when the workshop's scores are another list than last time (a reveal or a timer
 * tick does not re-aggregate) and then updates the existing rows in place: a table keeps its
 * selection and scroll position, a chart moves its marks. The full recomputation (not the
 * {@code RunningAggregate}) is on purpose: the live run hands over the whole workshop, in which an
 * answer may also have been replaced or a participant removed with their answers, and at 500
 * participants × 12 touchpoints it costs about a millisecond (bench/SCORING.md).
 */
public final class ScoringViewModel {

    /** What the projector shows once revealed. */
    public enum RoomChart {
        /** Expectation → experience per touchpoint, in journey order. */
        DUMBBELLS,
        /** The gaps as bars, most disappointing first. */
        GAPS
    }

    /** One touchpoint in the console's table; its properties change in place as answers arrive. */
    public static final class Row {
        private final UUID id;
        private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
        private final ReadOnlyIntegerWrapper n = new ReadOnlyIntegerWrapper();
        private final ReadOnlyStringWrapper expectation = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper experience = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper spreadExpectation = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper spreadExperience = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper gap = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<Double> gapValue = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyObjectWrapper<GapClass> gapClass = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyStringWrapper gapClassText = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper discuss = new ReadOnlyBooleanWrapper();
        /** Counts the row's changes: one list update per changed row, for sorting. */
        private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
        private TouchpointAggregate shown;

        Row(UUID id) {
            this.id = id;
        }

        public UUID id() {
            return id;
        }

        public ReadOnlyStringProperty nameProperty() {
            return name.getReadOnlyProperty();
        }

        /** Participants who gave at least one of the two grades. */
        public ReadOnlyIntegerProperty nProperty() {
            return n.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty expectationProperty() {
            return expectation.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty experienceProperty() {
            return experience.getReadOnlyProperty();
        }

        /** Sample standard deviation (n − 1) of the expectations; "–" below two grades. */
        public ReadOnlyStringProperty spreadExpectationProperty() {
            return spreadExpectation.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty spreadExperienceProperty() {
            return spreadExperience.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty gapProperty() {
            return gap.getReadOnlyProperty();
        }

        /** The gap for sorting; {@code null} without one. */
        public ReadOnlyObjectProperty<Double> gapValueProperty() {
            return gapValue.getReadOnlyProperty();
        }

        /** {@code null} while either dimension has no grades. */
        public ReadOnlyObjectProperty<GapClass> gapClassProperty() {
            return gapClass.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty gapClassTextProperty() {
            return gapClassText.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty discussProperty() {
            return discuss.getReadOnlyProperty();
        }

        public ReadOnlyIntegerProperty revisionProperty() {
            return revision.getReadOnlyProperty();
        }

        public String name() {
            return name.get();
        }

        public int n() {
            return n.get();
        }

        public String expectation() {
            return expectation.get();
        }

        public String experience() {
            return experience.get();
        }

        public String spreadExpectation() {
            return spreadExpectation.get();
        }

        public String spreadExperience() {
            return spreadExperience.get();
        }

        public String gap() {
            return gap.get();
        }

        public GapClass gapClass() {
            return gapClass.get();
        }

        public String gapClassText() {
            return gapClassText.get();
        }

        public boolean discuss() {
            return discuss.get();
        }
    }

    /** Most disappointing first, as {@link JourneyAggregate#byGap()}; rows without a gap last. */
    public static final java.util.Comparator<Row> BY_GAP = java.util.Comparator.comparing(
            (Row row) -> row.gapValue.get(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    private final Supplier<Workshop> workshop;
    private final BooleanSupplier revealed;
    private final I18n i18n;
    private final I18n room;
    /** The workshop's margin and threshold as last read: the trainer may change them during the round. */
    private ScoringSettings settings;

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.revisionProperty()});
    private final Map<UUID, Row> rowsById = new HashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper roomCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomCountCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper roomRevealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasJourney = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<RoomChart> roomChart = new SimpleObjectProperty<>(RoomChart.DUMBBELLS);
    private final ObjectProperty<UUID> spotlight = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<DumbbellChart.Item>> dumbbells = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<GapBarChart.Item>> gaps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ScoringSettings> shownSettings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper settingsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper discussHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper margin = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper roomBandText = new ReadOnlyStringWrapper("");

    private JourneyAggregate aggregate;
    private List<TouchpointScore> aggregatedScores;
    private List<Touchpoint> aggregatedJourney;

    /**
     * @param workshop the workshop as the live run has it now
     * @param revealed whether this element's results are revealed on the projector
     * @param i18n     the console's language
     * @param room     the workshop's language, for the projector
     */
    public ScoringViewModel(Supplier<Workshop> workshop, BooleanSupplier revealed, I18n i18n, I18n room) {
        this.workshop = Objects.requireNonNull(workshop, "workshop");
        this.revealed = Objects.requireNonNull(revealed, "revealed");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.room = Objects.requireNonNull(room, "room");
        refresh();
    }

    /**
     * Reads the live run again; re-aggregates only when the scores, the journey or the workshop's
     * scoring settings (margin, "discuss" threshold) changed.
     */
    public void refresh() {
        Workshop now = workshop.get();
        roomRevealed.set(revealed.getAsBoolean());
        List<TouchpointScore> scores = now.answers().scores();
        ScoringSettings current = now.settings().scoring();
        if (scores == aggregatedScores && now.touchpoints().equals(aggregatedJourney) && current.equals(settings)) {
            return;
        }
        if (!current.equals(settings)) {
            showSettings(current);
        }
        aggregatedScores = scores;
        aggregatedJourney = now.touchpoints();
        aggregate = ScoreAggregator.aggregate(now, settings);
        showRows();
        showCounts(now);
        showCharts();
    }

    // --- the console's table -------------------------------------------------------------

    /** One row per touchpoint, in journey order; the same row objects from refresh to refresh. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The rows from the deepest disappointment to the highest fan zone; rows without a gap last. */
    public List<Row> rowsByGap() {
        return aggregate.byGap().stream().map(touchpoint -> rowsById.get(touchpoint.id())).toList();
    }

    /** "17 people answered · 3 disappointing · 2 to discuss". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the classes and the flag are worked out with, for a line under the table. */
    public ReadOnlyStringProperty settingsTextProperty() {
        return settingsText.getReadOnlyProperty();
    }

    public String settingsText() {
        return settingsText.get();
    }

    /** Why a touchpoint is flagged "discuss", for the flag's tooltip. */
    public ReadOnlyStringProperty discussHintProperty() {
        return discussHint.getReadOnlyProperty();
    }

    public String discussHint() {
        return discussHint.get();
    }

    /** The margin and threshold the table, the flags and the charts are worked out with now. */
    public ReadOnlyObjectProperty<ScoringSettings> settingsProperty() {
        return shownSettings.getReadOnlyProperty();
    }

    public JourneyAggregate aggregate() {
        return aggregate;
    }

    /** The touchpoint the trainer put in the spotlight: the projector dims the others. */
    public ObjectProperty<UUID> spotlightProperty() {
        return spotlight;
    }

    // --- the room ------------------------------------------------------------------------

    /** Participants who gave at least one grade for a touchpoint of the journey. */
    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** The big number on the projector before the reveal. */
    public ReadOnlyStringProperty roomCountProperty() {
        return roomCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomCountCaptionProperty() {
        return roomCountCaption.getReadOnlyProperty();
    }

    /** The results are on the projector; before that it shows only how many answered. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return roomRevealed.getReadOnlyProperty();
    }

    /** The journey has touchpoints to score. */
    public ReadOnlyBooleanProperty hasJourneyProperty() {
        return hasJourney.getReadOnlyProperty();
    }

    /** Which chart the projector shows once revealed; the console chooses. */
    public ObjectProperty<RoomChart> roomChartProperty() {
        return roomChart;
    }

    public ReadOnlyObjectProperty<List<DumbbellChart.Item>> dumbbellsProperty() {
        return dumbbells.getReadOnlyProperty();
    }

    /** The gaps, most disappointing first (the order of {@link JourneyAggregate#byGap()}). */
    public ReadOnlyObjectProperty<List<GapBarChart.Item>> gapsProperty() {
        return gaps.getReadOnlyProperty();
    }

    /** The half-width of the gap chart's shaded band: the satisfied margin. */
    public ReadOnlyDoubleProperty marginProperty() {
        return margin.getReadOnlyProperty();
    }

    public double margin() {
        return margin.get();
    }

    /** The legend's word for the gap chart's shaded band: the satisfied margin. */
    public ReadOnlyStringProperty roomBandTextProperty() {
        return roomBandText.getReadOnlyProperty();
    }

    public String roomBandText() {
        return roomBandText.get();
    }

    // --- working it out --------------------------------------------------------------------

    private void showSettings(ScoringSettings current) {
        settings = current;
        // A gap's text depends on the margin even where its class stays (see gapText): word every row again.
        rowsById.values().forEach(row -> row.shown = null);
        settingsText.set(i18n.t("scoring.settings", rounded(current.margin()),
                rounded(current.disagreementThreshold())));
        discussHint.set(i18n.t(TouchpointAggregate.DISCUSS_HINT_KEY, rounded(current.disagreementThreshold())));
        margin.set(current.margin());
        roomBandText.set(room.t("scoring.room.legend.band", rounded(current.margin())));
        shownSettings.set(current);
    }

    private void showRows() {
        List<Row> ordered = new ArrayList<>();
        Set<UUID> present = new HashSet<>();
        for (TouchpointAggregate touchpoint : aggregate.inJourneyOrder()) {
            Row row = rowsById.computeIfAbsent(touchpoint.id(), Row::new);
            present.add(touchpoint.id());
            update(row, touchpoint);
            ordered.add(row);
        }
        rowsById.keySet().retainAll(present);
        if (!ordered.equals(rows)) {
            rows.setAll(ordered); // only when the journey itself changed
        }
    }

    private void update(Row row, TouchpointAggregate touchpoint) {
        if (touchpoint.equals(row.shown)) {
            return;
        }
        row.shown = touchpoint;
        row.name.set(touchpoint.name());
        row.n.set(touchpoint.n());
        row.expectation.set(decimal(i18n, touchpoint.meanExpectation()));
        row.experience.set(decimal(i18n, touchpoint.meanExperience()));
        row.spreadExpectation.set(decimal(i18n, touchpoint.spreadExpectation()));
        row.spreadExperience.set(decimal(i18n, touchpoint.spreadExperience()));
        row.gap.set(gapText(i18n, touchpoint));
        row.gapValue.set(touchpoint.gap().isPresent() ? touchpoint.gap().getAsDouble() : null);
        row.gapClass.set(touchpoint.gapClass().orElse(null));
        row.gapClassText.set(touchpoint.gapClass().map(gapClass -> i18n.t(gapClass.messageKey())).orElse(""));
        row.discuss.set(touchpoint.discuss());
        row.revision.set(row.revision.get() + 1);
    }

    private void showCounts(Workshop now) {
        Set<UUID> journey = new HashSet<>();
        now.touchpoints().forEach(touchpoint -> journey.add(touchpoint.id()));
        Set<UUID> people = new HashSet<>();
        for (TouchpointScore score : now.answers().scores()) {
            if (journey.contains(score.touchpointId())) {
                people.add(score.participantId());
            }
        }
        int count = people.size();
        answered.set(count);
        hasJourney.set(!journey.isEmpty());
        Map<nl.royaal.domain.scoring.GapClass, Integer> classes = aggregate.countByClass();
        summary.set(i18n.t("scoring.summary", count, classes.get(GapClass.DISAPPOINTMENT),
                classes.get(GapClass.SATISFIED), classes.get(GapClass.FAN_ZONE), aggregate.toDiscuss().size()));
        roomCount.set(String.valueOf(count));
        int joined = Math.max(count, now.participants().size());
        roomCountCaption.set(room.t("scoring.room.answered", count, joined));
    }

    private void showCharts() {
        List<DumbbellChart.Item> dumbbellItems = new ArrayList<>();
        for (TouchpointAggregate touchpoint : aggregate.inJourneyOrder()) {
            Optional<GapClass> gapClass = touchpoint.gapClass();
            dumbbellItems.add(new DumbbellChart.Item(touchpoint.id().toString(), touchpoint.name(),
                    touchpoint.meanExpectation(), touchpoint.meanExperience(), marker(gapClass), tone(gapClass),
                    gapText(room, touchpoint)));
        }
        List<GapBarChart.Item> gapItems = new ArrayList<>();
        for (TouchpointAggregate touchpoint : aggregate.byGap()) {
            Optional<GapClass> gapClass = touchpoint.gapClass();
            gapItems.add(new GapBarChart.Item(touchpoint.id().toString(), touchpoint.name(), touchpoint.gap(),
                    marker(gapClass), tone(gapClass), gapText(room, touchpoint)));
        }
        dumbbells.set(List.copyOf(dumbbellItems));
        gaps.set(List.copyOf(gapItems));
    }

    /** The shape that tells the class without colour: down, level, up. */
    static Marker marker(Optional<GapClass> gapClass) {
        return gapClass.map(value -> switch (value) {
            case DISAPPOINTMENT -> Marker.TRIANGLE_DOWN;
            case SATISFIED -> Marker.DIAMOND;
            case FAN_ZONE -> Marker.TRIANGLE_UP;
        }).orElse(Marker.DOT);
    }

    /** The style class that colours a class (see scoring.css). */
    static String tone(Optional<GapClass> gapClass) {
        return gapClass.map(value -> "tone-" + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .orElse("");
    }

    /** A mean or spread with one decimal ("7,3"), "–" when absent (n = 0, or a spread with n = 1). */
    static String decimal(I18n language, OptionalDouble value) {
        return value.isPresent() ? language.t("scoring.decimal", rounded(value.getAsDouble()))
                : language.t(Statistic.NO_VALUE_KEY);
    }

    /**
     * The gap as shown: one decimal, except where that decimal is the margin itself while the class
     * says beyond it (0.52 is a fan zone; "+0,5" would read as "satisfied"), then two.
     */
    private String gapText(I18n language, TouchpointAggregate touchpoint) {
        OptionalDouble gap = touchpoint.gap();
        boolean onTheEdge = gap.isPresent()
                && rounded(Math.abs(gap.getAsDouble())).compareTo(BigDecimal.valueOf(settings.margin())) == 0
                && touchpoint.gapClass().orElse(GapClass.SATISFIED) != GapClass.SATISFIED;
        return signed(language, gap, onTheEdge ? 2 : 1);
    }

    /** A gap with its sign ("+1,3", "−0,8", "0,0"), "–" when absent; the sign follows the rounding. */
    static String signed(I18n language, OptionalDouble gap, int decimals) {
        if (gap.isEmpty()) {
            return language.t(Statistic.NO_VALUE_KEY);
        }
        BigDecimal shown = BigDecimal.valueOf(gap.getAsDouble()).setScale(decimals, RoundingMode.HALF_UP);
        return switch (shown.signum()) {
            case 1 -> language.t(decimals == 1 ? "scoring.gap.positive" : "scoring.gap.positive2", shown);
            case -1 -> language.t(decimals == 1 ? "scoring.gap.negative" : "scoring.gap.negative2", shown.negate());
            default -> language.t("scoring.decimal", shown.abs());
        };
    }

    /** Rounded half up to one decimal, as a teacher rounds a grade, from the shortest decimal of the double. */
    static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
