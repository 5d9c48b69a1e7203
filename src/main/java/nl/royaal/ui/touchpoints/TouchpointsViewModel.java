package nl.royaal.ui.touchpoints;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ContactFrequency;
import nl.royaal.domain.scoring.ContactInterval;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.RealityCheckFigures.Source;
import nl.royaal.i18n.ContactWords;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.ui.common.UserMessages;

/**
 * The contact-frequency reality check of the customer journey (PRODUCT.md §1 "Few contacts"):
 * seen from the customer, how often does a person of the organisation show up, against how often
 * a machine does (newsletters, invoices, debits)? "Every 6 years a person, 12 times a year a
 * machine."
 *
 * <p>Personal contacts come either from the journey (each touchpoint's "contacts per customer per
 * year", which the trainer can fill in here; each value is stored at once) or from the
 * organisation's totals (all personal contacts in a year and the number of customers, as in the
 * brief's union: 13,000 / 80,000). The source, the totals and the automated contacts are the
 * workshop's {@link RealityCheckFigures}, stored at once like the touchpoints, so the report and a
 * reopened workshop say the same sentence. The arithmetic is {@link ContactFrequency}'s and
 * {@link ContactInterval}'s; bad input is refused with the domain's message and changes nothing.
 * Holds no nodes.
 */
public final class TouchpointsViewModel {

    /** The most icons the visual draws in a row; more are said as "+ 500". */
    public static final int MAX_ICONS = 80;

    /**
     * One touchpoint and its contacts per customer per year, as the field shows them.
     *
     * @param contacts the stored value in the console's notation, empty when unknown
     */
    public record Row(UUID id, String name, String contacts) {
    }

    /**
     * The picture for the room: in {@code years} years, this many people and this many machines.
     * A count above {@link #MAX_ICONS} is drawn as that many icons and said in {@code peopleMore} /
     * {@code machinesMore}.
     */
    public record Picture(String caption, int people, String peopleMore, int machines, String machinesMore) {
    }

    private final Supplier<Workshop> workshop;
    private final Consumer<Touchpoint> store;
    private final Consumer<RealityCheckFigures> storeFigures;
    private final I18n i18n;
    private final I18n room;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(Source.JOURNEY);
    private final ReadOnlyStringWrapper totalContactsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customersText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper automatedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomSentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Picture> roomPicture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper missing = new ReadOnlyIntegerWrapper();

    /**
     * @param workshop the workshop as the live run has it now
     * @param store    stores a changed touchpoint at once (and lets the live run read it again);
     *                 throws a {@link DomainException} or a {@link StorageException} when it cannot,
     *                 which the screen shows as the reason
     * @param storeFigures stores the workshop's changed reality-check figures at once, failing as {@code store}
     */
    public TouchpointsViewModel(Supplier<Workshop> workshop, Consumer<Touchpoint> store,
            Consumer<RealityCheckFigures> storeFigures, I18n i18n, I18n room) {
        this.workshop = Objects.requireNonNull(workshop, "workshop");
        this.store = Objects.requireNonNull(store, "store");
        this.storeFigures = Objects.requireNonNull(storeFigures, "storeFigures");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.room = Objects.requireNonNull(room, "room");
        refresh();
    }

    /** Reads the touchpoints again; call on the FX thread. */
    public void refresh() {
        List<Touchpoint> touchpoints = workshop.get().touchpoints();
        rows.setAll(touchpoints.stream().map(touchpoint -> new Row(touchpoint.id(), touchpoint.name(),
                touchpoint.contactsPerYear().map(value -> i18n.t("touchpoints.reality.value", value)).orElse("")))
                .toList());
        missing.set(ContactFrequency.touchpointsWithoutFigure(touchpoints));
        RealityCheckFigures figures = figures();
        Double totalContacts = figures.totalContactsPerYear();
        Long customers = figures.customers();
        Double automated = figures.automatedContactsPerYear();
        source.set(figures.source());
        totalContactsText.set(totalContacts == null ? "" : i18n.t("touchpoints.reality.total", totalContacts));
        customersText.set(customers == null ? "" : i18n.t("touchpoints.reality.total", customers));
        automatedText.set(automated == null ? "" : i18n.t("touchpoints.reality.value", automated));
        update();
    }

