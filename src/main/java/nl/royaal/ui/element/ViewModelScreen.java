package nl.royaal.ui.element;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The shape most element screens share: one view model behind a console view and a projector
 * view, refreshed together. A screen passes the two loaded views and how to refresh its view model;
 * it overrides {@link #dispose()} only when it has something to keep or close.
 *
 * @param <M> the view model, which tests reach through {@link #viewModel()}
 */
public abstract class ViewModelScreen<M> implements ElementScreen {

    private final M viewModel;
    private final Runnable refresh;
    private final Node console;
    private final Node projector;

    /**
     * @param refresh   reads the live run again, e.g. {@code viewModel::refresh}
     * @param projector the room's part, or {@code null} when the slide's prompt says enough
     */
    protected ViewModelScreen(M viewModel, Runnable refresh, Node console, Node projector) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.console = Objects.requireNonNull(console, "console");
        this.projector = projector;
    }

    public M viewModel() {
        return viewModel;
    }

    @Override
    public Node console() {
        return console;
    }

    @Override
    public Optional<Node> projector() {
        return Optional.ofNullable(projector);
    }

    @Override
    public void refresh() {
        refresh.run();
    }

    /** Closes what a screen opened for the room (a text desk); a failure has nothing to tell the trainer. */
    protected static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
            // Closing only lets pending storage finish.
        }
    }
}
