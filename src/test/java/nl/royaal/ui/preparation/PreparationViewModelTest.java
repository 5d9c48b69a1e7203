package nl.royaal.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.InMemoryWorkshopRepository;
import nl.royaal.testing.TestTemplates;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.ui.common.ScoringSettingsForm;
import nl.royaal.ui.shell.Navigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preparation screen's rules, tested without a window. */
class PreparationViewModelTest {

    private final InMemoryWorkshopRepository repository = new InMemoryWorkshopRepository();
    private final WorkshopService service = new WorkshopService(repository, repository,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Workshop workshop = service.createFromTemplate(TestTemplates.small(), Language.NL);
    private final PreparationViewModel viewModel =
            new PreparationViewModel(workshop, service, dialogs, navigator, I18n.of(Language.NL));

    @Test
    void aValidTitleIsStoredWhenCommitted() {
        viewModel.titleProperty().set("  Klantdag Jansen  ");
        assertTrue(viewModel.commitDetails());
        assertEquals("Klantdag Jansen", repository.stored(workshop.id()).title());
        assertEquals("", viewModel.detailsErrorProperty().get());
    }

    @Test
    void aTitleOfTenThousandCharactersIsRefusedInTheUsersLanguage() {
        viewModel.titleProperty().set("a".repeat(10_000));
        assertFalse(viewModel.commitDetails());
        assertEquals("Titel is te lang: 10.000 tekens, maximaal 200.", viewModel.detailsErrorProperty().get());
        assertEquals(workshop.title(), repository.stored(workshop.id()).title());
        viewModel.revertDetails();
        assertEquals(workshop.title(), viewModel.titleProperty().get());
    }

    @Test
    void aFullDiskShowsAClearMessageAndTheFieldsShowWhatIsReallyStored() {
        repository.failNextWrite(StorageException.Reason.DISK_FULL);
        viewModel.clientProperty().set("Bakkerij Jansen");
        assertFalse(viewModel.commitDetails());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.getFirst().startsWith("De schijf is vol"), dialogs.errors.getFirst());
        assertEquals("", viewModel.clientProperty().get());
        assertEquals("", repository.stored(workshop.id()).details().clientOrganisation());
    }

    @Test
    void changingTheLanguageIsStoredAtOnce() {
        viewModel.languageProperty().set(Language.EN);
        assertEquals(Language.EN, repository.stored(workshop.id()).language());
    }

    @Test
    void choosingAKindOrMinutesIsStoredAtOnceForTheSelectedElement() {
        viewModel.agenda().selectedProperty().set(viewModel.agenda().items().get(1));
        viewModel.elementMinutesProperty().set(25);
        viewModel.elementPinnedProperty().set(true);
        assertEquals(25, repository.stored(workshop.id()).agenda().get(1).plannedMinutes());
        assertTrue(repository.stored(workshop.id()).agenda().get(1).pinned());
    }

    @Test
    void movingKeepsTheMovedElementSelected() {
        viewModel.agenda().selectedProperty().set(viewModel.agenda().items().getFirst());
        viewModel.moveSelectedElement(1);
        assertEquals(1, viewModel.agenda().selectedIndex());
        assertEquals("Welkom", viewModel.agenda().selected().orElseThrow().title());
        viewModel.moveSelectedElement(5);
        assertEquals(1, viewModel.agenda().selectedIndex(), "a move past the end changes nothing");
    }

    @Test
    void contactsAcceptDutchAndEnglishDecimalsAndRefuseWords() {
        viewModel.touchpoints().selectedProperty().set(viewModel.touchpoints().items().getFirst());
        viewModel.touchpointContactsProperty().set("2,5");
        assertTrue(viewModel.commitTouchpoint());
        assertEquals(2.5, repository.stored(workshop.id()).touchpoints().getFirst().contactsPerCustomerPerYear());

        viewModel.touchpointContactsProperty().set("vaak");
        assertFalse(viewModel.commitTouchpoint());
        assertTrue(viewModel.touchpointErrorProperty().get().contains("„vaak” is geen getal"));
        assertEquals(2.5, repository.stored(workshop.id()).touchpoints().getFirst().contactsPerCustomerPerYear());

        viewModel.touchpointContactsProperty().set("");
        assertTrue(viewModel.commitTouchpoint());
        assertEquals(null, repository.stored(workshop.id()).touchpoints().getFirst().contactsPerCustomerPerYear());
    }

