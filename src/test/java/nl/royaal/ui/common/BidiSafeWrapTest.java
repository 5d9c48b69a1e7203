package nl.royaal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Hebrew and Arabic texts in a narrow label: JavaFX 26 throws when it wraps them itself, which
 * left a fan moment's console row empty. They are broken into lines here instead.
 */
@ExtendWith(ApplicationExtension.class)
class BidiSafeWrapTest {

    private static final String HEBREW =
            "השולח חזר ביום ראשון כדי לתקן את הדוד, והלקוחה סיפרה לכל השכונה. זה היה רגע של מעריצים אמיתי";
    private static final String ARABIC = "عاد الموظف يوم الأحد لإصلاح التدفئة، وأخبرت العميلة الحي كله. كانت لحظة معجبين حقيقية";

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        stage.setScene(new Scene(root, 300, 400));
        stage.show();
    }

    @Test
    void onlyRightToLeftScriptNeedsItsOwnLineBreaks() {
        assertTrue(BidiSafeWrap.needsOwnLineBreaks(HEBREW));
        assertTrue(BidiSafeWrap.needsOwnLineBreaks(ARABIC));
        assertTrue(BidiSafeWrap.needsOwnLineBreaks("Klant zei: " + HEBREW.substring(0, 10)));
        assertFalse(BidiSafeWrap.needsOwnLineBreaks("De monteur bracht een vergeten tas terug. 🎉"));
    }

    @Test
    void linesBreakAtSpacesAndKeepEveryWordAndParagraph() {
        List<String> lines = BidiSafeWrap.lines("een twee drie vier\nvijf zesentwintigmiljoen", 9);

        assertEquals(List.of("een twee", "drie vier", "vijf", "zesentwintigmiljoen"), lines);
    }

    @Test
    void aNarrowLabelShowsARightToLeftTextOnSeveralLinesInsteadOfNothing(FxRobot robot) {
        Label hebrew = new Label();
        Label arabic = new Label();
        Label dutch = new Label();
        robot.interact(() -> {
            for (Label label : List.of(hebrew, arabic, dutch)) {
                label.setMaxWidth(200);
                root.getChildren().add(label);
            }
            BidiSafeWrap.show(hebrew, HEBREW);
            BidiSafeWrap.show(arabic, ARABIC);
            BidiSafeWrap.show(dutch, "De monteur bracht een vergeten tas persoonlijk naar het huis van de klant.");
            root.applyCss();
            root.layout();
        });

        assertTrue(hebrew.getText().contains("\n"), hebrew.getText());
        assertTrue(hebrew.getHeight() > 2 * hebrew.getFont().getSize(), "several lines tall");
        assertEquals(HEBREW.replace(" ", ""), hebrew.getText().replace("\n", "").replace(" ", ""), "no word lost");
        assertNotNull(hebrew.getTooltip(), "the whole text on hover");
        assertTrue(arabic.getText().contains("\n"));
        assertTrue(dutch.isWrapText(), "other text wraps as JavaFX does it");
    }
}
