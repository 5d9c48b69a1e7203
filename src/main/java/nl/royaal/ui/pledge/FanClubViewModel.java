package nl.royaal.ui.pledge;

import java.text.NumberFormat;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.ui.common.UserMessages;

/**
 * "One fan a day": the fan-club projection people × working days × years, with every input
 * editable on the console (PRODUCT.md §3 step 9). Defaults: the participants in the room, 200
 * days, 1 year. Each field is checked as it is typed; a field that is not a whole number in its
 * range says why beside it, and the projection keeps its last valid value for that field, so the
 * projector never shows nonsense. While the trainer has not changed the number of people, it
 * follows the room as people join. Every valid change is stored with the workshop at once
 * ({@link FanClubSettings}), so the closing slide, the report and a return to this screen show
 * the same projection.
 */
public final class FanClubViewModel {

    /** Digits, optionally grouped in threes by dots, commas or spaces ("2.000", "2,000", "2 000"). */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,\\s\u00a0\u202f]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");

    private final IntSupplier roomSize;
    private final Consumer<FanClubSettings> store;
    private final I18n console;
    private final I18n room;

    private final StringProperty people = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final StringProperty years = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper peopleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper daysError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yearsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FanClubProjection> projection;
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private int defaultPeople;

    /**
     * @param roomSize the participants in the room now
     * @param stored   the inputs the workshop keeps, where the projection starts
     * @param store    stores changed inputs with the workshop at once; may throw a
     *                 {@link StorageException}, which is said beside the field
     * @param console  the console's language
     * @param room     the workshop's language: the projector's formula and number
     */
    public FanClubViewModel(IntSupplier roomSize, FanClubSettings stored, Consumer<FanClubSettings> store,
            I18n console, I18n room) {
        this.roomSize = roomSize;
        this.store = Objects.requireNonNull(store, "store");
        this.console = console;
        this.room = room;
        FanClubProjection start = stored.projectionFor(roomSize.getAsInt());
        defaultPeople = FanClubProjection.forParticipants(roomSize.getAsInt()).people();
        projection = new ReadOnlyObjectWrapper<>(start);
        people.addListener((obs, old, text) -> take(Field.PEOPLE, text));
        days.addListener((obs, old, text) -> take(Field.DAYS, text));
        years.addListener((obs, old, text) -> take(Field.YEARS, text));
        projection.addListener((obs, old, now) -> describe());
        show(start);
        describe();
    }

    enum Field { PEOPLE, DAYS, YEARS }

    public StringProperty peopleProperty() {
        return people;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty yearsProperty() {
        return years;
    }

    public ReadOnlyStringProperty peopleErrorProperty() {
        return peopleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty daysErrorProperty() {
        return daysError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearsErrorProperty() {
        return yearsError.getReadOnlyProperty();
    }

    /** The last valid projection. */
    public ReadOnlyObjectProperty<FanClubProjection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public FanClubProjection projection() {
        return projection.get();
    }

    /** "10 × 200 × 1" in the workshop's language, for the projector. */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** "10 × 200 × 1 = 2.000 fans" in the console's language. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "fans in one year", under the counter on the projector. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The fan club formatted as the room writes numbers: 2.000 in Dutch, 2,000 in English. */
    public String roomNumber(long fans) {
        return NumberFormat.getIntegerInstance(room.language().locale()).format(fans);
    }

    /** The room changed: while the trainer kept the default number of people, it follows the room. */
    public void refresh() {
        int now = FanClubProjection.forParticipants(roomSize.getAsInt()).people();
        if (now != defaultPeople) {
            boolean following = people.get().strip().equals(String.valueOf(defaultPeople));
            defaultPeople = now;
            if (following) {
                people.set(String.valueOf(now));
            }
        }
    }

    /** Back to the participants in the room, 200 days and 1 year. */
    public void resetToDefaults() {
        defaultPeople = FanClubProjection.forParticipants(roomSize.getAsInt()).people();
        show(FanClubProjection.forParticipants(defaultPeople));
    }

    private void show(FanClubProjection shown) {
        people.set(String.valueOf(shown.people()));
        days.set(String.valueOf(shown.workingDaysPerYear()));
        years.set(String.valueOf(shown.years()));
    }

    private void take(Field field, String typed) {
        ReadOnlyStringWrapper error = switch (field) {
            case PEOPLE -> peopleError;
            case DAYS -> daysError;
            case YEARS -> yearsError;
        };
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            error.set(console.t("pledge.error.empty"));
            return;
        }
        if (!PLAIN.matcher(text).matches() && !GROUPED.matcher(text).matches()) {
            error.set(console.t("pledge.error.notANumber", typed.strip()));
            return;
        }
        long value;
        try {
            value = Long.parseLong(text.replaceAll("[.,\\s\u00a0\u202f]", ""));
        } catch (NumberFormatException huge) {
            value = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        int clamped = (int) Math.clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        FanClubProjection current = projection.get();
        try {
            FanClubProjection next = switch (field) {
                case PEOPLE -> current.withPeople(clamped);
                case DAYS -> current.withWorkingDaysPerYear(clamped);
                case YEARS -> current.withYears(clamped);
            };
            error.set("");
            projection.set(next);
            store(next, error);
        } catch (DomainException outOfRange) {
            // The domain's sentence, with the number as typed (not as it fitted an int).
            Object[] arguments = outOfRange.arguments().clone();
            arguments[0] = value;
            error.set(console.t(outOfRange.messageKey(), arguments));
        }
    }

    /** A number equal to the room's keeps following the room; any other is the trainer's own. */
    private void store(FanClubProjection next, ReadOnlyStringWrapper error) {
        try {
            store.accept(FanClubSettings.of(next, next.people() == defaultPeople));
        } catch (StorageException notStored) {
            error.set(new UserMessages(console).describe(notStored));
        }
    }

    private void describe() {
        FanClubProjection now = projection.get();
        NumberFormat roomFormat = NumberFormat.getIntegerInstance(room.language().locale());
        NumberFormat consoleFormat = NumberFormat.getIntegerInstance(console.language().locale());
        formula.set(room.t("pledge.room.formula", roomFormat.format(now.people()),
                roomFormat.format(now.workingDaysPerYear()), roomFormat.format(now.years())));
        result.set(console.t("pledge.console.result", consoleFormat.format(now.people()),
                consoleFormat.format(now.workingDaysPerYear()), consoleFormat.format(now.years()),
                consoleFormat.format(now.fans())));
        caption.set(room.t("pledge.room.caption", now.years()));
    }
}
