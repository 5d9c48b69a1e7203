package nl.royaal.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a view model needs to ask the user, behind an interface so view models are tested
 * with plain JUnit (a scripted fake answers instead of a real dialog).
 */
public interface DialogService {

    /** Asks a yes/no question; {@code true} only when the user chose the confirming button. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    /** A short, passing message in the status bar ("Workshop verwijderd"). */
    void notify(String message);

    /** A file to open, offered by its extensions ("csv", "xlsx"; matched in either case). */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions);

    Optional<Path> chooseFileToSave(String title, String filterDescription, String extension, String suggestedName);

    Optional<Path> chooseDirectory(String title, Path initial);

    /** Opens a written file in the system's viewer (the PDF reader, the spreadsheet program). */
    void open(Path file);
}
