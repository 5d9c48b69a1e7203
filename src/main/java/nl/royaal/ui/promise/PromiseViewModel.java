package nl.royaal.ui.promise;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.JourneyAggregate;
import nl.royaal.domain.scoring.PromiseCheck;
import nl.royaal.domain.scoring.ScoreAggregator;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.selfimage.Grades;
import nl.royaal.ui.selfimage.ScaleRow;

/**
 * The promise check (PRODUCT.md §1 "Do not overpromise", §3 step 8): for one touchpoint, what
 * happens to its gap and class when the organisation promises less, so customers expect less,
 * and/or delivers more. The trainer picks the touchpoint (by default the one the room found most
 * disappointing in the scoring round) and moves two what-ifs from 0 to 9 points; console and
 * projector show before → after for expectation, experience, gap and class.
 *
 * <p>The arithmetic is {@link PromiseCheck}'s; a what-if outside 0 to 9 is refused with its
 * message and changes nothing. Without touchpoints, or without both grades for the chosen one, the
 * screen says so and the what-ifs are disabled. Holds no nodes.
 */
public final class PromiseViewModel {

    /** The what-ifs move in half points, as the sliders do. */
    public static final double STEP = 0.5;

    /**
     * A touchpoint to pick.
     *
     * @param scored it has both an expectation and an experience, so a what-if can start from it
     */
    public record Choice(UUID id, String label, boolean scored) {
    }

    /**
     * Before → after for one language, ready to show.
     *
     * @param classBefore absent without grades
     * @param classAfter  absent without grades
     * @param classChange the class change spelled out: "Teleurstelling → tevreden", "Blijft tevreden"
     * @param sentence    what the what-if does, in words: "1 punt lager beloven: van teleurstelling naar tevreden."
     * @param scale       the touchpoint now and after the what-if on the 1–10 scale; empty without grades
     */
    public record Figures(String name, String expectationBefore, String expectationAfter, String experienceBefore,
            String experienceAfter, String gapBefore, String gapAfter, Optional<GapClass> classBefore,
            Optional<GapClass> classAfter, String classChange, String sentence, List<ScaleRow> scale) {
        public Figures {
            scale = List.copyOf(scale);
        }
    }

    /** What the trainer chose, kept when the room moves on and comes back. */
    public record Memento(UUID touchpointId, boolean picked, double lowerBy, double raiseBy) {
    }

    private final Supplier<Workshop> workshop;
    /** The workshop's margin as last read: the trainer may change it during the session. */
    private ScoringSettings settings;
    private final I18n i18n;
    private final I18n room;

    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Choice> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper lowerBy = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper raiseBy = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper lowerByText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper raiseByText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomEmptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figures> roomFigures = new ReadOnlyObjectWrapper<>();

    private JourneyAggregate journey;
    /** The trainer chose the touchpoint; until then the most disappointing one is shown. */
    private boolean picked;

    public PromiseViewModel(Supplier<Workshop> workshop, I18n i18n, I18n room) {
        this.workshop = Objects.requireNonNull(workshop, "workshop");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.room = Objects.requireNonNull(room, "room");
        refresh();
    }

    /**
     * Reads the touchpoints, the scores and the workshop's margin again (new scores may have arrived,
     * the trainer may have changed the margin); call on the FX thread.
     */
    public void refresh() {
        Workshop now = workshop.get();
        settings = now.settings().scoring();
        journey = ScoreAggregator.aggregate(now, settings);
        choices.setAll(journey.inJourneyOrder().stream().map(this::choice).toList());
        UUID keep = selected.get() == null ? null : selected.get().id();
        Optional<Choice> still = choices.stream().filter(choice -> choice.id().equals(keep)).findFirst();
        if (still.isPresent() && picked) {
            selected.set(still.get());
        } else {
            picked = false;
            selected.set(mostDisappointing().orElse(null));
        }
        update();
    }

    /** The trainer picks a touchpoint from the list; the what-ifs stay where they are. */
    public void select(UUID touchpointId) {
        Optional<Choice> choice = choices.stream().filter(candidate -> candidate.id().equals(touchpointId)).findFirst();
        if (choice.isEmpty() || choice.get().equals(selected.get())) {
            return;
        }
        picked = true;
        selected.set(choice.get());
        update();
    }

