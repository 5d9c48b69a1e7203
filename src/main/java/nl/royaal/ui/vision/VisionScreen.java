package nl.royaal.ui.vision;

import javafx.scene.Parent;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of a dream-service element: the vision canvas with proposals, dots, moderation
 * and the final texts on the console; the counts, the proposals to vote on, or the adopted vision
 * on the projector. Everything it keeps is stored (answers, the vision, the voting phase), so it
 * needs no memory of its own when the room comes back to the element.
 */
public final class VisionScreen extends ViewModelScreen<VisionViewModel> {

    static final String STYLESHEET = "/nl/royaal/ui/vision/vision.css";

    VisionScreen(VisionViewModel viewModel, I18n i18n, I18n room) {
        Parent console = ViewLoader.load("/nl/royaal/ui/vision/VisionView.fxml", i18n.bundle(),
                new VisionController(viewModel));
        Parent projector = ViewLoader.load("/nl/royaal/ui/vision/VisionProjectorView.fxml", room.bundle(),
                new VisionProjectorController(viewModel));
        String css = VisionScreen.class.getResource(STYLESHEET).toExternalForm();
        console.getStylesheets().add(css);
        projector.getStylesheets().add(css);
        super(viewModel, viewModel::refresh, console, projector);
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

}