    @Test
    void removingAnUnscoredTouchpointDoesNotAskButAScoredOneDoes() {
        viewModel.touchpoints().selectedProperty().set(viewModel.touchpoints().items().getFirst());
        viewModel.removeSelectedTouchpoint();
        assertEquals(List.of(), dialogs.confirmations);
        assertEquals(1, repository.stored(workshop.id()).touchpoints().size());
    }

    @Test
    void startingOpensTheRunScreenButNotWithAnInvalidTitle() {
        viewModel.titleProperty().set("");
        viewModel.startWorkshop();
        assertEquals(null, navigator.running);
        viewModel.titleProperty().set("Klantdag");
        viewModel.startWorkshop();
        assertEquals(workshop.id(), navigator.running.id());
    }

    /** Records where the view model sent the user. */
    static final class RecordingNavigator implements Navigator {
        Workshop running;
        boolean list;

        @Override
        public void showWorkshopList() {
            list = true;
        }

        @Override
        public void showPreparation(Workshop workshop) {
        }

        @Override
        public void showRun(Workshop workshop) {
            running = workshop;
        }

        @Override
        public void showSettings() {
        }
    }

    // --- the scoring margin and the "discuss" threshold ---------------------------------------

    @Test
    void aMarginTypedWithACommaOrAPointIsStoredAtOnce() {
        ScoringSettingsForm scoring = viewModel.scoringSettings();
        assertEquals("0,5", scoring.margin().text(), "the stored default, in the console's notation");

        scoring.margin().textProperty().set("0,3");
        assertTrue(scoring.margin().commit());
        assertEquals(0.3, repository.stored(workshop.id()).settings().scoring().margin());
        assertEquals(0.3, viewModel.current().settings().scoring().margin(), "the screen holds what is stored");

        scoring.margin().textProperty().set(" 0.7 ");
        assertTrue(scoring.margin().commit());
        assertEquals(0.7, repository.stored(workshop.id()).settings().scoring().margin());
        assertEquals("0,7", scoring.margin().text());
        assertEquals("", scoring.margin().error());
        assertEquals(2.0, repository.stored(workshop.id()).settings().scoring().disagreementThreshold(),
                "the threshold is left as it was");
        assertTrue(scoring.explanationProperty().get().startsWith("Een verschil binnen \u00b10,7 telt als tevreden"),
                scoring.explanationProperty().get());
    }

    @Test
    void aThresholdIsStoredAtOnceAndTheOtherSettingsStay() {
        viewModel.scoringSettings().threshold().textProperty().set("1,5");
        assertTrue(viewModel.scoringSettings().threshold().commit());
        assertEquals(new ScoringSettings(0.5, 1.5), repository.stored(workshop.id()).settings().scoring());
        assertEquals(workshop.settings().fanClub(), repository.stored(workshop.id()).settings().fanClub());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10    | De marge moet tussen 0 en 9 liggen; 10 kan niet.
            -1    | De marge moet tussen 0 en 9 liggen; -1 kan niet.
            \u22121 | De marge moet tussen 0 en 9 liggen; -1 kan niet.
            veel  | \u201eveel\u201d is geen getal. Typ bijvoorbeeld 0,5.
            1e9   | \u201e1e9\u201d is geen getal. Typ bijvoorbeeld 0,5.
            0,25  | \u201e0,25\u201d heeft te veel decimalen: typ hoogstens \u00e9\u00e9n, bijvoorbeeld 0,5.
            ''    | Vul een getal in, bijvoorbeeld 0,5.
            """)
    void aBadMarginIsRefusedBesideTheFieldAndNothingIsStored(String typed, String message) {
        int writes = repository.writes();
        ScoringSettingsForm.Field margin = viewModel.scoringSettings().margin();
        margin.textProperty().set(typed);

        assertFalse(margin.commit());
        assertEquals(message, margin.error());
        assertEquals(writes, repository.writes(), "nothing stored");
        assertEquals(0.5, repository.stored(workshop.id()).settings().scoring().margin());
        assertTrue(dialogs.errors.isEmpty(), "the message is beside the field, not in a dialog");

        margin.revert();
        assertEquals("0,5", margin.text());
        assertEquals("", margin.error());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0    | De drempel voor \u201ebespreken\u201d moet groter zijn dan 0 en ten hoogste 9; 0 kan niet.
            9,5  | De drempel voor \u201ebespreken\u201d moet groter zijn dan 0 en ten hoogste 9; 9,5 kan niet.
            -2   | De drempel voor \u201ebespreken\u201d moet groter zijn dan 0 en ten hoogste 9; -2 kan niet.
            twee | \u201etwee\u201d is geen getal. Typ bijvoorbeeld 2,0.
            ''   | Vul een getal in, bijvoorbeeld 2,0.
            """)
    void aBadThresholdIsRefusedBesideTheFieldAndNothingIsStored(String typed, String message) {
        int writes = repository.writes();
        ScoringSettingsForm.Field threshold = viewModel.scoringSettings().threshold();
        threshold.textProperty().set(typed);

        assertFalse(threshold.commit());
        assertEquals(message, threshold.error());
        assertEquals(writes, repository.writes(), "nothing stored");
        assertEquals(ScoringSettings.DEFAULT, repository.stored(workshop.id()).settings().scoring());
    }

