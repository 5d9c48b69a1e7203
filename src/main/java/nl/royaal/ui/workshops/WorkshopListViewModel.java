package nl.royaal.ui.workshops;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopFileService;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;
import nl.royaal.ui.shell.Navigator;

/** The history of workshops: find, create, open, duplicate, delete, import and export. */
public final class WorkshopListViewModel {

    private final WorkshopService workshops;
    private final WorkshopFileService files;
    private final Supplier<WorkshopTemplate> defaultTemplate;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final I18n i18n;
    private final UserMessages messages;

    private final ObservableList<WorkshopSummary> all = FXCollections.observableArrayList();
    private final FilteredList<WorkshopSummary> visible = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<WorkshopSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();

    public WorkshopListViewModel(WorkshopService workshops, WorkshopFileService files,
            Supplier<WorkshopTemplate> defaultTemplate, DialogService dialogs, Navigator navigator, I18n i18n) {
        this.workshops = workshops;
        this.files = files;
        this.defaultTemplate = defaultTemplate;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.i18n = i18n;
        this.messages = new UserMessages(i18n);
        search.addListener((obs, old, query) -> {
            visible.setPredicate(summary -> summary.matches(query));
            updateEmptyText();
        });
        updateEmptyText();
    }

    public ObservableList<WorkshopSummary> workshops() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<WorkshopSummary> selectedProperty() {
        return selected;
    }

    public BooleanBinding nothingSelected() {
        return Bindings.isNull(selected);
    }

    /** What the empty list says: "no workshops yet" or "nothing matches". */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public void refresh() {
        attempt(() -> {
            all.setAll(workshops.list());
            updateEmptyText();
        });
    }

    public void createFromDefaultTemplate() {
        attempt(() -> {
            Workshop created = workshops.createFromTemplate(defaultTemplate.get(), i18n.language());
            workshops.open(created.id());
            navigator.showPreparation(created);
        });
    }

    public void openSelected() {
        selectedSummary().ifPresent(summary -> attempt(() -> {
            Workshop workshop = workshops.open(summary.id());
            if (workshop.currentElementId() != null) {
                navigator.showRun(workshop);
            } else {
                navigator.showPreparation(workshop);
            }
        }));
    }

    public void duplicateSelected() {
        selectedSummary().ifPresent(summary -> attempt(() -> {
            Workshop copy = workshops.duplicate(summary.id(), title -> i18n.t("workshops.copyTitle", title));
            refresh();
            select(copy);
            dialogs.notify(i18n.t("workshops.duplicated", copy.title()));
        }));
    }

    public void deleteSelected() {
        selectedSummary().ifPresent(summary -> {
            boolean sure = dialogs.confirm(i18n.t("workshops.delete.title"),
                    i18n.t("workshops.delete.question", summary.title(), summary.participantCount()),
                    i18n.t("workshops.delete.confirm"));
            if (!sure) {
                return;
            }
            attempt(() -> {
                workshops.delete(summary.id());
                refresh();
                dialogs.notify(i18n.t("workshops.deleted", summary.title()));
            });
        });
    }

    public void importFile() {
        Optional<Path> file = dialogs.chooseFileToOpen(i18n.t("workshops.import.title"),
                i18n.t("file.filter.royaal"), WorkshopFileService.EXTENSION);
        file.ifPresent(path -> attempt(() -> {
            WorkshopFileService.Imported imported = files.importFile(path);
            refresh();
            select(imported.workshop());
            dialogs.notify(imported.renamedAsCopy()
                    ? i18n.t("workshops.imported.asCopy", imported.workshop().title())
                    : i18n.t("workshops.imported", imported.workshop().title()));
        }));
    }

    public void exportSelected() {
        selectedSummary().ifPresent(summary -> {
            Optional<Path> target = dialogs.chooseFileToSave(i18n.t("workshops.export.title"),
                    i18n.t("file.filter.royaal"), WorkshopFileService.EXTENSION,
                    WorkshopFileService.suggestedFileName(summary.title(), summary.date()));
            target.ifPresent(path -> attempt(() -> {
                files.exportFile(summary.id(), path);
                dialogs.notify(i18n.t("workshops.exported", path.getFileName()));
            }));
        });
    }

    /** "12 nov. 2026 · 14 deelnemers" under a title in the list. */
    public String describe(WorkshopSummary summary) {
        String date = summary.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale()));
        String client = summary.clientOrganisation().isEmpty() ? "" : summary.clientOrganisation() + " · ";
        return client + date + " · " + i18n.t("workshops.participants", summary.participantCount());
    }

    public String statusText(WorkshopSummary summary) {
        return i18n.t("status." + summary.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void select(Workshop workshop) {
        all.stream().filter(s -> s.id().equals(workshop.id())).findFirst().ifPresent(selected::set);
    }

    private Optional<WorkshopSummary> selectedSummary() {
        return Optional.ofNullable(selected.get());
    }

    private void updateEmptyText() {
        emptyText.set(all.isEmpty() ? i18n.t("workshops.empty") : i18n.t("workshops.noMatch", search.get()));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), messages.describe(failure));
        }
    }
}