    // --- input --------------------------------------------------------------------------

    /**
     * The trainer typed a touchpoint's contacts per customer per year ("2", "0,5", empty for
     * unknown); stored at once.
     *
     * @return false when refused; the reason is in {@link #errorProperty()}
     */
    public boolean setContacts(UUID touchpointId, String typed) {
        Optional<Touchpoint> touchpoint = workshop.get().touchpoints().stream()
                .filter(candidate -> candidate.id().equals(touchpointId)).findFirst();
        if (touchpoint.isEmpty()) {
            return false;
        }
        return attempt(() -> {
            OptionalDouble value = TypedNumber.parse(typed, "validation.contacts.notNumber");
            Touchpoint changed = touchpoint.get().withContactsPerCustomerPerYear(
                    value.isPresent() ? value.getAsDouble() : null);
            if (!changed.equals(touchpoint.get())) {
                store.accept(changed);
            }
        }, touchpoint.get().name());
    }

    /** Where the personal contacts come from: the journey's touchpoints or the organisation's totals. */
    public boolean setSource(Source newSource) {
        Objects.requireNonNull(newSource, "source");
        return attempt(() -> storeFigures(figures().withSource(newSource)), null);
    }

    /** All personal contacts of the organisation in a year ("13.000"); empty clears it. */
    public boolean setTotalContacts(String typed) {
        return attempt(() -> {
            OptionalDouble value = TypedNumber.parse(typed, "touchpoints.reality.notNumber");
            storeFigures(figures().withTotalContactsPerYear(value.isPresent() ? value.getAsDouble() : null));
        }, null);
    }

    /** The number of customers (or members, clients...): a whole number; empty clears it. */
    public boolean setCustomers(String typed) {
        return attempt(() -> {
            OptionalDouble value = TypedNumber.parse(typed, "touchpoints.reality.notNumber");
            if (value.isPresent() && value.getAsDouble() != Math.rint(value.getAsDouble())) {
                throw new DomainException("touchpoints.reality.wholeNumber", typed.strip());
            }
            storeFigures(figures().withCustomers(value.isPresent() ? clampToLong(value.getAsDouble()) : null));
        }, null);
    }

    /** Automated contacts per customer per year (newsletters, invoices, debits), 0 to 365; empty clears it. */
    public boolean setAutomated(String typed) {
        return attempt(() -> {
            OptionalDouble value = TypedNumber.parse(typed, "touchpoints.reality.notNumber");
            storeFigures(figures().withAutomatedContactsPerYear(value.isPresent() ? value.getAsDouble() : null));
        }, null);
    }

    /** The brief's union: 13,000 member contacts a year, about 80,000 members, 12 monthly debits. */
    public boolean useUnionExample() {
        return attempt(() -> storeFigures(RealityCheckFigures.UNION_EXAMPLE), null);
    }

    private RealityCheckFigures figures() {
        return workshop.get().settings().realityCheck();
    }

    private void storeFigures(RealityCheckFigures changed) {
        if (!changed.equals(figures())) {
            storeFigures.accept(changed);
        }
    }

    private boolean attempt(Runnable change, String about) {
        try {
            change.run();
        } catch (DomainException | StorageException refused) {
            String reason = new UserMessages(i18n).describe(refused);
            error.set(about == null ? reason : i18n.t("touchpoints.reality.refused", about, reason));
            return false;
        }
        error.set("");
        refresh();
        return true;
    }

    private static long clampToLong(double value) {
        return value >= Long.MAX_VALUE ? Long.MAX_VALUE : value <= Long.MIN_VALUE ? Long.MIN_VALUE : (long) value;
    }

    // --- output -------------------------------------------------------------------------

    private Optional<ContactFrequency> frequency() {
        return figures().frequency(workshop.get().touchpoints());
    }