    @Test
    void aStepMovesATenthWithinTheRangeAndIsStored() {
        ScoringSettingsForm.Field margin = viewModel.scoringSettings().margin();
        assertTrue(margin.step(-1));
        assertEquals(0.4, repository.stored(workshop.id()).settings().scoring().margin());
        assertEquals("0,4", margin.text());
        margin.textProperty().set("onzin");
        assertTrue(margin.step(1), "from what is stored while the text is no number");
        assertEquals(0.5, repository.stored(workshop.id()).settings().scoring().margin());

        ScoringSettingsForm.Field threshold = viewModel.scoringSettings().threshold();
        threshold.textProperty().set("0,1");
        assertTrue(threshold.commit());
        assertTrue(threshold.step(-1), "stays above 0");
        assertEquals(0.1, repository.stored(workshop.id()).settings().scoring().disagreementThreshold());
    }

    @Test
    void aRefusedValueInOneFieldStaysWhileTheOtherIsStored() {
        ScoringSettingsForm scoring = viewModel.scoringSettings();
        scoring.threshold().textProperty().set("0");
        assertFalse(scoring.threshold().commit());

        scoring.margin().textProperty().set("0,3");
        assertTrue(scoring.margin().commit());

        assertEquals("0", scoring.threshold().text(), "the trainer's typing is not overwritten");
        assertFalse(scoring.threshold().error().isEmpty());
        assertEquals(new ScoringSettings(0.3, 2.0), repository.stored(workshop.id()).settings().scoring());
    }

    @Test
    void aFailingDiskIsSaidBesideTheFieldAndTheStoredMarginStays() {
        repository.failNextWrite(StorageException.Reason.DISK_FULL);
        ScoringSettingsForm.Field margin = viewModel.scoringSettings().margin();
        margin.textProperty().set("0,3");

        assertFalse(margin.commit());
        assertTrue(margin.error().startsWith("De schijf is vol"), margin.error());
        assertEquals(0.5, repository.stored(workshop.id()).settings().scoring().margin());
        assertEquals(0.5, viewModel.current().settings().scoring().margin());
    }

    @Test
    void aMarginFromAnEarlierSessionIsShownWhenPreparing() {
        Workshop strict = service.setSettings(workshop,
                workshop.settings().withScoring(new ScoringSettings(0.2, 1.5)));
        PreparationViewModel reopened = new PreparationViewModel(strict, service, dialogs, navigator,
                I18n.of(Language.EN));
        assertEquals("0.2", reopened.scoringSettings().margin().text());
        assertEquals("1.5", reopened.scoringSettings().threshold().text());
        assertEquals("A gap within \u00b10.2 counts as satisfied; beyond it, disappointment or fan zone."
                + " From a spread (SD) of 1.5 a touchpoint is marked \u201cdiscuss\u201d: the group does not agree on it.",
                reopened.scoringSettings().explanationProperty().get());
    }
}
