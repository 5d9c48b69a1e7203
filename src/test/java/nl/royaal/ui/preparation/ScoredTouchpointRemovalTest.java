package nl.royaal.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.i18n.I18n;
import nl.royaal.service.scoreentry.ScoreEntryFixture;
import nl.royaal.testing.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a touchpoint that already has scores asks first and says how many (issue 4, "bad input"). */
class ScoredTouchpointRemovalTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void scoreTheWebsiteThreeTimes() {
        fixture = new ScoreEntryFixture(directory);
        Participant first = fixture.entries.addPaperForm(fixture.workshopId(), "Formulier 1");
        Participant second = fixture.entries.addPaperForm(fixture.workshopId(), "Formulier 2");
        fixture.entries.saveGrade(fixture.workshopId(), first.id(), fixture.column(0, ScoreDimension.EXPECTATION),
                Score.of(7));
        fixture.entries.saveGrade(fixture.workshopId(), first.id(), fixture.column(0, ScoreDimension.EXPERIENCE),
                Score.of(6));
        fixture.entries.saveGrade(fixture.workshopId(), second.id(), fixture.column(0, ScoreDimension.EXPECTATION),
                Score.of(8));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PreparationViewModel websiteSelected() {
        PreparationViewModel viewModel = new PreparationViewModel(fixture.stored(), fixture.workshops, dialogs,
                new PreparationViewModelTest.RecordingNavigator(), I18n.of(Language.NL));
        viewModel.touchpoints().selectedProperty().set(viewModel.touchpoints().items().getFirst());
        return viewModel;
    }

    @Test
    void sayingNoKeepsTheTouchpointAndItsThreeScores() {
        dialogs.answerConfirm(false);
        websiteSelected().removeSelectedTouchpoint();

        assertEquals(List.of("\u201eWebsite\u201d heeft al 3 cijfers. Die worden ook verwijderd."),
                dialogs.confirmations);
        assertEquals(List.of("Website", "Factuur"), fixture.stored().touchpoints().stream().map(Touchpoint::name).toList());
        assertEquals(3, fixture.stored().answers().scores().size());
    }

    @Test
    void sayingYesDeletesTheTouchpointWithItsScores() {
        dialogs.answerConfirm(true);
        websiteSelected().removeSelectedTouchpoint();

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(List.of("Factuur"), fixture.stored().touchpoints().stream().map(Touchpoint::name).toList());
        assertEquals(0, fixture.stored().answers().scores().size());
    }
}