    /**
     * "Lower the promise": how many points lower customers' expectation gets, 0 to 9, in steps of
     * half a point (1.3 becomes 1.5).
     *
     * @return false when refused (outside 0 to 9); the message is in {@link #errorProperty()}
     */
    public boolean setLowerBy(double points) {
        return change(points, raiseBy.get(), lowerBy);
    }

    /** "Raise the experience": how many points better the service gets, 0 to 9; false when refused. */
    public boolean setRaiseBy(double points) {
        return change(lowerBy.get(), points, raiseBy);
    }

    /** Both what-ifs back to nothing. */
    public void reset() {
        lowerBy.set(0);
        raiseBy.set(0);
        error.set("");
        update();
    }

    public Memento memento() {
        return new Memento(selected.get() == null ? null : selected.get().id(), picked, lowerBy.get(), raiseBy.get());
    }

    public void restore(Memento memento) {
        lowerBy.set(memento.lowerBy());
        raiseBy.set(memento.raiseBy());
        if (memento.picked() && memento.touchpointId() != null) {
            select(memento.touchpointId());
        }
        update();
    }

    private boolean change(double lower, double raise, ReadOnlyDoubleWrapper changed) {
        double points = changed == lowerBy ? lower : raise;
        try {
            // The domain decides what a what-if may be, also while there is nothing to apply it to.
            PromiseCheck.of(TouchpointAggregate.empty(anyTouchpoint()), lower, raise, settings);
        } catch (DomainException refused) {
            error.set(i18n.message(refused));
            return false;
        }
        error.set("");
        changed.set(Math.round(points / STEP) * STEP);
        update();
        return true;
    }

    /** Any touchpoint will do to have the domain check a what-if's range. */
    private static Touchpoint anyTouchpoint() {
        return new Touchpoint(new UUID(0, 0), "?", null);
    }

    private Optional<Choice> mostDisappointing() {
        if (journey.inJourneyOrder().isEmpty()) {
            return Optional.empty();
        }
        TouchpointAggregate lowest = journey.byGap().getFirst(); // the most negative gap; no gap comes last
        UUID id = lowest.hasGap() ? lowest.id() : journey.inJourneyOrder().getFirst().id();
        return choices.stream().filter(choice -> choice.id().equals(id)).findFirst();
    }

    private Choice choice(TouchpointAggregate aggregate) {
        String label = aggregate.hasGap()
                ? i18n.t("promise.choice", aggregate.name(), Grades.signed(i18n, aggregate.gap()))
                : i18n.t("promise.choice.unscored", aggregate.name());
        return new Choice(aggregate.id(), label, aggregate.hasGap());
    }

    private void update() {
        // No change is "0,0", without a sign.
        lowerByText.set(lowerBy.get() == 0 ? Grades.grade(i18n, 0) : i18n.t("promise.lowerBy.value", lowerBy.get()));
        raiseByText.set(raiseBy.get() == 0 ? Grades.grade(i18n, 0) : i18n.t("promise.raiseBy.value", raiseBy.get()));
        Optional<TouchpointAggregate> touchpoint = Optional.ofNullable(selected.get())
                .flatMap(choice -> journey.find(choice.id()));
        Optional<PromiseCheck> check = touchpoint.flatMap(
                aggregate -> PromiseCheck.of(aggregate, lowerBy.get(), raiseBy.get(), settings));
        canChange.set(check.isPresent());
        if (touchpoint.isEmpty()) {
            emptyText.set(i18n.t("promise.empty.noTouchpoints"));
            roomEmptyText.set(room.t("promise.room.noTouchpoints"));
        } else if (check.isEmpty()) {
            emptyText.set(i18n.t("promise.empty.noScores", touchpoint.get().name()));
            roomEmptyText.set(room.t("promise.room.noScores", touchpoint.get().name()));
        } else {
            emptyText.set("");
            roomEmptyText.set("");
        }
        figures.set(check.map(found -> figures(found, i18n)).orElse(null));
        roomFigures.set(check.map(found -> figures(found, room)).orElse(null));
    }

