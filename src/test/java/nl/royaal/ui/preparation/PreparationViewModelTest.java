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
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.InMemoryWorkshopRepository;
import nl.royaal.testing.TestTemplates;
import nl.royaal.testing.ScriptedDialogs;
import nl.royaal.ui.shell.Navigator;
import org.junit.jupiter.api.Test;

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
}
