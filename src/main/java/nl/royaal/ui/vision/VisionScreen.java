package nl.royaal.ui.vision;

import java.util.Optional;
import javafx.scene.Node;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;

/**
 * The live screen of a dream-service element: the vision canvas with proposals, dots, moderation
 * and the final texts on the console; the counts, the proposals to vote on, or the adopted vision
 * on the projector. Everything it keeps is stored (answers, the vision, the voting phase), so it
 * needs no memory of its own when the room comes back to the element.
 */
public final class VisionScreen implements ElementScreen {

    static final String STYLESHEET = "/nl/royaal/ui/vision/vision.css";

    private final VisionViewModel viewModel;
    private final Node console;
    private final Node projector;

    VisionScreen(VisionViewModel viewModel, I18n i18n, I18n room) {
        this.viewModel = viewModel;
        console = ViewLoader.load("/nl/royaal/ui/vision/VisionView.fxml", i18n.bundle(),
                new VisionController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/vision/VisionProjectorView.fxml", room.bundle(),
                new VisionProjectorController(viewModel));
        String css = VisionScreen.class.getResource(STYLESHEET).toExternalForm();
        ((javafx.scene.Parent) console).getStylesheets().add(css);
        ((javafx.scene.Parent) projector).getStylesheets().add(css);
    }

    /**
     * The factory to register for {@code ElementKind.DREAM_SERVICE}. Hiding a proposal goes to the
     * answers directly (one committed row), then the live run reads the workshop again.
     */
    public static ElementScreens.Factory factory(AnswerRepository answers) {
        return (element, run, i18n, room) -> new VisionScreen(new VisionViewModel(run, element.id(),
                moderation(answers, run), i18n, room), i18n, room);
    }

    private static VisionViewModel.Moderation moderation(AnswerRepository answers, LiveRun run) {
        return (textId, hidden) -> {
            answers.setTextHidden(run.workshop().id(), textId, hidden);
            run.answersChanged();
        };
    }

    public VisionViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node console() {
        return console;
    }

    @Override
    public Optional<Node> projector() {
        return Optional.of(projector);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
