package nl.royaal.ui.preparation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.sequence.AgendaSuggestion;
import nl.royaal.domain.sequence.Move;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.ScoringSettingsForm;
import nl.royaal.ui.common.SelectableList;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.ui.shell.Navigator;

/**
 * Preparing one workshop: its details, agenda and customer journey. Every edit is stored the
 * moment it is complete (field left, Enter, item moved); there is no save button to forget.
 * A refused edit shows why next to the field and leaves the stored workshop as it was.
 */
public final class PreparationViewModel {

    private final WorkshopService service;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final I18n i18n;
    private final UserMessages messages;

    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty client = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.DEFAULT);
    private final ReadOnlyStringWrapper detailsError = new ReadOnlyStringWrapper("");

    private final SelectableList<AgendaElement> agenda = new SelectableList<>(AgendaElement::id);
    private final StringProperty elementTitle = new SimpleStringProperty("");
    private final ObjectProperty<ElementKind> elementKind = new SimpleObjectProperty<>(ElementKind.CUSTOM);
    private final ObjectProperty<Integer> elementMinutes = new SimpleObjectProperty<>(0);
    private final BooleanProperty elementPinned = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper elementError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper agendaTotal = new ReadOnlyStringWrapper("");

    private final SelectableList<Touchpoint> touchpoints = new SelectableList<>(Touchpoint::id);
    private final StringProperty touchpointName = new SimpleStringProperty("");
    private final StringProperty touchpointContacts = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper touchpointError = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper suggestionShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper suggestionOrder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestionReasons = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestionBasis = new ReadOnlyStringWrapper("");

    /** The margin and "discuss" threshold the scoring round judges with; stored at once, like every edit. */
    private final ScoringSettingsForm scoringSettings;

    /** True while fields are filled from the stored value, so listeners don't store it right back. */
    private boolean loadingFields;

    public PreparationViewModel(Workshop initial, WorkshopService service, DialogService dialogs, Navigator navigator,
            I18n i18n) {
        this.service = service;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.i18n = i18n;
        this.messages = new UserMessages(i18n);
        agenda.selectedProperty().addListener((obs, old, element) -> loadElementFields(element));
        touchpoints.selectedProperty().addListener((obs, old, touchpoint) -> loadTouchpointFields(touchpoint));
        // Choices (kind, minutes, pin) are complete the moment they are made: store them at once.
        elementKind.addListener((obs, old, kind) -> commitElementIfEditing());
        elementMinutes.addListener((obs, old, minutes) -> commitElementIfEditing());
        elementPinned.addListener((obs, old, pinned) -> commitElementIfEditing());
        language.addListener((obs, old, chosen) -> {
            if (!loadingFields) {
                commitDetails();
            }
        });
        date.addListener((obs, old, chosen) -> {
            if (!loadingFields) {
                commitDetails();
            }
        });
        // Start with the first items selected, so the editors show something useful at once.
        show(initial, initial.agenda().isEmpty() ? null : initial.agenda().getFirst().id(),
                initial.touchpoints().isEmpty() ? null : initial.touchpoints().getFirst().id());
        loadDetailsFields();
        scoringSettings = new ScoringSettingsForm(i18n, () -> workshop.get().settings().scoring(),
                changed -> show(service.setSettings(workshop.get(), workshop.get().settings().withScoring(changed)),
                        null, null));
        offerAgendaSuggestion();
    }

    // --- properties for the view -----------------------------------------------------------

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty clientProperty() {
        return client;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty detailsErrorProperty() {
        return detailsError.getReadOnlyProperty();
    }

    public SelectableList<AgendaElement> agenda() {
        return agenda;
    }

    public StringProperty elementTitleProperty() {
        return elementTitle;
    }

    public ObjectProperty<ElementKind> elementKindProperty() {
        return elementKind;
    }

    public ObjectProperty<Integer> elementMinutesProperty() {
        return elementMinutes;
    }

    public BooleanProperty elementPinnedProperty() {
        return elementPinned;
    }

    public ReadOnlyStringProperty elementErrorProperty() {
        return elementError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agendaTotalProperty() {
        return agendaTotal.getReadOnlyProperty();
    }

    public SelectableList<Touchpoint> touchpoints() {
        return touchpoints;
    }

    public StringProperty touchpointNameProperty() {
        return touchpointName;
    }

    public StringProperty touchpointContactsProperty() {
        return touchpointContacts;
    }

    public ReadOnlyStringProperty touchpointErrorProperty() {
        return touchpointError.getReadOnlyProperty();
    }

    public String kindName(ElementKind kind) {
        return i18n.t("kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String languageName(Language choice) {
        return i18n.t("language." + choice.code());
    }

    public String minutesText(int minutes) {
        return i18n.t("agenda.minutes", minutes);
    }

    public String contactsText(Touchpoint touchpoint) {
        return touchpoint.contactsPerYear()
                .map(contacts -> i18n.t("touchpoints.contactsPerYear", contacts))
                .orElse(i18n.t("touchpoints.contactsUnknown"));
    }

    // --- details -------------------------------------------------------------------------

    /** Stores the details if they changed and are valid; otherwise says why and stores nothing. */
    public boolean commitDetails() {
        WorkshopDetails current = workshop.get().details();
        WorkshopDetails edited;
        try {
            edited = new WorkshopDetails(title.get(), client.get(), date.get() == null ? current.date() : date.get(),
                    facilitator.get(), language.get());
        } catch (DomainException refused) {
            detailsError.set(i18n.message(refused));
            return false;
        }
        detailsError.set("");
        if (edited.equals(current)) {
            return true;
        }
        return attempt(() -> show(service.updateDetails(workshop.get(), edited), null, null));
    }

    /** Esc in a details field: back to what is stored. */
    public void revertDetails() {
        detailsError.set("");
        loadDetailsFields();
    }

    // --- agenda --------------------------------------------------------------------------

    public void addElement() {
        attempt(() -> {
            Workshop changed = service.addElement(workshop.get(), ElementKind.CUSTOM, i18n.t("agenda.newElement"), 15);
            show(changed, changed.agenda().getLast().id(), null);
        });
    }

    /** Stores the edited title of the selected element (Enter or leaving the field). */
    public boolean commitElement() {
        return agenda.selected().map(selected -> {
            AgendaElement edited;
            try {
                edited = new AgendaElement(selected.id(), elementKind.get(), elementTitle.get(),
                        elementMinutes.get() == null ? selected.plannedMinutes() : elementMinutes.get(),
                        elementPinned.get());
            } catch (DomainException refused) {
                elementError.set(i18n.message(refused));
                return false;
            }
            elementError.set("");
            if (edited.equals(selected)) {
                return true;
            }
            return attempt(() -> show(service.updateElement(workshop.get(), edited), edited.id(), null));
        }).orElse(true);
    }

    public void revertElement() {
        elementError.set("");
        loadElementFields(agenda.selected().orElse(null));
    }

    public void removeSelectedElement() {
        agenda.selected().ifPresent(element -> {
            long answers = workshop.get().answerCountForElement(element.id());
            if (answers > 0 && !dialogs.confirm(i18n.t("agenda.remove.title"),
                    i18n.t("agenda.remove.question", element.title(), answers), i18n.t("common.delete"))) {
                return;
            }
            attempt(() -> show(service.removeElement(workshop.get(), element.id()), null, null));
        });
    }

    public void moveElement(int from, int to) {
        UUID moving = workshop.get().agenda().get(from).id();
        attempt(() -> show(service.moveElement(workshop.get(), from, to), moving, null));
    }

    public void moveSelectedElement(int offset) {
        int index = agenda.selectedIndex();
        int target = index + offset;
        if (index >= 0 && target >= 0 && target < agenda.items().size()) {
            moveElement(index, target);
        }
    }

    // --- touchpoints ---------------------------------------------------------------------

    public void addTouchpoint() {
        attempt(() -> {
            Workshop changed = service.addTouchpoint(workshop.get(), i18n.t("touchpoints.newTouchpoint"));
            show(changed, null, changed.touchpoints().getLast().id());
        });
    }

    public boolean commitTouchpoint() {
        return touchpoints.selected().map(selected -> {
            Touchpoint edited;
            try {
                edited = new Touchpoint(selected.id(), touchpointName.get(), parseContacts(touchpointContacts.get()));
            } catch (DomainException refused) {
                touchpointError.set(i18n.message(refused));
                return false;
            }
            touchpointError.set("");
            if (edited.equals(selected)) {
                return true;
            }
            return attempt(() -> show(service.updateTouchpoint(workshop.get(), edited), null, edited.id()));
        }).orElse(true);
    }

    public void revertTouchpoint() {
        touchpointError.set("");
        loadTouchpointFields(touchpoints.selected().orElse(null));
    }

    public void removeSelectedTouchpoint() {
        touchpoints.selected().ifPresent(touchpoint -> {
            long scores = workshop.get().answerCountForTouchpoint(touchpoint.id());
            if (scores > 0 && !dialogs.confirm(i18n.t("touchpoints.remove.title"),
                    i18n.t("touchpoints.remove.question", touchpoint.name(), scores), i18n.t("common.delete"))) {
                return;
            }
            attempt(() -> show(service.removeTouchpoint(workshop.get(), touchpoint.id()), null, null));
        });
    }

    public void moveTouchpoint(int from, int to) {
        UUID moving = workshop.get().touchpoints().get(from).id();
        attempt(() -> show(service.moveTouchpoint(workshop.get(), from, to), null, moving));
    }

    public void moveSelectedTouchpoint(int offset) {
        int index = touchpoints.selectedIndex();
        int target = index + offset;
        if (index >= 0 && target >= 0 && target < touchpoints.items().size()) {
            moveTouchpoint(index, target);
        }
    }

    // --- how the scoring round judges ----------------------------------------------------

    /** "Marge rond het verschil" and "Bespreken vanaf spreiding": a refused value stores nothing. */
    public ScoringSettingsForm scoringSettings() {
        return scoringSettings;
    }

    // --- the agenda's own peak-end (PRODUCT.md §3 step 10) ---------------------------------

    /** Earlier workshops from this template suggest a stronger order for the agenda. */
    public ReadOnlyBooleanProperty suggestionShownProperty() {
        return suggestionShown.getReadOnlyProperty();
    }

    /** The suggested order: the element titles with arrows between them. */
    public ReadOnlyStringProperty suggestionOrderProperty() {
        return suggestionOrder.getReadOnlyProperty();
    }

    /** Why each element moves, one line each, and which elements stay for lack of grades. */
    public ReadOnlyStringProperty suggestionReasonsProperty() {
        return suggestionReasons.getReadOnlyProperty();
    }

    /** How many grades from how many workshops the suggestion rests on. */
    public ReadOnlyStringProperty suggestionBasisProperty() {
        return suggestionBasis.getReadOnlyProperty();
    }

    public void applyAgendaSuggestion() {
        boolean applied = attempt(() -> show(service.applyAgendaSuggestion(workshop.get()), null, null));
        if (applied) {
            dialogs.notify(i18n.t("preparation.suggestion.applied"));
        }
        offerAgendaSuggestion();
    }

    /** The trainer keeps the agenda as it is; the suggestion is not offered again for this workshop. */
    public void ignoreAgendaSuggestion() {
        service.ignoreAgendaSuggestion(workshop.get().id());
        suggestionShown.set(false);
    }

    private void offerAgendaSuggestion() {
        Optional<AgendaSuggestion> offered;
        try {
            offered = service.agendaSuggestion(workshop.get());
        } catch (RuntimeException unavailable) {
            // A courtesy, not a task: when the history cannot be read, preparing goes on without it.
            offered = Optional.empty();
        }
        suggestionShown.set(offered.isPresent());
        offered.ifPresent(suggestion -> {
            suggestionOrder.set(suggestion.agenda().stream().map(AgendaElement::title)
                    .collect(Collectors.joining("  \u2192  ")));
            List<String> lines = new ArrayList<>();
            for (Move move : suggestion.reasons()) {
                if (move.moves()) {
                    lines.add(i18n.t(move.messageKey(), oneDecimal(move.args())));
                }
            }
            if (!suggestion.unrated().isEmpty()) {
                lines.add(i18n.t("preparation.suggestion.unrated", suggestion.unrated().stream()
                        .map(AgendaElement::title).collect(Collectors.joining(", "))));
            }
            suggestionReasons.set(String.join("\n", lines));
            suggestionBasis.set(i18n.t("preparation.suggestion.basis", suggestion.grades(), suggestion.workshops()));
        });
    }

    /** Mean grades such as 7.333… read as 7.3. */
    private static Object[] oneDecimal(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Double mean) {
                shown[i] = BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
            }
        }
        return shown;
    }

    // --- leaving -------------------------------------------------------------------------

    /** Starts (or continues) running the workshop in the room, at its current or first element. */
    public void startWorkshop() {
        if (!commitDetails()) {
            return;
        }
        if (workshop.get().agenda().isEmpty()) {
            dialogs.showError(i18n.t("error.title"), i18n.t("preparation.start.emptyAgenda"));
            return;
        }
        attempt(() -> navigator.showRun(workshop.get()));
    }

    public void backToList() {
        commitDetails();
        attempt(() -> {
            service.close();
            navigator.showWorkshopList();
        });
    }

    // --- internals -----------------------------------------------------------------------

    private void show(Workshop changed, UUID selectElement, UUID selectTouchpoint) {
        workshop.set(changed);
        agenda.replace(changed.agenda(), selectElement);
        touchpoints.replace(changed.touchpoints(), selectTouchpoint);
        int total = changed.agenda().stream().mapToInt(AgendaElement::plannedMinutes).sum();
        agendaTotal.set(i18n.t("agenda.total", total / 60, total % 60));
        if (suggestionShown.get()) {
            offerAgendaSuggestion();
        }
    }

    private void loadDetailsFields() {
        WorkshopDetails details = workshop.get().details();
        withFieldsLoading(() -> {
            title.set(details.title());
            client.set(details.clientOrganisation());
            facilitator.set(details.facilitator());
            date.set(details.date());
            language.set(details.language());
        });
    }

    private void loadElementFields(AgendaElement element) {
        elementError.set("");
        withFieldsLoading(() -> {
            elementTitle.set(element == null ? "" : element.title());
            elementKind.set(element == null ? ElementKind.CUSTOM : element.kind());
            elementMinutes.set(element == null ? 0 : element.plannedMinutes());
            elementPinned.set(element != null && element.pinned());
        });
    }

    private void loadTouchpointFields(Touchpoint touchpoint) {
        touchpointError.set("");
        withFieldsLoading(() -> {
            touchpointName.set(touchpoint == null ? "" : touchpoint.name());
            touchpointContacts.set(touchpoint == null ? ""
                    : touchpoint.contactsPerYear().map(this::formatContacts).orElse(""));
        });
    }

    private void commitElementIfEditing() {
        if (!loadingFields) {
            commitElement();
        }
    }

    private void withFieldsLoading(Runnable load) {
        boolean wasLoading = loadingFields;
        loadingFields = true;
        try {
            load.run();
        } finally {
            loadingFields = wasLoading;
        }
    }

    /** "2,5" and "2.5" both mean two and a half: trainers type in the locale they think in. */
    private Double parseContacts(String typed) {
        String cleaned = typed == null ? "" : typed.strip().replace(',', '.');
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(cleaned);
        } catch (NumberFormatException notANumber) {
            throw new DomainException("validation.contacts.notNumber", typed.strip());
        }
    }

    private String formatContacts(double contacts) {
        return i18n.t("touchpoints.contactsValue", contacts);
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), messages.describe(failure));
            // Whatever failed, show what is really stored, not what was typed.
            loadDetailsFields();
            return false;
        }
    }

    /** For tests and the shell: the workshop as it is stored now. */
    public Workshop current() {
        return workshop.get();
    }
}
