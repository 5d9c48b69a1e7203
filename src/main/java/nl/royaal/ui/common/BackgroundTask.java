package nl.royaal.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one way work leaves the FX thread: run it on a worker, hand the result or the failure back
 * on the FX thread. Workers are never interrupted, because H2 documents that interrupting its I/O
 * can corrupt the file.
 */
public final class BackgroundTask {

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "royaal-background");
        thread.setDaemon(true);
        return thread;
    });

    private BackgroundTask() {
    }

    public static <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        WORKERS.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException | Error failure) {
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }
}
