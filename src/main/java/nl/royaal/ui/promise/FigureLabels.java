package nl.royaal.ui.promise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.selfimage.GradeScale;

/**
 * The labels that show one {@link PromiseViewModel.Figures}, on the console or the projector: the
 * before → after figures, the two classes as named chips (coloured as well, never by colour
 * alone), the spelled-out change and the scale.
 */
final class FigureLabels {

    private static final List<String> CLASS_STYLES = List.of(GapClass.values()).stream()
            .map(FigureLabels::style).toList();

    private final Label name;
    private final List<Label> figures;
    private final Label classBefore;
    private final Label classAfter;
    private final Label classChange;
    private final GradeScale scale;
    private final Label sentence;

    /**
     * @param name        the touchpoint's name, or null where the screen shows it elsewhere
     * @param figures     expectation before and after, experience before and after, gap before and after
     * @param classChange shows "Teleurstelling → tevreden", or null where the chips say it
     * @param sentence    shows what the what-if does in words
     */
    FigureLabels(Label name, List<Label> figures, Label classBefore, Label classAfter, Label classChange,
            Label sentence, GradeScale scale) {
        this.name = name;
        this.figures = List.copyOf(figures);
        this.classBefore = classBefore;
        this.classAfter = classAfter;
        this.classChange = classChange;
        this.scale = scale;
        this.sentence = sentence;
    }

    void show(PromiseViewModel.Figures shown, I18n language) {
        if (shown == null) {
            scale.show(List.of());
            return;
        }
        if (name != null) {
            name.setText(shown.name());
        }
        List<String> texts = List.of(shown.expectationBefore(), shown.expectationAfter(), shown.experienceBefore(),
                shown.experienceAfter(), shown.gapBefore(), shown.gapAfter());
        for (int i = 0; i < figures.size(); i++) {
            figures.get(i).setText(texts.get(i));
        }
        chip(classBefore, shown.classBefore(), language);
        chip(classAfter, shown.classAfter(), language);
        if (classChange != null) {
            classChange.setText(shown.classChange());
        }
        sentence.setText(shown.sentence());
        scale.show(shown.scale());
    }

    private static void chip(Label chip, Optional<GapClass> gapClass, I18n language) {
        chip.getStyleClass().removeAll(CLASS_STYLES);
        chip.setText(gapClass.map(found -> language.t(found.messageKey())).orElse(""));
        gapClass.ifPresent(found -> chip.getStyleClass().add(style(found)));
    }

    private static String style(GapClass gapClass) {
        return "class-" + gapClass.name().toLowerCase(Locale.ROOT);
    }
}
