package nl.royaal.ui.selfimage;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.SelfImageGap;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.i18n.I18n;

/**
 * The self-image check (PRODUCT.md §1 "Self-image gap", §3 step 3): "How customer-centric are
 * we?" against "What would our customers give us?", both 1–10. The console follows every answer
 * (how many answered, both means and spreads, the gap); the room sees only how many answered
 * until the facilitator reveals, then both means on one scale and the gap, named in a sentence.
 *
 * <p>The figures come from {@link SelfImageGap}; the gap is customer view − our view, so a
 * negative gap means we think better of ourselves than we expect our customers to. Console texts
 * are in the console's language, the room's in the workshop's. Holds no nodes.
 */
public final class SelfImageViewModel {

    /** Below this, a gap shown with one decimal is nothing: the sentence says "no gap". */
    private static final double NO_GAP = 0.05;

    private final Supplier<Workshop> workshop;
    private final BooleanSupplier revealed;
    private final I18n i18n;
    private final I18n room;

    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ourMean = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerMean = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ourSpread = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerSpread = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ourCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gap = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revealState = new ReadOnlyStringWrapper("");
    private final ObservableList<ScaleRow> scale = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper roomRevealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper roomCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomAnswered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomOurMean = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomCustomerMean = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomGap = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSentence = new ReadOnlyStringWrapper("");
    private final ObservableList<ScaleRow> roomScale = FXCollections.observableArrayList();

    /**
     * @param workshop the workshop as the live run has it now
     * @param revealed whether the facilitator revealed this element's results to the room
     * @param i18n     the console's language
     * @param room     the workshop's language, for the projector
     */
    public SelfImageViewModel(Supplier<Workshop> workshop, BooleanSupplier revealed, I18n i18n, I18n room) {
        this.workshop = Objects.requireNonNull(workshop, "workshop");
        this.revealed = Objects.requireNonNull(revealed, "revealed");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.room = Objects.requireNonNull(room, "room");
        refresh();
    }

    /** Reads the answers and the reveal again; call on the FX thread. */
    public void refresh() {
        SelfImageGap check = SelfImageGap.of(workshop.get());
        boolean shown = revealed.getAsBoolean();

        answered.set(i18n.t("selfimage.answered", check.respondents()));
        ourMean.set(Grades.grade(i18n, check.ourView().mean()));
        customerMean.set(Grades.grade(i18n, check.customerView().mean()));
        ourSpread.set(Grades.grade(i18n, check.ourView().standardDeviation()));
        customerSpread.set(Grades.grade(i18n, check.customerView().standardDeviation()));
        ourCount.set(String.valueOf(check.ourView().n()));
        customerCount.set(String.valueOf(check.customerView().n()));
        gap.set(Grades.signed(i18n, check.gap()));
        sentence.set(sentence(check, i18n));
        revealState.set(i18n.t(shown ? "selfimage.revealed" : "selfimage.hidden"));
        scale.setAll(rows(check, i18n));

        roomRevealed.set(shown);
        roomCount.set(String.valueOf(check.respondents()));
        roomAnswered.set(room.t("selfimage.room.answered", check.respondents()));
        // Nothing of the outcome reaches the projector before the reveal, not even in hidden nodes.
        roomOurMean.set(shown ? Grades.grade(room, check.ourView().mean()) : "");
        roomCustomerMean.set(shown ? Grades.grade(room, check.customerView().mean()) : "");
        roomGap.set(shown ? Grades.signed(room, check.gap()) : "");
        roomSentence.set(shown ? sentence(check, room) : "");
        roomScale.setAll(shown ? rows(check, room) : List.of());
    }

    /** The gap named: which way it goes and how big it is, or why there is none yet. */
    static String sentence(SelfImageGap check, I18n language) {
        OptionalDouble gap = check.gap();
        if (gap.isEmpty()) {
            return language.t(check.respondents() == 0 ? "selfimage.sentence.none" : "selfimage.sentence.missing");
        }
        String ours = Grades.grade(language, check.ourView().mean());
        String customers = Grades.grade(language, check.customerView().mean());
        double size = Math.abs(gap.getAsDouble());
        String points = Grades.grade(language, size);
        if (size < NO_GAP) {
            return language.t("selfimage.sentence.equal", ours);
        }
        return language.t(gap.getAsDouble() < 0 ? "selfimage.sentence.lower" : "selfimage.sentence.higher",
                ours, customers, points);
    }

    private static List<ScaleRow> rows(SelfImageGap check, I18n language) {
        Statistic ours = check.ourView();
        Statistic customers = check.customerView();
        if (!ours.hasMean() || !customers.hasMean()) {
            return List.of();
        }
        double our = ours.mean().getAsDouble();
        double their = customers.mean().getAsDouble();
        return List.of(new ScaleRow("",
                new ScaleRow.Mark(our, language.t("selfimage.mark.ours", Grades.grade(language, our)), "mark-ours"),
                new ScaleRow.Mark(their, language.t("selfimage.mark.customers", Grades.grade(language, their)),
                        "mark-customers"),
                language.t("selfimage.mark.gap", Grades.signed(language, check.gap())), ""));
    }

    public I18n i18n() {
        return i18n;
    }

    /** The question for the trainer to ask after the reveal ("did you ask your customers?"). */
    public String askCustomers() {
        return i18n.t(SelfImageGap.ASK_CUSTOMERS_KEY);
    }

    /** Bain &amp; Company's 80% against 8%, in the room's language. */
    public String roomBain() {
        return room.t(SelfImageGap.BAIN_REFERENCE_KEY, SelfImageGap.bainArguments());
    }

    /** The same question for the room, in "we". */
    public String roomAsk() {
        return room.t("selfimage.room.ask");
    }

    // --- console ------------------------------------------------------------------------

    public ReadOnlyStringProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ourMeanProperty() {
        return ourMean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerMeanProperty() {
        return customerMean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ourSpreadProperty() {
        return ourSpread.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerSpreadProperty() {
        return customerSpread.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ourCountProperty() {
        return ourCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerCountProperty() {
        return customerCount.getReadOnlyProperty();
    }

    /** Customer view − our view, signed; "–" until both questions have answers. */
    public ReadOnlyStringProperty gapProperty() {
        return gap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Whether the room sees the outcome yet, and how to change that. */
    public ReadOnlyStringProperty revealStateProperty() {
        return revealState.getReadOnlyProperty();
    }

    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<ScaleRow> scaleReadOnly = FXCollections.unmodifiableObservableList(scale);

    public ObservableList<ScaleRow> scale() {
        return scaleReadOnly;
    }

    // --- projector ----------------------------------------------------------------------

    public ReadOnlyBooleanProperty roomRevealedProperty() {
        return roomRevealed.getReadOnlyProperty();
    }

    /** How many answered, as a number; the one figure shown before the reveal. */
    public ReadOnlyStringProperty roomCountProperty() {
        return roomCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomAnsweredProperty() {
        return roomAnswered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomOurMeanProperty() {
        return roomOurMean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomCustomerMeanProperty() {
        return roomCustomerMean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomGapProperty() {
        return roomGap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomSentenceProperty() {
        return roomSentence.getReadOnlyProperty();
    }

    /** The two means on the scale, once revealed; empty before. */
    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<ScaleRow> roomScaleReadOnly = FXCollections.unmodifiableObservableList(roomScale);

    public ObservableList<ScaleRow> roomScale() {
        return roomScaleReadOnly;
    }
}
