package nl.royaal.ui.workshops;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import nl.royaal.report.ReportFormat;
import nl.royaal.service.ReportService;
import nl.royaal.service.WorkshopFileService;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.BackgroundTask;
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
    private final ReportService reports;
    private final ReadOnlyDoubleWrapper reportProgress = new ReadOnlyDoubleWrapper(-1);

    public WorkshopListViewModel(WorkshopService workshops, WorkshopFileService files,
            Supplier<WorkshopTemplate> defaultTemplate, DialogService dialogs, Navigator navigator, I18n i18n,
            ReportService reports) {
        this.reports = reports;
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

    /** How far the report being written is, 0 to 1; -1 while none is being written. */
    public ReadOnlyDoubleProperty reportProgressProperty() {
        return reportProgress.getReadOnlyProperty();
    }

    /**
     * Writes the client's report of the selected workshop: asks where (and before replacing a
     * file), writes off the FX thread with progress, then opens it in the system's viewer.
     */
    public void writeReport(ReportFormat format) {
        if (reportProgress.get() >= 0) {
            return;
        }
        selectedSummary().ifPresent(summary -> attempt(() -> {
            Workshop workshop = workshops.find(summary.id());
            Optional<Path> chosen = dialogs.chooseFileToSave(i18n.t("workshops.report.title"),
                    i18n.t(switch (format) {
                        case PDF -> "workshops.report.filter.pdf";
                        case XLSX -> "workshops.report.filter.xlsx";
                        case CSV -> "workshops.report.filter.csv";
                    }),
                    format.extension(), ReportService.suggestedFileName(workshop, format));
            if (chosen.isEmpty()) {
                return;
            }
            Path target = chosen.get();
            if (reports.exists(target) && !dialogs.confirm(i18n.t("workshops.report.replace.title"),
                    i18n.t("workshops.report.replace.question", target.getFileName()), i18n.t("common.replace"))) {
                return;
            }
            reportProgress.set(0);
            BackgroundTask.run(
                    () -> reports.write(workshop, format, target, true,
                            share -> Platform.runLater(() -> reportProgress.set(Math.max(reportProgress.get(), share)))),
                    written -> {
                        reportProgress.set(-1);
                        dialogs.notify(i18n.t("workshops.report.written", written.getFileName()));
                        dialogs.open(written);
                    },
                    failure -> {
                        reportProgress.set(-1);
                        dialogs.showError(i18n.t("error.title"), messages.describe(failure));
                    });
        }));
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
