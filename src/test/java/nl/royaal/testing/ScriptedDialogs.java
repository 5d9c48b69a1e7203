package nl.royaal.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import nl.royaal.ui.common.DialogService;

/** A dialog service that answers from a script and records what was shown. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public ScriptedDialogs chooseFile(Path file) {
        chosenFiles.add(file);
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + message);
        }
        return confirmAnswers.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
            String suggestedName) {
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(chosenFiles.poll());
    }
}
