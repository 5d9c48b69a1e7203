package nl.royaal.ui.peakend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ScoreAggregator;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.domain.sequence.Advice;
import nl.royaal.domain.sequence.Before;
import nl.royaal.domain.sequence.MemoryModel;
import nl.royaal.domain.sequence.Move;
import nl.royaal.domain.sequence.Sequence;
import nl.royaal.domain.sequence.SequenceItem;
import nl.royaal.domain.sequence.SequenceMeasures;
import nl.royaal.domain.sequence.Sequencer;
import nl.royaal.domain.sequence.Suggestion;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.SelectableList;

/**
 * The peak-end step (PRODUCT.md §3 step 7): a sequence as an experience curve, the order that
 * ends on a peak, and why. The trainer reorders by drag or Alt+↑/↓, pins an element to its place,
 * adds "A before B" rules, applies the suggestion and undoes; every figure follows at once.
 *
 * <p>The sequence is the workshop's customer journey (mean experience per touchpoint; touchpoints
 * nobody scored are left out and named) or one the trainer types, such as the course of six
 * evenings from the brief. Bad input (a circle of rules, two pins on one place, a pin outside the
 * sequence, nothing to order, a score outside 1–10) is refused with a message and changes nothing.
 *
 * <p>Texts for the console are in the console's language; the projector's texts and the curves'
 * labels are in the workshop's language. Holds no nodes: the console and the projector bind to it.
 */
public final class PeakEndViewModel {

    /** Where the sequence comes from: the customer journey, the course example, or typed by the trainer. */
    public enum Source { JOURNEY, EXAMPLE, OWN }

    /** Whether the suggested order improves a figure. */
    public enum Trend { BETTER, SAME, WORSE }

    /**
     * One element in the list, in the current order.
     *
     * @param position    1-based place now
     * @param destination 1-based place in the suggestion, or 0 when it stays
     * @param pin         1-based place it is pinned to, or 0 when it may move
     */
    public record Row(UUID id, int position, String label, String score, int pin, int destination) {
        public boolean pinned() {
            return pin > 0;
        }
    }

    /**
     * One point of a curve.
     *
     * @param text label and score, to read when the label along the axis is shortened
     */
    public record Point(String label, double score, String text) {
    }

    /** One figure of the current order against the suggested order. */
    public record Figure(String name, String current, String suggested, Trend trend) {
    }

    /** One "A before B" rule, as the trainer reads it. */
    public record Rule(Before rule, String text) {
    }

    /** What the screen shows, kept while the room visits other elements (and for undo). */
    public record State(Source source, Sequence sequence) {
        public State {
            Objects.requireNonNull(source, "source");
        }
    }

    /** The state and its undo history, for coming back to the element later in the session. */
    public record Memento(State state, List<State> history) {
        public Memento {
            Objects.requireNonNull(state, "state");
            history = List.copyOf(history);
        }
    }

    /** The course of six evenings from the brief (PRODUCT.md §1 "Peak-end", §4 acceptance). */
    static final double[] COURSE = {6.1, 7.9, 6.6, 7.4, 6.9, 7.2};
    private static final int MAX_HISTORY = 100;

    private final Supplier<Workshop> workshop;
    private final I18n i18n;
    private final I18n room;
    private final Sequencer sequencer = new Sequencer();
    private final List<MemoryModel> models = MemoryModel.defaults();

    private State state;
    private Suggestion suggestion;
    private final Deque<State> history = new ArrayDeque<>();

    private final SelectableList<Row> rows = new SelectableList<>(Row::id);
    private final ObservableList<Point> currentCurve = FXCollections.observableArrayList();
    private final ObservableList<Point> suggestedCurve = FXCollections.observableArrayList();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> advice = FXCollections.observableArrayList();
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(Source.JOURNEY);
    private final ReadOnlyStringWrapper omitted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSequence = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper suggestedTitle = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper roomCurrentTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSuggestedTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomCurrentRemembered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSuggestedRemembered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomCurrentDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSuggestedDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomGain = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomAdvice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomEmpty = new ReadOnlyStringWrapper("");

