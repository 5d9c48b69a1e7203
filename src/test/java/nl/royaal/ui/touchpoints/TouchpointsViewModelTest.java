package nl.royaal.ui.touchpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.report.ReportWorkshops;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.InMemoryWorkshopRepository;
import org.junit.jupiter.api.Test;

/**
 * The reality check on the workshop of {@link ReportWorkshops#known}: the website 4 contacts per
 * customer per year, the invoice 12; and on the brief's union (13,000 contacts, 80,000 members).
 */
class TouchpointsViewModelTest {

    private static final I18n NL = I18n.of(Language.NL);
    private static final I18n EN = I18n.of(Language.EN);

    private final InMemoryWorkshopRepository repository = new InMemoryWorkshopRepository();
    private final WorkshopService service = new WorkshopService(repository, repository,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final AtomicReference<Workshop> workshop = new AtomicReference<>(stored(ReportWorkshops.known(Language.NL)));
    private final TouchpointsViewModel viewModel = new TouchpointsViewModel(workshop::get,
            changed -> workshop.set(service.updateTouchpoint(workshop.get(), changed)),
            figures -> workshop.set(service.setSettings(workshop.get(),
                    workshop.get().settings().withRealityCheck(figures))), NL, NL);

    private Workshop stored(Workshop fresh) {
        repository.insert(fresh);
        return fresh;
    }

    @Test
    void theJourneysContactsAddUpToHowOftenACustomerMeetsAPerson() {
        assertEquals(List.of("4", "12"), viewModel.rows().stream().map(TouchpointsViewModel.Row::contacts).toList());
        assertEquals("Samen 16 persoonlijke contacten per klant per jaar.", viewModel.summaryProperty().get());
        assertEquals("Eens per 23 dagen een mens.", viewModel.sentenceProperty().get());

        assertTrue(viewModel.setAutomated("12"));
        assertEquals("Eens per 23 dagen een mens, 12 keer per jaar een machine.", viewModel.sentenceProperty().get());
        TouchpointsViewModel.Picture picture = viewModel.roomPictureProperty().get();
        assertEquals(16, picture.people(), "more often than yearly: a year's worth of people");
        assertEquals(12, picture.machines());
        assertEquals("In 1 jaar: 16 keer een mens, 12 keer een machine.", viewModel.roomDetailProperty().get());
    }

    @Test
    void theUnionMeetsAPersonOnceEverySixYearsAndAMachineSeventyTwoTimes() {
        viewModel.setSource(RealityCheckFigures.Source.TOTALS);
        assertTrue(viewModel.setTotalContacts("13.000"));
        assertTrue(viewModel.setCustomers("80000"));
        assertTrue(viewModel.setAutomated("12"));

        assertEquals("Eens per 6 jaar een mens, 12 keer per jaar een machine.", viewModel.sentenceProperty().get());
        assertEquals("Eens per 6 jaar een mens, 12 keer per jaar een machine.", viewModel.roomSentenceProperty().get());
        assertEquals("13.000 contacten per jaar \u00f7 80.000 klanten = 0,1625 per klant per jaar.",
                viewModel.summaryProperty().get());
        assertEquals("In 6 jaar: 1 keer een mens, 72 keer een machine.", viewModel.roomDetailProperty().get());
        TouchpointsViewModel.Picture picture = viewModel.roomPictureProperty().get();
        assertEquals(1, picture.people());
        assertEquals(72, picture.machines());
        assertEquals("", picture.machinesMore());
        assertEquals("13.000", viewModel.totalContactsTextProperty().get());
        assertEquals("80.000", viewModel.customersTextProperty().get());
    }

    @Test
    void theUnionExampleIsOneClickAwayAndSpeaksTheRoomsLanguage() {
        TouchpointsViewModel english = new TouchpointsViewModel(workshop::get, changed -> { },
                figures -> workshop.set(workshop.get().withSettings(
                        workshop.get().settings().withRealityCheck(figures), Instant.EPOCH)), NL, EN);
        english.useUnionExample();

        assertEquals(RealityCheckFigures.Source.TOTALS, english.sourceProperty().get());
        assertEquals("Once every 6 years a person, 12 times a year a machine.", english.roomSentenceProperty().get());
        assertEquals("In 6 years: 1 time a person, 72 times a machine.", english.roomDetailProperty().get());
        assertEquals("Eens per 6 jaar een mens, 12 keer per jaar een machine.", english.sentenceProperty().get());
    }

    @Test
    void aTouchpointsContactsAreStoredAtOnceInEitherNotation() {
        UUID website = workshop.get().touchpoints().getFirst().id();

        assertTrue(viewModel.setContacts(website, "0,5"));
        assertEquals(0.5, repository.stored(workshop.get().id()).touchpoints().getFirst().contactsPerCustomerPerYear());
        assertEquals("0,5", viewModel.rows().getFirst().contacts());
        assertTrue(viewModel.setContacts(website, "2.5"));
        assertEquals(2.5, repository.stored(workshop.get().id()).touchpoints().getFirst().contactsPerCustomerPerYear());

        assertTrue(viewModel.setContacts(website, " "));
        assertNull(repository.stored(workshop.get().id()).touchpoints().getFirst().contactsPerCustomerPerYear(),
                "empty is unknown, not zero");
        assertEquals(1, viewModel.missingProperty().get());
        assertEquals("Samen 12 persoonlijke contacten per klant per jaar. 1 contactmoment heeft nog geen cijfer en telt "
                + "niet mee.", viewModel.summaryProperty().get());
    }

    @Test
    void negativeAbsurdOrNonNumericContactsAreRefusedWithTheDomainsMessageAndNothingIsStored() {
        UUID website = workshop.get().touchpoints().getFirst().id();
        int writes = repository.writes();

        assertFalse(viewModel.setContacts(website, "-1"));
        assertEquals("\u201eWebsite\u201d: " + NL.t("validation.contacts.range", -1.0, 0, 365.0),
                viewModel.errorProperty().get());
        assertFalse(viewModel.setContacts(website, "1000"));
        assertEquals("\u201eWebsite\u201d: " + NL.t("validation.contacts.range", 1000.0, 0, 365.0),
                viewModel.errorProperty().get());
        assertFalse(viewModel.setContacts(website, "vaak"));
        assertEquals("\u201eWebsite\u201d: " + NL.t("validation.contacts.notNumber", "vaak"),
                viewModel.errorProperty().get());
        assertFalse(viewModel.setContacts(website, "NaN"));
        assertFalse(viewModel.setContacts(website, "1e3"));

        assertEquals(writes, repository.writes(), "nothing stored");
        assertEquals(4.0, workshop.get().touchpoints().getFirst().contactsPerCustomerPerYear());
        assertTrue(viewModel.setContacts(website, "3"));
        assertEquals("", viewModel.errorProperty().get(), "a good value clears the message");
    }

    @Test
    void badTotalsAndAutomatedContactsAreRefusedWithTheDomainsMessage() {
        viewModel.setSource(RealityCheckFigures.Source.TOTALS);

        assertFalse(viewModel.setTotalContacts("-5"));
        assertEquals(NL.t("scoring.error.totalContactsRange", -5.0, 0, 1e12), viewModel.errorProperty().get());
        assertFalse(viewModel.setTotalContacts("99999999999999"));
        assertFalse(viewModel.setCustomers("0"));
        assertEquals(NL.t("scoring.error.customersRange", 0L, 1, 1_000_000_000L), viewModel.errorProperty().get());
        assertFalse(viewModel.setCustomers("5000000000"));
        assertFalse(viewModel.setCustomers("80000,5"));
        assertEquals("\u201e80000,5\u201d is geen heel aantal klanten.", viewModel.errorProperty().get());
        assertFalse(viewModel.setAutomated("400"));
        assertEquals(NL.t("validation.contacts.range", 400.0, 0, 365.0), viewModel.errorProperty().get());
        assertFalse(viewModel.setAutomated("-12"));
        assertFalse(viewModel.setAutomated("twaalf"));
        assertEquals(NL.t("touchpoints.reality.notNumber", "twaalf"), viewModel.errorProperty().get());

        assertEquals("", viewModel.totalContactsTextProperty().get(), "nothing was taken");
        assertEquals("Vul het totale aantal persoonlijke contacten per jaar en het aantal klanten in.",
                viewModel.sentenceProperty().get());
        assertNull(viewModel.roomPictureProperty().get());
    }

    @Test
    void withoutFiguresOrTouchpointsItSaysWhatIsMissing() {
        workshop.set(stored(ReportWorkshops.bare(Language.NL)));
        viewModel.refresh();

        assertTrue(viewModel.rows().isEmpty());
        assertEquals("", viewModel.summaryProperty().get());
        assertTrue(viewModel.sentenceProperty().get().startsWith("Nog geen enkel contactmoment"));
        assertEquals("Hoe vaak spreekt een klant eigenlijk een mens van ons? Dat rekenen we zo uit.",
                viewModel.roomSentenceProperty().get());
        assertNull(viewModel.roomPictureProperty().get());
    }

    @Test
    void noPersonalContactsAtAllIsSaidAsNever() {
        viewModel.setSource(RealityCheckFigures.Source.TOTALS);
        viewModel.setTotalContacts("0");
        viewModel.setCustomers("1");
        viewModel.setAutomated("12");

        assertEquals("Nooit een mens, 12 keer per jaar een machine.", viewModel.sentenceProperty().get());
        assertEquals(0, viewModel.roomPictureProperty().get().people());
    }

    @Test
    void aVeryRareContactDrawsAtMostEightyMachinesAndSaysTheRest() {
        viewModel.setSource(RealityCheckFigures.Source.TOTALS);
        viewModel.setTotalContacts("1");
        viewModel.setCustomers("50");
        viewModel.setAutomated("12");

        TouchpointsViewModel.Picture picture = viewModel.roomPictureProperty().get();
        assertEquals("Eens per 50 jaar een mens, 12 keer per jaar een machine.", viewModel.sentenceProperty().get());
        assertEquals(TouchpointsViewModel.MAX_ICONS, picture.machines());
        assertEquals("+ 520", picture.machinesMore());
    }

    @Test
    void theFiguresAreStoredWithTheWorkshopSoTheyComeBackWhenTheRoomReturns() {
        viewModel.useUnionExample();

        Workshop stored = repository.find(workshop.get().id()).orElseThrow();
        assertEquals(RealityCheckFigures.UNION_EXAMPLE, stored.settings().realityCheck());
        TouchpointsViewModel later = new TouchpointsViewModel(() -> stored, changed -> { }, figures -> { }, NL, NL);
        assertEquals(RealityCheckFigures.Source.TOTALS, later.sourceProperty().get());
        assertEquals(viewModel.sentenceProperty().get(), later.sentenceProperty().get());
    }

    @Test
    void aRefusedFigureStoresNothingAndKeepsTheLastValidOne() {
        viewModel.useUnionExample();

        assertFalse(viewModel.setCustomers("0"));
        assertFalse(viewModel.setAutomated("400"));

        assertEquals(RealityCheckFigures.UNION_EXAMPLE,
                repository.find(workshop.get().id()).orElseThrow().settings().realityCheck());
        assertEquals("80.000", viewModel.customersTextProperty().get());
    }

    @Test
    void aFullDiskIsSaidAndTheOldValueStays() {
        UUID website = workshop.get().touchpoints().getFirst().id();
        repository.failNextWrite(StorageException.Reason.DISK_FULL);

        assertFalse(viewModel.setContacts(website, "3"));
        assertEquals("„Website”: " + NL.t("storage.error.disk_full"), viewModel.errorProperty().get());
        assertEquals(4.0, workshop.get().touchpoints().getFirst().contactsPerCustomerPerYear());
        assertEquals("4", viewModel.rows().getFirst().contacts());
    }

    @Test
    void aTouchpointThatIsGoneIsNotStored() {
        assertFalse(viewModel.setContacts(UUID.randomUUID(), "3"));
        assertEquals(List.of(4.0, 12.0), workshop.get().touchpoints().stream()
                .map(Touchpoint::contactsPerCustomerPerYear).toList());
    }
}
