package nl.royaal.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.i18n.I18n;

/**
 * The trainer's two numbers for judging the expectation-versus-experience round: the margin
 * around the gap within which a touchpoint counts as satisfied, and the spread from which the
 * room's disagreement is flagged "discuss". The same form in the preparation and in the live
 * scoring console; it holds no nodes.
 *
 * <p>A value is stored the moment it is complete (Enter, leaving the field, a step) and only when
 * the domain accepts it; otherwise the field says why, with the domain's own message, and nothing
 * is stored. "0,3" and "0.3" are both three tenths. One decimal at most: every grade, gap and
 * margin in the product is shown with one, so a margin of 0.25 would read as "±0,3".
 */
public final class ScoringSettingsForm {

    /** The arrows and the step buttons move a value by a tenth. */
    public static final double STEP = 0.1;

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+([.]\\d*)?|[.]\\d+)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

    /** One of the two numbers: its text as typed, and why it was refused. */
    public final class Field {
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private final ToDoubleFunction<ScoringSettings> read;
        private final BiFunction<ScoringSettings, Double, ScoringSettings> write;
        private final double lowest;
        private final double highest;

        private Field(ToDoubleFunction<ScoringSettings> read, BiFunction<ScoringSettings, Double, ScoringSettings> write,
                double lowest, double highest) {
            this.read = read;
            this.write = write;
            this.lowest = lowest;
            this.highest = highest;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** Empty while the value is fine. */
        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        public String text() {
            return text.get();
        }

        public String error() {
            return error.get();
        }

        /** Stores the typed value when the domain accepts it; false (and a message) when not. */
        public boolean commit() {
            ScoringSettings changed;
            try {
                changed = write.apply(stored.get(), parse(text.get()));
            } catch (DomainException refused) {
                error.set(i18n.message(refused));
                return false;
            }
            return store(this, changed);
        }

        /** Esc: back to what is stored. */
        public void revert() {
            error.set("");
            text.set(format(read.applyAsDouble(stored.get())));
        }

        /**
         * A tenth up (+1) or down (−1) from the typed value, or from the stored one while the typed
         * text is no number; kept inside the domain's range, and stored at once.
         */
        public boolean step(int tenths) {
            double from;
            try {
                from = parse(text.get());
            } catch (DomainException notANumber) {
                from = read.applyAsDouble(stored.get());
            }
            BigDecimal next = BigDecimal.valueOf(from).setScale(1, RoundingMode.HALF_UP)
                    .add(BigDecimal.valueOf(STEP).multiply(BigDecimal.valueOf(tenths)));
            text.set(format(Math.clamp(next.doubleValue(), lowest, highest)));
            return commit();
        }

        private double parse(String typed) {
            String plain = SPACES.matcher(typed == null ? "" : typed).replaceAll("").replace('\u2212', '-')
                    .replace(',', '.');
            BigDecimal example = rounded(read.applyAsDouble(stored.get())); // what is stored reads as a number
            if (plain.isEmpty()) {
                throw new DomainException("scoring.settings.empty", example);
            }
            if (!NUMBER.matcher(plain).matches()) {
                throw new DomainException("scoring.settings.notNumber", typed.strip(), example);
            }
            BigDecimal value = new BigDecimal(plain);
            write.apply(stored.get(), value.doubleValue()); // the domain's range first: "10" is out of range
            if (value.stripTrailingZeros().scale() > 1) {
                throw new DomainException("scoring.settings.oneDecimal", typed.strip(), example);
            }
            return value.doubleValue();
        }

        private void show(ScoringSettings settings) {
            error.set("");
            text.set(format(read.applyAsDouble(settings)));
        }
    }

    private final I18n i18n;
    private final UserMessages messages;
    private final Supplier<ScoringSettings> stored;
    private final Consumer<ScoringSettings> store;
    private final Field margin = new Field(ScoringSettings::margin, ScoringSettings::withMargin,
            ScoringSettings.MIN_MARGIN, ScoringSettings.MAX_MARGIN);
    private final Field threshold = new Field(ScoringSettings::disagreementThreshold,
            ScoringSettings::withDisagreementThreshold, STEP, ScoringSettings.MAX_DISAGREEMENT_THRESHOLD);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    /** What the fields were last filled from: a refresh while the trainer types leaves the typing alone. */
    private ScoringSettings loaded;

    /**
     * @param i18n   the console's language
     * @param stored the workshop's scoring settings as stored now
     * @param store  stores changed settings with the workshop; throws when that fails
     */
    public ScoringSettingsForm(I18n i18n, Supplier<ScoringSettings> stored, Consumer<ScoringSettings> store) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.messages = new UserMessages(i18n);
        this.stored = Objects.requireNonNull(stored, "stored");
        this.store = Objects.requireNonNull(store, "store");
        load();
    }

    /** "Marge rond het verschil", 0 to 9. */
    public Field margin() {
        return margin;
    }

    /** "Bespreken vanaf spreiding", above 0 and at most 9. */
    public Field threshold() {
        return threshold;
    }

    /** What the margin and the threshold do, with the values stored now. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Shows the stored values again, but only when they changed since the fields were filled. */
    public void load() {
        ScoringSettings now = stored.get();
        if (now.equals(loaded)) {
            return;
        }
        loaded = now;
        margin.show(now);
        threshold.show(now);
        explain(now);
    }

    private boolean store(Field field, ScoringSettings changed) {
        if (!changed.equals(stored.get())) {
            ScoringSettings before = loaded;
            loaded = changed; // a refresh announced by the store itself leaves the other field as typed
            try {
                store.accept(changed);
            } catch (RuntimeException failed) {
                loaded = before;
                field.error.set(messages.describe(failed));
                return false;
            }
        }
        // The value as the console writes it ("0.30" becomes "0,3"); the other field keeps what is typed there.
        ScoringSettings now = stored.get();
        loaded = now;
        field.show(now);
        explain(now);
        return true;
    }

    private void explain(ScoringSettings settings) {
        explanation.set(i18n.t("scoring.settings.explanation", rounded(settings.margin()),
                rounded(settings.disagreementThreshold())));
    }

    private String format(double value) {
        return i18n.t("scoring.decimal", rounded(value));
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