    /**
     * @param workshop the workshop as it is now (the live run's), read again on {@link #refresh()}
     * @param i18n     the console's language
     * @param room     the workshop's language, for the projector and the curves
     */
    public PeakEndViewModel(Supplier<Workshop> workshop, I18n i18n, I18n room) {
        this.workshop = Objects.requireNonNull(workshop);
        this.i18n = Objects.requireNonNull(i18n);
        this.room = Objects.requireNonNull(room);
        state = new State(Source.JOURNEY, journey(null));
        show();
    }

    // --- properties ------------------------------------------------------------------------

    public SelectableList<Row> rows() {
        return rows;
    }

    public ObservableList<Point> currentCurve() {
        return currentCurve;
    }

    public ObservableList<Point> suggestedCurve() {
        return suggestedCurve;
    }

    /** Remembered score per memory model, rising steps and total descent: now against suggested. */
    public ObservableList<Figure> figures() {
        return figures;
    }

    /** Why the suggestion puts each element where it does. */
    public ObservableList<String> reasons() {
        return reasons;
    }

    /** Advice about the order as a whole: already the best, or a low end that must stay and needs a closing peak. */
    public ObservableList<String> advice() {
        return advice;
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Touchpoints left out because nobody scored their experience; empty when none. */
    public ReadOnlyStringProperty omittedProperty() {
        return omitted.getReadOnlyProperty();
    }

    /** What to do when there is nothing to order yet; empty when there is. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Why the last change was refused; empty after a change that went through. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSequenceProperty() {
        return hasSequence.getReadOnlyProperty();
    }

    /** There is a suggestion that differs from the current order. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** The heading of the suggested curve on the console ("already the best" when it changes nothing). */
    public ReadOnlyStringProperty suggestedTitleProperty() {
        return suggestedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomCurrentTitleProperty() {
        return roomCurrentTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomSuggestedTitleProperty() {
        return roomSuggestedTitle.getReadOnlyProperty();
    }

    /** The default model's remembered score of the current order, large on the projector. */
    public ReadOnlyStringProperty roomCurrentRememberedProperty() {
        return roomCurrentRemembered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomSuggestedRememberedProperty() {
        return roomSuggestedRemembered.getReadOnlyProperty();
    }

    /** The other models and the rising steps of the current order, on the projector. */
    public ReadOnlyStringProperty roomCurrentDetailProperty() {
        return roomCurrentDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomSuggestedDetailProperty() {
        return roomSuggestedDetail.getReadOnlyProperty();
    }

    /** How much more the suggestion is remembered ("+0,23"); empty when it is not more. */
    public ReadOnlyStringProperty roomGainProperty() {
        return roomGain.getReadOnlyProperty();
    }

    /** The closing-peak advice for the room when a low end must stay; empty otherwise. */
    public ReadOnlyStringProperty roomAdviceProperty() {
        return roomAdvice.getReadOnlyProperty();
    }

    /** What the projector says while there is nothing to show; empty when there is. */
    public ReadOnlyStringProperty roomEmptyProperty() {
        return roomEmpty.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    /** The current sequence, or {@code null} when there is nothing to order. */
    public Sequence sequence() {
        return state.sequence();
    }

    /** The sequencer's answer for the current order, or {@code null} when there is nothing to order. */
    public Suggestion suggestion() {
        return suggestion;
    }

    // --- actions ---------------------------------------------------------------------------

    /** Drag and drop, Alt+↑/↓: the element at {@code from} goes to {@code to} (0-based). */
    public void move(int from, int to) {
        Sequence current = state.sequence();
        if (current == null || from == to || from < 0 || from >= current.size() || to < 0 || to >= current.size()) {
            return;
        }
        UUID moving = current.get(from).id();
        change(new State(state.source(), current.moved(from, to)), moving);
    }

    /** Moves the selected element one place up (-1) or down (+1). */
    public void moveSelected(int offset) {
        int index = rows.selectedIndex();
        if (index >= 0) {
            move(index, index + offset);
        }
    }

    /** The current order becomes the suggested order (undoable). */
    public void applySuggestion() {
        if (suggestion != null && !suggestion.unchanged()) {
            change(new State(state.source(), suggestion.suggested()), null);
        }
    }

    /** Back to the state before the last change. */
    public void undo() {
        if (history.isEmpty()) {
            return;
        }
        state = history.pop();
        error.set("");
        show();
    }

    /** The lock of a row: pins the element where it stands now, or lets it move again. */
    public void togglePin(UUID id) {
        Sequence current = state.sequence();
        if (current == null || current.positionOf(id) < 0) {
            return;
        }
        boolean pinned = current.find(id).orElseThrow().isPinned();
        attempt(() -> new State(state.source(), pinned ? current.withoutPin(id) : current.pinnedInPlace(id)), id);
    }

    /** A rule: {@code earlier} comes somewhere before {@code later}. */
    public void addRule(UUID earlier, UUID later) {
        Sequence current = state.sequence();
        if (current == null || earlier == null || later == null) {
            return;
        }
        if (earlier.equals(later)) {
            error.set(i18n.t("peakEnd.rule.sameItem"));
            return;
        }
        attempt(() -> new State(state.source(), current.withConstraint(new Before(earlier, later))), null);
    }

    public void removeRule(Before rule) {
        Sequence current = state.sequence();
        if (current != null && current.constraints().contains(rule)) {
            change(new State(state.source(), current.withoutConstraint(rule)), null);
        }
    }

    /** The workshop's customer journey, with the scores given so far. */
    public void useJourney() {
        if (state.source() != Source.JOURNEY) {
            change(new State(Source.JOURNEY, journey(null)), null);
        }
    }

    /** The course of six evenings by six teachers, in the order they were given (one click, for the classroom). */
    public void useExample() {
        List<SequenceItem> items = new ArrayList<>();
        for (int evening = 0; evening < COURSE.length; evening++) {
            items.add(SequenceItem.of(room.t("peakEnd.example.evening", evening + 1), COURSE[evening]));
        }
        change(new State(Source.EXAMPLE, Sequence.of(items)), null);
    }

    /**
     * A sequence the trainer typed: one element per line, "name; score", optionally "; place" to
     * pin it (a tab works too, as pasted from a spreadsheet).
     *
     * @return whether it was taken; when not, {@link #errorProperty()} says why and nothing changed
     */
    public boolean useOwn(String typed) {
        return attempt(() -> new State(Source.OWN, TypedSequence.parse(typed)), null);
    }

    /** The message of a refused change has been read (the dialog that showed it closed). */
    public void clearError() {
        error.set("");
    }

    /** The current sequence as the trainer would type it, to start editing from. */
    public String ownText() {
        return state.sequence() == null ? "" : TypedSequence.format(state.sequence(), i18n);
    }

    /** The live run changed: the journey's scores may have moved; the trainer's order stays. */
    public void refresh() {
        if (state.source() == Source.JOURNEY && mergeJourney()) {
            show();
        }
    }

    public Memento memento() {
        return new Memento(state, List.copyOf(history));
    }

    /** Back to what the trainer left, with the journey's scores as they are now. */
    public void restore(Memento memento) {
        history.clear();
        history.addAll(memento.history());
        state = memento.state();
        if (state.source() == Source.JOURNEY) {
            mergeJourney();
        }
        show();
    }

    // --- internals -----------------------------------------------------------------------

    /** Takes the journey's current scores into the current order; true when something changed. */
    private boolean mergeJourney() {
        Sequence merged = journey(state.sequence());
        if (Objects.equals(merged, state.sequence())) {
            return false;
        }
        // Older states hold older scores: undoing into them would bring those back.
        history.clear();
        state = new State(Source.JOURNEY, merged);
        return true;
    }

    private boolean attempt(Supplier<State> next, UUID select) {
        State changed;
        try {
            changed = next.get();
        } catch (DomainException refused) {
            error.set(i18n.message(refused));
            return false;
        }
        change(changed, select);
        return true;
    }

    private void change(State next, UUID select) {
        history.push(state);
        while (history.size() > MAX_HISTORY) {
            history.removeLast();
        }
        state = next;
        error.set("");
        show(select);
    }

    /**
     * The journey's touchpoints that have experience scores, in journey order, scored by their mean
     * experience. With {@code keep}, its order, pins and rules stay for the touchpoints still in it
     * and new ones come last.
     */
    private Sequence journey(Sequence keep) {
        List<SequenceItem> scored = new ArrayList<>();
        for (TouchpointAggregate touchpoint : journeyScores()) {
            touchpoint.meanExperience().ifPresent(
                    mean -> scored.add(SequenceItem.of(touchpoint.id(), touchpoint.name(), mean)));
        }
        if (scored.isEmpty()) {
            return null;
        }
        if (keep == null) {
            return Sequence.of(scored);
        }
        Map<UUID, SequenceItem> fresh = new HashMap<>();
        scored.forEach(item -> fresh.put(item.id(), item));
        List<SequenceItem> ordered = new ArrayList<>();
        for (SequenceItem kept : keep.items()) {
            SequenceItem now = fresh.remove(kept.id());
            if (now != null) {
                ordered.add(kept.pin().isPresent() ? now.pinnedAt(kept.pinned()) : now);
            }
        }
        scored.stream().filter(item -> fresh.containsKey(item.id())).forEach(ordered::add);
        Set<UUID> present = ordered.stream().map(SequenceItem::id).collect(Collectors.toSet());
        List<Before> kept = keep.constraints().stream()
                .filter(rule -> present.contains(rule.earlier()) && present.contains(rule.later())).toList();
        try {
            return Sequence.of(ordered, kept);
        } catch (DomainException noLongerFits) {
            // A touchpoint dropped out and a pin now points past the end: start from the journey.
            return Sequence.of(scored);
        }
    }

    private List<TouchpointAggregate> journeyScores() {
        Workshop now = workshop.get();
        return ScoreAggregator.aggregate(now, now.settings().scoring()).inJourneyOrder();
    }

    /** The touchpoints nobody gave an experience score, named, when others have one. */
    private String omittedText() {
        List<String> unscored = journeyScores().stream().filter(touchpoint -> touchpoint.meanExperience().isEmpty())
                .map(TouchpointAggregate::name).toList();
        return unscored.isEmpty() ? "" : i18n.t("peakEnd.omitted", String.join(", ", unscored));
    }

    private void show() {
        show(null);
    }

    private void show(UUID select) {
        source.set(state.source());
        canUndo.set(!history.isEmpty());
        Sequence current = state.sequence();
        omitted.set(state.source() == Source.JOURNEY && current != null ? omittedText() : "");
        if (current == null) {
            suggestion = null;
            rows.replace(List.of(), null);
            currentCurve.clear();
            suggestedCurve.clear();
            figures.clear();
            reasons.clear();
            advice.clear();
            rules.clear();
            hasSequence.set(false);
            canApply.set(false);
            emptyText.set(i18n.t("peakEnd.empty"));
            roomEmpty.set(room.t("peakEnd.room.empty"));
            suggestedTitle.set(i18n.t("peakEnd.chart.suggested"));
            roomCurrentRemembered.set("");
            roomSuggestedRemembered.set("");
            roomCurrentDetail.set("");
            roomSuggestedDetail.set("");
            roomGain.set("");
            roomAdvice.set("");
            return;
        }
        suggestion = sequencer.suggest(current);
        hasSequence.set(true);
        emptyText.set("");
        roomEmpty.set("");
        canApply.set(!suggestion.unchanged());
        Sequence suggested = suggestion.suggested();
        List<Row> newRows = new ArrayList<>();
        for (int p = 0; p < current.size(); p++) {
            SequenceItem item = current.get(p);
            int destination = suggested.positionOf(item.id());
            String score = i18n.t("peakEnd.score", rounded(item.score(), 1));
            newRows.add(new Row(item.id(), p + 1, item.label(), score, item.isPinned() ? item.pinned() + 1 : 0,
                    destination == p ? 0 : destination + 1));
        }
        rows.replace(newRows, select);
        currentCurve.setAll(points(current));
        suggestedCurve.setAll(points(suggested));
        figures.setAll(figures(suggestion.before(), suggestion.after()));
        reasons.setAll(reasons(suggestion));
        advice.setAll(suggestion.advice().stream().map(given -> i18n.t(given.messageKey(), rounded(given.args())))
                .toList());
        roomAdvice.set(suggestion.advice().stream().filter(given -> given.messageKey().equals(Advice.ADD_CLOSING_PEAK))
                .map(given -> room.t(given.messageKey(), given.args())).findFirst().orElse(""));
        rules.setAll(current.constraints().stream().map(rule -> new Rule(rule, i18n.t("peakEnd.rule.text",
                current.find(rule.earlier()).orElseThrow().label(), current.find(rule.later()).orElseThrow().label())))
                .toList());
        suggestedTitle.set(i18n.t(suggestion.unchanged() ? "peakEnd.chart.alreadyBest"
                : suggestion.peakEndPossible() ? "peakEnd.chart.suggested" : "peakEnd.chart.bestPossible"));
        roomCurrentTitle.set(room.t("peakEnd.room.current"));
        roomSuggestedTitle.set(room.t(suggestion.unchanged() ? "peakEnd.room.alreadyBest" : "peakEnd.room.suggested"));
        roomCurrentRemembered.set(room.t("peakEnd.remembered", rounded(suggestion.before().rememberedScore(), 2)));
        roomSuggestedRemembered.set(room.t("peakEnd.remembered", rounded(suggestion.after().rememberedScore(), 2)));
        BigDecimal gain = rounded(suggestion.after().rememberedScore(), 2)
                .subtract(rounded(suggestion.before().rememberedScore(), 2));
        roomGain.set(gain.signum() > 0 ? room.t("peakEnd.room.gain", gain) : "");
        roomCurrentDetail.set(roomDetail(suggestion.before(), current.size()));
        roomSuggestedDetail.set(roomDetail(suggestion.after(), current.size()));
    }

    private List<Point> points(Sequence sequence) {
        return sequence.items().stream()
                .map(item -> new Point(item.label(), item.score(),
                        room.t("peakEnd.point", item.label(), rounded(item.score(), 1))))
                .toList();
    }

    private List<Figure> figures(SequenceMeasures before, SequenceMeasures after) {
        List<Figure> shown = new ArrayList<>();
        for (MemoryModel model : models) {
            double now = before.remembered(model);
            double then = after.remembered(model);
            shown.add(new Figure(i18n.t(model.nameKey()), i18n.t("peakEnd.remembered", rounded(now, 2)),
                    i18n.t("peakEnd.remembered", rounded(then, 2)), trend(then - now)));
        }
        shown.add(new Figure(i18n.t("peakEnd.figure.risingSteps"), String.valueOf(before.risingSteps()),
                String.valueOf(after.risingSteps()), trend(after.risingSteps() - before.risingSteps())));
        shown.add(new Figure(i18n.t("peakEnd.figure.descent"),
                i18n.t("peakEnd.score", rounded(before.totalDescent(), 1)),
                i18n.t("peakEnd.score", rounded(after.totalDescent(), 1)),
                trend(before.totalDescent() - after.totalDescent())));
        return shown;
    }

    private static Trend trend(double improvement) {
        if (Math.abs(improvement) <= SequenceMeasures.EPSILON) {
            return Trend.SAME;
        }
        return improvement > 0 ? Trend.BETTER : Trend.WORSE;
    }

    /** Reasons for elements that move, and for pins and rules that hold something back. */
    private List<String> reasons(Suggestion answer) {
        List<String> texts = new ArrayList<>();
        for (Move move : answer.moves()) {
            if (move.moves() || !Move.PINNED.equals(move.messageKey())) {
                texts.add(i18n.t(move.messageKey(), rounded(move.args())));
            }
        }
        return List.copyOf(new LinkedHashSet<>(texts));
    }

    /** Means such as 7.333… read as 7.3, like the list. */
    private static Object[] rounded(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Double score) {
                shown[i] = rounded(score, 1);
            }
        }
        return shown;
    }

    /**
     * Rounded half up, as a teacher rounds a grade (8.25 reads 8.3), from the shortest decimal
     * that is the double, so 7.35 is 7.35 and not 7.3499….
     */
    static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private String roomDetail(SequenceMeasures measures, int size) {
        List<String> parts = new ArrayList<>();
        for (MemoryModel model : models.subList(1, models.size())) {
            parts.add(room.t("peakEnd.room.model", room.t(model.nameKey()), rounded(measures.remembered(model), 2)));
        }
        parts.add(room.t("peakEnd.room.risingSteps", measures.risingSteps(), size - 1));
        return String.join("\n", parts);
    }
}
