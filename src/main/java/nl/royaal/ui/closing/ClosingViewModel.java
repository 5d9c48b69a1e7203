package nl.royaal.ui.closing;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ElementRatings;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.i18n.I18n;

/**
 * The closing on a peak (PRODUCT.md §3 step 10): participants grade every part of the day. The
 * console follows how many have graded and the mean per part as the grades come in; the room sees
 * a thank-you with its own figures (who took part, the pledges, the fans they add up to) and, once
 * the trainer reveals them, the grades per part as bars, the best part marked.
 *
 * <p>Console texts are in the console's language, the room's in the workshop's. Holds no nodes.
 */
public final class ClosingViewModel {

    /**
     * One part of the agenda and its grades.
     *
     * @param mean     the mean grade formatted, or "–" when nobody graded it
     * @param fraction the mean as a share of the top grade (0 when nobody graded it), for a bar
     * @param count    how many graded it, formatted
     * @param best     it has the highest mean of the day
     */
    public record Bar(String title, String mean, double fraction, String count, boolean best) {
    }

    /** One figure on the thank-you slide, such as "12" over "took part". */
    public record Figure(String value, String caption) {
    }

    private static final double TOP_GRADE = 10;

    private final UUID closingId;
    private final Supplier<Workshop> workshop;
    private final BooleanSupplier revealed;
    private final I18n i18n;
    private final I18n room;

    private final ReadOnlyStringWrapper ratedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anyRated = new ReadOnlyBooleanWrapper();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<Bar> roomBars = FXCollections.observableArrayList();
    private final ObservableList<Figure> roomFigures = FXCollections.observableArrayList();
    // One read-only view each: a view listens weakly, so a view made per call loses its listeners.
    private final ObservableList<Bar> barsView = FXCollections.unmodifiableObservableList(bars);
    private final ObservableList<Bar> roomBarsView = FXCollections.unmodifiableObservableList(roomBars);
    private final ObservableList<Figure> roomFiguresView = FXCollections.unmodifiableObservableList(roomFigures);

    /**
     * @param closingId the closing element (it is not graded itself)
     * @param revealed  whether the trainer has shown the grades to the room
     */
    public ClosingViewModel(UUID closingId, Supplier<Workshop> workshop, BooleanSupplier revealed, I18n i18n,
            I18n room) {
        this.closingId = Objects.requireNonNull(closingId);
        this.workshop = Objects.requireNonNull(workshop);
        this.revealed = Objects.requireNonNull(revealed);
        this.i18n = Objects.requireNonNull(i18n);
        this.room = Objects.requireNonNull(room);
        refresh();
    }

    /** Reads the workshop again: grades arrived, or the trainer revealed them. */
    public void refresh() {
        Workshop current = workshop.get();
        List<ElementRatings.RatedElement> graded = ElementRatings.of(current).elements().stream()
                .filter(rated -> isGraded(rated.element().kind(), rated.id()))
                .toList();
        double top = graded.stream().mapToDouble(rated -> rated.statistic().mean().orElse(0)).max().orElse(0);
        bars.setAll(graded.stream().map(rated -> bar(rated, top, i18n)).toList());
        roomBars.setAll(graded.stream().map(rated -> bar(rated, top, room)).toList());
        int people = current.participants().size();
        int raters = raters(current, graded);
        ratedText.set(raters == 0 ? i18n.t("closing.rated.none") : i18n.t("closing.rated", raters, people));
        anyRated.set(raters > 0);
        shown.set(revealed.getAsBoolean());
        hint.set(i18n.t(shown.get() ? "closing.hint.shown" : "closing.hint.hidden"));
        roomFigures.setAll(figures(current, people));
        StringBuilder line = new StringBuilder(roomThanks());
        roomFigures.forEach(figure -> line.append("  \u00b7  ").append(figure.value()).append(' ').append(figure.caption()));
        roomSummary.set(line.toString());
    }

    /** Every part but breaks and the closing itself: what the phones ask to grade. */
    private boolean isGraded(ElementKind kind, UUID elementId) {
        return kind != ElementKind.BREAK && !elementId.equals(closingId);
    }

    private static Bar bar(ElementRatings.RatedElement rated, double top, I18n language) {
        Statistic statistic = rated.statistic();
        double mean = statistic.mean().orElse(0);
        return new Bar(rated.element().title(),
                statistic.hasMean() ? language.t("closing.mean", mean) : language.t(Statistic.NO_VALUE_KEY),
                mean / TOP_GRADE, language.t("closing.count", statistic.n()),
                statistic.hasMean() && mean == top);
    }

    /** Participants who graded at least one of the graded parts. */
    private static int raters(Workshop workshop, List<ElementRatings.RatedElement> graded) {
        Set<UUID> parts = new HashSet<>();
        graded.forEach(rated -> parts.add(rated.id()));
        Set<UUID> people = new HashSet<>();
        for (ElementRating rating : workshop.answers().ratings()) {
            if (parts.contains(rating.elementId())) {
                people.add(rating.participantId());
            }
        }
        return people.size();
    }

    /** The room's own figures: who took part; the pledges and the fans they add up to, when there are any. */
    private List<Figure> figures(Workshop workshop, int people) {
        if (people == 0) {
            return List.of();
        }
        long pledges = workshop.answers().texts().stream()
                .filter(text -> text.purpose() == TextPurpose.PLEDGE && !text.hidden())
                .map(TextAnswer::participantId).distinct().count();
        FanClubProjection fans = FanClubProjection.forWorkshop(workshop);
        return pledges == 0
                ? List.of(new Figure(room.t("closing.room.number", people), room.t("closing.room.people", people)))
                : List.of(new Figure(room.t("closing.room.number", people), room.t("closing.room.people", people)),
                        new Figure(room.t("closing.room.number", pledges), room.t("closing.room.pledges", pledges)),
                        new Figure(room.t("closing.room.number", fans.fans()), room.t("closing.room.fans")));
    }

    /** "7 of 12 participants have graded the day", on the console. */
    public ReadOnlyStringProperty ratedTextProperty() {
        return ratedText.getReadOnlyProperty();
    }

    /** What R does now: show the grades to the room, or that they are shown. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The grades are on the projector. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyRatedProperty() {
        return anyRated.getReadOnlyProperty();
    }

    /** The graded parts in agenda order, for the console. */
    public ObservableList<Bar> bars() {
        return barsView;
    }

    /** The same in the workshop's language, for the projector. */
    public ObservableList<Bar> roomBars() {
        return roomBarsView;
    }

    public ObservableList<Figure> roomFigures() {
        return roomFiguresView;
    }

    public String roomThanks() {
        return room.t("closing.room.thanks");
    }

    /** The thank-you and the figures on one line, above the revealed grades. */
    public ReadOnlyStringProperty roomSummaryProperty() {
        return roomSummary.getReadOnlyProperty();
    }

    public String roomEmpty() {
        return room.t("closing.room.empty");
    }
}