    private void update() {
        Optional<ContactFrequency> frequency = frequency();
        summary.set(summaryText(frequency));
        if (frequency.isEmpty()) {
            sentence.set(i18n.t(source.get() == Source.JOURNEY ? "touchpoints.reality.emptyJourney"
                    : "touchpoints.reality.emptyTotals"));
            roomSentence.set(room.t("touchpoints.room.empty"));
            roomDetail.set("");
            roomPicture.set(null);
            return;
        }
        sentence.set(sentence(frequency.get(), i18n));
        roomSentence.set(sentence(frequency.get(), room));
        Picture picture = picture(frequency.get());
        roomPicture.set(picture);
        roomDetail.set(picture.caption());
    }

    private String summaryText(Optional<ContactFrequency> frequency) {
        if (source.get() == Source.JOURNEY) {
            String sum = frequency.map(found -> i18n.t("touchpoints.reality.sum", found.contactsPerCustomerPerYear()))
                    .orElse("");
            String without = missing.get() == 0 ? "" : i18n.t("touchpoints.reality.missing", missing.get());
            return (sum + " " + without).strip();
        }
        RealityCheckFigures figures = figures();
        return frequency.map(found -> i18n.t("touchpoints.reality.perCustomer", figures.totalContactsPerYear(),
                figures.customers(),
                found.contactsPerCustomerPerYear())).orElse("");
    }

    /** "Eens per 6 jaar een mens, 12 keer per jaar een machine." */
    private String sentence(ContactFrequency frequency, I18n language) {
        return ContactWords.sentence(frequency, figures().automatedContactsPerYear(), language);
    }

    /**
     * Over the time between two personal contacts as said (6 years for the union), or over one
     * year when the customer meets a person more often than that.
     */
    private Picture picture(ContactFrequency frequency) {
        Double automated = figures().automatedContactsPerYear();
        Optional<ContactInterval> interval = frequency.interval();
        long years;
        long people;
        if (interval.isPresent() && interval.get().unit() == ContactInterval.Unit.YEARS) {
            years = interval.get().rounded();
            people = 1;
        } else {
            years = 1;
            people = Math.round(frequency.contactsPerCustomerPerYear());
        }
        long machines = automated == null ? 0
                : interval.isPresent() && interval.get().unit() == ContactInterval.Unit.YEARS
                        ? interval.get().otherContactsInRoundedInterval(automated)
                        : Math.round(automated * years);
        String caption = automated == null ? room.t("touchpoints.room.windowPeople", years, people)
                : room.t("touchpoints.room.window", years, people, machines);
        return new Picture(caption, (int) Math.min(people, MAX_ICONS), more(people),
                (int) Math.min(machines, MAX_ICONS), more(machines));
    }

    private String more(long count) {
        return count > MAX_ICONS ? room.t("touchpoints.room.more", count - MAX_ICONS) : "";
    }

    // --- properties ---------------------------------------------------------------------

    public I18n i18n() {
        return i18n;
    }

    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);

    public ObservableList<Row> rows() {
        return rowsReadOnly;
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalContactsTextProperty() {
        return totalContactsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customersTextProperty() {
        return customersText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty automatedTextProperty() {
        return automatedText.getReadOnlyProperty();
    }

    /** Why the last input was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How the contacts per customer were worked out. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The one sentence, in the console's language, or what is still missing to say it. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Touchpoints without a contacts figure (they do not count). */
    public ReadOnlyIntegerProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomSentenceProperty() {
        return roomSentence.getReadOnlyProperty();
    }

    /** "In 6 jaar: 1 keer een mens, 72 keer een machine." */
    public ReadOnlyStringProperty roomDetailProperty() {
        return roomDetail.getReadOnlyProperty();
    }

    /** The people and machines to draw; null when there is nothing to say yet. */
    public ReadOnlyObjectProperty<Picture> roomPictureProperty() {
        return roomPicture.getReadOnlyProperty();
    }
}