    static Figures figures(PromiseCheck check, I18n language) {
        TouchpointAggregate before = check.before();
        GapClass from = check.classBefore();
        GapClass to = check.gapClass();
        String fromName = language.t(from.messageKey());
        String toName = language.t(to.messageKey()).toLowerCase(language.language().locale());
        String change = check.classChanged()
                ? language.t("promise.classChange", fromName, toName)
                : language.t("promise.classSame", fromName.toLowerCase(language.language().locale()));
        double expectationBefore = before.meanExpectation().orElseThrow();
        double experienceBefore = before.meanExperience().orElseThrow();
        List<ScaleRow> scale = List.of(
                row(language.t("promise.scale.now"), expectationBefore, experienceBefore, check.gapBefore(), from,
                        language),
                row(language.t("promise.scale.whatIf"), check.expectation(), check.experience(), check.gap(), to,
                        language));
        return new Figures(before.name(),
                Grades.grade(language, expectationBefore), Grades.grade(language, check.expectation()),
                Grades.grade(language, experienceBefore), Grades.grade(language, check.experience()),
                Grades.signed(language, check.gapBefore()), Grades.signed(language, check.gap()),
                Optional.of(from), Optional.of(to), change, sentence(check, language), scale);
    }

    /** "1 punt lager beloven en 0,5 punt beter leveren: van teleurstelling naar tevreden." */
    private static String sentence(PromiseCheck check, I18n language) {
        List<String> parts = new java.util.ArrayList<>();
        if (check.lowerExpectationBy() > 0) {
            parts.add(language.t("promise.part.lower", check.lowerExpectationBy()));
        }
        if (check.raiseExperienceBy() > 0) {
            parts.add(language.t("promise.part.raise", check.raiseExperienceBy()));
        }
        if (parts.isEmpty()) {
            return language.t("promise.sentence.start");
        }
        Locale locale = language.language().locale();
        String from = language.t(check.classBefore().messageKey()).toLowerCase(locale);
        String to = language.t(check.gapClass().messageKey()).toLowerCase(locale);
        String outcome = check.classChanged() ? language.t("promise.outcome.moves", from, to)
                : language.t("promise.outcome.stays", from);
        String what = parts.size() == 1 ? parts.getFirst() : language.t("promise.part.both", parts.get(0), parts.get(1));
        String said = language.t("promise.sentence", what, outcome);
        return said.substring(0, 1).toUpperCase(locale) + said.substring(1);
    }

    private static ScaleRow row(String caption, double expectation, double experience, double gap, GapClass gapClass,
            I18n language) {
        String style = "class-" + gapClass.name().toLowerCase(Locale.ROOT);
        return new ScaleRow(caption,
                new ScaleRow.Mark(expectation, Grades.grade(language, expectation), "mark-expectation"),
                new ScaleRow.Mark(experience, Grades.grade(language, experience), "mark-experience"),
                language.t("promise.scale.gap", Grades.signed(language, gap), language.t(gapClass.messageKey())),
                style);
    }

    public I18n i18n() {
        return i18n;
    }

    /** The workshop's language, for the projector's fixed texts. */
    public I18n room() {
        return room;
    }

    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<Choice> choicesReadOnly = FXCollections.unmodifiableObservableList(choices);

    public ObservableList<Choice> choices() {
        return choicesReadOnly;
    }

    public ReadOnlyObjectProperty<Choice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lowerByProperty() {
        return lowerBy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty raiseByProperty() {
        return raiseBy.getReadOnlyProperty();
    }

    /** "−1,5": the expectation goes down by this much. */
    public ReadOnlyStringProperty lowerByTextProperty() {
        return lowerByText.getReadOnlyProperty();
    }

    /** "+0,5": the experience goes up by this much. */
    public ReadOnlyStringProperty raiseByTextProperty() {
        return raiseByText.getReadOnlyProperty();
    }

    /** There is a touchpoint with both grades to try what-ifs on. */
    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    /** Why there is nothing to try yet (no touchpoints, no grades), or empty. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomEmptyTextProperty() {
        return roomEmptyText.getReadOnlyProperty();
    }

    /** Why the last what-if was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Before → after in the console's language; null when there is nothing to show. */
    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Before → after in the workshop's language, for the projector; null when there is nothing to show. */
    public ReadOnlyObjectProperty<Figures> roomFiguresProperty() {
        return roomFigures.getReadOnlyProperty();
    }
}
