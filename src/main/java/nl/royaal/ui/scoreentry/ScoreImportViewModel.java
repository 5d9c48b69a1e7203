package nl.royaal.ui.scoreentry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ColumnGuess;
import nl.royaal.service.scoreentry.ImportPreview;
import nl.royaal.service.scoreentry.ScoreColumn;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.service.scoreentry.ScoreFileReader;
import nl.royaal.service.scoreentry.ScoreTable;
import nl.royaal.ui.common.BackgroundTask;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;

/**
 * Importing an online form's export: choose the file, read it off the FX thread, map its
 * columns to touchpoint and dimension (pre-filled from the header), see how many rows will be
 * imported and which are rejected and why, then import the valid rows as new participants in
 * one step. A refused file (unreadable, not CSV/XLSX, no header, a quote that never closes,
 * mixed separators) shows why and imports nothing; so does a failure while importing.
 */
public final class ScoreImportViewModel {

    /** How work leaves the FX thread; {@link BackgroundTask} in the app, at once in plain JUnit. */
    @FunctionalInterface
    interface Worker {
        <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
    }

    /** A choice in a column's list: a target, or "not imported" ({@code column} null). */
    public record Target(ScoreColumn column, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One column of the file: its header, a sample value, and where its grades go. */
    public static final class FileColumn {
        private final int index;
        private final String header;
        private final String sample;
        private final ObjectProperty<Target> target = new SimpleObjectProperty<>();

        FileColumn(int index, String header, String sample) {
            this.index = index;
            this.header = header;
            this.sample = sample;
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<Target> targetProperty() {
            return target;
        }
    }

    private final LiveRun run;
    private final ScoreEntryService entries;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Worker worker;
    private final List<Touchpoint> touchpoints;
    private final Target notImported;
    private final List<Target> targets = new ArrayList<>();
    private final ObservableList<FileColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<String> rejectedRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private ScoreTable table;
    private ImportPreview preview = new ImportPreview(List.of(), List.of(), 0);

    public ScoreImportViewModel(LiveRun run, ScoreEntryService entries, DialogService dialogs, I18n i18n) {
        this(run, entries, dialogs, i18n, BackgroundTask::run);
    }

    ScoreImportViewModel(LiveRun run, ScoreEntryService entries, DialogService dialogs, I18n i18n, Worker worker) {
        this.run = Objects.requireNonNull(run, "run");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.touchpoints = List.copyOf(run.workshop().touchpoints());
        this.notImported = new Target(null, i18n.t("scoreentry.import.notImported"));
        targets.add(notImported);
        for (Touchpoint touchpoint : touchpoints) {
            for (ScoreDimension dimension : ScoreDimension.values()) {
                targets.add(new Target(new ScoreColumn(touchpoint.id(), dimension), touchpoint.name() + " \u00b7 "
                        + i18n.t(dimension == ScoreDimension.EXPECTATION ? "scoreentry.expectation"
                                : "scoreentry.experience")));
            }
        }
    }

    public I18n i18n() {
        return i18n;
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<FileColumn> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);

    public ObservableList<FileColumn> columns() {
        return columnsReadOnly;
    }

    /** "Rij 7: Website · verwachting: 11 ligt niet tussen 1 en 10", one line per rejected row. */
    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<String> rejectedRowsReadOnly = FXCollections.unmodifiableObservableList(rejectedRows);

    public ObservableList<String> rejectedRows() {
        return rejectedRowsReadOnly;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "18 rijen worden geïmporteerd (36 cijfers); 3 rijen afgewezen." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the file or the import was refused; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** The import is stored; the dialog may close. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ImportPreview preview() {
        return preview;
    }

    /** Asks for the file (through the dialog service) and reads it; {@code false} when none was chosen. */
    public boolean chooseFile() {
        Optional<Path> file = dialogs.chooseFileToOpen(i18n.t("scoreentry.import.choose"),
                i18n.t("scoreentry.import.filter"), "csv", "tsv", "txt", "xlsx");
        file.ifPresent(this::load);
        return file.isPresent();
    }

    /** Reads {@code file} off the FX thread; the columns and preview follow, or the reason it was refused. */
    public void load(Path file) {
        fileName.set(String.valueOf(file.getFileName()));
        error.set("");
        busy.set(true);
        canImport.set(false);
        summary.set(i18n.t("scoreentry.import.reading"));
        worker.run(() -> ScoreFileReader.read(file), this::show, this::refuseFile);
    }

    /** The file was read: its columns, pre-mapped, and the preview. */
    void show(ScoreTable read) {
        busy.set(false);
        table = read;
        List<Optional<ScoreColumn>> guessed = ColumnGuess.guess(read.header(), touchpoints);
        List<FileColumn> shown = new ArrayList<>();
        for (int i = 0; i < read.header().size(); i++) {
            String sample = read.rows().isEmpty() ? "" : read.rows().getFirst().cell(i);
            FileColumn column = new FileColumn(i, read.header().get(i), sample);
            column.target.set(guessed.get(i).map(this::targetFor).orElse(notImported));
            column.target.addListener((property, before, now) -> updatePreview());
            shown.add(column);
        }
        columns.setAll(shown);
        updatePreview();
    }

    private void refuseFile(Throwable failure) {
        busy.set(false);
        table = null;
        columns.clear();
        rejectedRows.clear();
        preview = new ImportPreview(List.of(), List.of(), 0);
        summary.set("");
        canImport.set(false);
        error.set(i18n.t("scoreentry.import.refused", new UserMessages(i18n).describe(failure)));
    }

    private Target targetFor(ScoreColumn column) {
        return targets.stream().filter(target -> column.equals(target.column())).findFirst().orElse(notImported);
    }

    /** Sets where a column's grades go (the view's list does this too). */
    public void map(int columnIndex, ScoreColumn target) {
        columns.get(columnIndex).target.set(target == null ? notImported : targetFor(target));
    }

    private void updatePreview() {
        if (table == null) {
            return;
        }
        List<Optional<ScoreColumn>> mapping = columns.stream()
                .map(column -> Optional.ofNullable(column.target.get()).map(Target::column)).toList();
        Set<ScoreColumn> seen = new HashSet<>();
        Optional<ScoreColumn> twice = mapping.stream().flatMap(Optional::stream).filter(column -> !seen.add(column))
                .findFirst();
        preview = ImportPreview.of(table, mapping);
        rejectedRows.setAll(preview.rejected().stream().map(this::describe).toList());
        if (twice.isPresent()) {
            error.set(i18n.t("scoreentry.import.mappedTwice", targetFor(twice.get()).label()));
            summary.set("");
            canImport.set(false);
            return;
        }
        error.set("");
        if (preview.mappedColumns() == 0) {
            summary.set(i18n.t("scoreentry.import.nothingMapped"));
            canImport.set(false);
            return;
        }
        summary.set(i18n.t("scoreentry.import.summary", preview.accepted().size(), preview.gradeCount(),
                preview.rejected().size()));
        canImport.set(!preview.accepted().isEmpty() && !busy.get());
    }

    private String describe(ImportPreview.Rejected row) {
        List<String> reasons = new ArrayList<>();
        for (ImportPreview.Problem problem : row.problems()) {
            String reason = i18n.t(problem.reason().messageKey(), problem.value(), table.header().size());
            reasons.add(problem.column() < 0 ? reason
                    : i18n.t("scoreentry.import.cellProblem", columns.get(problem.column()).target.get().label(),
                            reason));
        }
        return i18n.t("scoreentry.import.rejectedRow", row.rowNumber(), String.join("; ", reasons));
    }

    /** Imports the accepted rows as new participants, all or nothing; the live run is told. */
    public void importRows() {
        if (!canImport.get()) {
            return;
        }
        ImportPreview taking = preview;
        busy.set(true);
        canImport.set(false);
        worker.run(() -> entries.importRows(run.workshop().id(), taking,
                        row -> i18n.t("scoreentry.import.participantName", row)),
                imported -> {
                    busy.set(false);
                    run.answersChanged();
                    dialogs.notify(i18n.t("scoreentry.import.done", imported.size(), taking.gradeCount()));
                    done.set(true);
                },
                failure -> {
                    busy.set(false);
                    error.set(i18n.t("scoreentry.import.failed", new UserMessages(i18n).describe(failure)));
                    updatePreviewKeepingError();
                });
    }

    private void updatePreviewKeepingError() {
        String reason = error.get();
        updatePreview();
        error.set(reason);
    }
}
