package nl.royaal.ui.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.royaal.domain.Language;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.i18n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fan-club projection on the console: the brief's examples, defaults that follow the room, and bad input. */
class FanClubViewModelTest {

    private static final I18n NL = I18n.of(Language.NL);
    private static final I18n EN = I18n.of(Language.EN);

    private final AtomicInteger room = new AtomicInteger(10);
    private final AtomicReference<FanClubSettings> stored = new AtomicReference<>(FanClubSettings.DEFAULT);
    private final FanClubViewModel viewModel = new FanClubViewModel(room::get, stored.get(), stored::set, NL, NL);

    @Test
    void tenColleaguesInTheRoomMakeTwoThousandFansInAYearByDefault() {
        assertEquals("10", viewModel.peopleProperty().get());
        assertEquals("200", viewModel.daysProperty().get());
        assertEquals("1", viewModel.yearsProperty().get());
        assertEquals(2_000, viewModel.projection().fans());
        assertEquals("10 \u00d7 200 \u00d7 1 = 2.000 fans", viewModel.resultProperty().get());
        assertEquals("10 \u00d7 200 \u00d7 1", viewModel.formulaProperty().get());
        assertEquals("2.000", viewModel.roomNumber(2_000));
        assertEquals("fans in \u00e9\u00e9n jaar", viewModel.captionProperty().get());
    }

    @Test
    void aSoleTraderForFiveYearsHasAFanClubOfAThousand() {
        viewModel.peopleProperty().set("1");
        viewModel.yearsProperty().set("5");

        assertEquals(1_000, viewModel.projection().fans());
        assertEquals("1 \u00d7 200 \u00d7 5 = 1.000 fans", viewModel.resultProperty().get());
        assertEquals("fans in 5 jaar", viewModel.captionProperty().get());
    }

    @Test
    void theRoomWritesNumbersInItsOwnLanguage() {
        FanClubViewModel english = new FanClubViewModel(() -> 1000, FanClubSettings.DEFAULT, settings -> { }, NL, EN);

        assertEquals("1,000 \u00d7 200 \u00d7 1", english.formulaProperty().get());
        assertEquals("200,000", english.roomNumber(english.projection().fans()));
        assertEquals("1.000 \u00d7 200 \u00d7 1 = 200.000 fans", english.resultProperty().get(),
                "the console keeps its own language");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|Het aantal mensen moet tussen 1 en 100.000 liggen; 0 kan niet.",
        "-3|Het aantal mensen moet tussen 1 en 100.000 liggen; -3 kan niet.",
        "1000000000|Het aantal mensen moet tussen 1 en 100.000 liggen; 1.000.000.000 kan niet.",
        "99999999999999999999|Het aantal mensen moet tussen 1 en 100.000 liggen; 9.223.372.036.854.775.807 kan niet.",
        "tien|\u201etien\u201d is geen heel getal; typ bijvoorbeeld 200.",
        "10^9|\u201e10^9\u201d is geen heel getal; typ bijvoorbeeld 200.",
        "2,5|\u201e2,5\u201d is geen heel getal; typ bijvoorbeeld 200.",
        "' '|Vul een getal in."})
    void aBadNumberOfPeopleSaysWhyAndTheProjectionKeepsItsLastValidValue(String typed, String message) {
        viewModel.peopleProperty().set("12");

        viewModel.peopleProperty().set(typed);

        assertEquals(message, viewModel.peopleErrorProperty().get());
        assertEquals(12, viewModel.projection().people());
        assertEquals(2_400, viewModel.projection().fans());
    }

    @Test
    void daysAndYearsAreCheckedAgainstTheirOwnRanges() {
        viewModel.daysProperty().set("367");
        viewModel.yearsProperty().set("51");

        assertEquals("Het aantal werkdagen per jaar moet tussen 1 en 366 liggen; 367 kan niet.",
                viewModel.daysErrorProperty().get());
        assertEquals("Het aantal jaren moet tussen 1 en 50 liggen; 51 kan niet.", viewModel.yearsErrorProperty().get());
        assertEquals(2_000, viewModel.projection().fans());

        viewModel.daysProperty().set("220");
        assertEquals("", viewModel.daysErrorProperty().get(), "a good value clears the message");
        assertEquals(2_200, viewModel.projection().fans());
    }

    @Test
    void numbersGroupedInThreesAreReadAsTyped() {
        viewModel.peopleProperty().set("1.000");
        assertEquals(1_000, viewModel.projection().people());
        viewModel.peopleProperty().set("2,500");
        assertEquals(2_500, viewModel.projection().people());
        viewModel.peopleProperty().set(" 40 000 ");
        assertEquals(40_000, viewModel.projection().people());
    }

    @Test
    void theNumberOfPeopleFollowsTheRoomUntilTheTrainerChangesIt() {
        room.set(14);
        viewModel.refresh();
        assertEquals("14", viewModel.peopleProperty().get());

        viewModel.peopleProperty().set("250");
        room.set(15);
        viewModel.refresh();
        assertEquals("250", viewModel.peopleProperty().get(), "the trainer's number stays");

        viewModel.resetToDefaults();
        assertEquals("15", viewModel.peopleProperty().get());
        assertEquals(3_000, viewModel.projection().fans());
    }

    @Test
    void anEmptyRoomProjectsTheTrainerAlone() {
        FanClubViewModel empty = new FanClubViewModel(() -> 0, FanClubSettings.DEFAULT, settings -> { }, NL, NL);

        assertEquals("1", empty.peopleProperty().get());
        assertEquals(200, empty.projection().fans());
    }

    @Test
    void everyValidChangeIsStoredAndTheTrainersNumberNoLongerFollowsTheRoom() {
        viewModel.peopleProperty().set("1");
        viewModel.yearsProperty().set("5");

        assertEquals(new FanClubSettings(1, 200, 5), stored.get());
        FanClubViewModel later = new FanClubViewModel(room::get, stored.get(), stored::set, NL, NL);
        assertEquals("1", later.peopleProperty().get());
        assertEquals(1_000, later.projection().fans());
    }

    @Test
    void aRefusedValueStoresNothing() {
        viewModel.daysProperty().set("220");
        FanClubSettings before = stored.get();

        viewModel.daysProperty().set("400");
        viewModel.yearsProperty().set("nul");

        assertEquals(before, stored.get());
        assertEquals(new FanClubSettings(null, 220, 1), before, "ten people is the room: it keeps following");
    }

    @Test
    void aStoredProjectionThatFollowsTheRoomStartsFromTheRoomAsItIsNow() {
        FanClubViewModel later = new FanClubViewModel(() -> 25, new FanClubSettings(null, 220, 2), s -> { }, NL, NL);

        assertEquals("25", later.peopleProperty().get());
        assertEquals(25 * 220 * 2, later.projection().fans());
    }
}
