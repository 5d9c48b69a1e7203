package nl.royaal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import org.junit.jupiter.api.Test;

/**
 * The scoring texts exist in both languages and read well once filled in. (The project-wide
 * localisation test checks only keys with the prefixes it knows; this one covers scoring's.)
 */
class ScoringMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/royaal/domain/scoring");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    private static final I18n DUTCH = I18n.of(Language.NL);
    private static final I18n ENGLISH = I18n.of(Language.EN);

    @Test
    void everyKeyTheScoringCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertTrue(keys.size() >= 20, () -> "found only " + keys);
        for (String key : keys) {
            assertTrue(DUTCH.has(key), () -> key + " missing in Dutch");
            assertTrue(ENGLISH.has(key), () -> key + " missing in English");
        }
    }

    @Test
    void theGapClassesHaveTheirWorkshopNames() {
        assertEquals("Teleurstelling", DUTCH.t(GapClass.DISAPPOINTMENT.messageKey()));
        assertEquals("Tevreden", DUTCH.t(GapClass.SATISFIED.messageKey()));
        assertEquals("Fanzone", DUTCH.t(GapClass.FAN_ZONE.messageKey()));
        assertEquals("Fan zone", ENGLISH.t(GapClass.FAN_ZONE.messageKey()));
        assertEquals("Bespreken", DUTCH.t(TouchpointAggregate.DISCUSS_KEY));
        assertEquals("Discuss", ENGLISH.t(TouchpointAggregate.DISCUSS_KEY));
        assertEquals("\u2013", DUTCH.t(Statistic.NO_VALUE_KEY));
    }

    @Test
    void theUnionsIntervalReadsAsSpoken() {
        ContactInterval union = ContactFrequency.fromTotals(13_000, 80_000).interval().orElseThrow();
        assertEquals("Eens per 6 jaar", DUTCH.t(union.unit().messageKey(), union.rounded()));
        assertEquals("Once every 6 years", ENGLISH.t(union.unit().messageKey(), union.rounded()));
        ContactInterval yearly = ContactInterval.ofYears(1);
        assertEquals("Eens per jaar", DUTCH.t(yearly.unit().messageKey(), yearly.rounded()));
        assertEquals("Once a year", ENGLISH.t(yearly.unit().messageKey(), yearly.rounded()));
        assertEquals("Eens per 3 maanden", DUTCH.t(ContactInterval.Unit.MONTHS.messageKey(), 3L));
        assertEquals("Elke dag", DUTCH.t(ContactInterval.Unit.DAYS.messageKey(), 1L));
        assertEquals("Once every 1,200 years", ENGLISH.t(ContactInterval.Unit.YEARS.messageKey(), 1200L));
    }

    @Test
    void bainsFiguresReadWithoutAThousandsSeparatorInTheYear() {
        String dutch = DUTCH.t(SelfImageGap.BAIN_REFERENCE_KEY, SelfImageGap.bainArguments());
        assertTrue(dutch.contains("(2005)"), dutch);
        assertTrue(dutch.contains("80% van 362 bedrijven"), dutch);
        assertTrue(dutch.contains("8% dat ook"), dutch);
        String english = ENGLISH.t(SelfImageGap.BAIN_REFERENCE_KEY, SelfImageGap.bainArguments());
        assertTrue(english.contains("(2005), 80% of 362 firms"), english);
        assertFalse(DUTCH.t(SelfImageGap.ASK_CUSTOMERS_KEY).isBlank());
    }

    @Test
    void refusalsReadAsSentences() {
        DomainException margin = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> ScoringSettings.DEFAULT.withMargin(9.5));
        assertEquals("De marge moet tussen 0 en 9 liggen; 9,5 kan niet.", DUTCH.message(margin));
        assertEquals("The margin must be between 0 and 9; 9.5 is not possible.", ENGLISH.message(margin));
        DomainException people = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> new FanClubProjection(1_000_000_000, 200, 1));
        assertEquals("Het aantal mensen moet tussen 1 en 100.000 liggen; 1.000.000.000 kan niet.", DUTCH.message(people));
        assertEquals("The number of people must be between 1 and 100,000; 1,000,000,000 is not possible.",
                ENGLISH.message(people));
        assertEquals("De beleving overtreft de verwachting: hier ontstaan fans.",
                DUTCH.t(GapClass.FAN_ZONE.descriptionKey()));
        assertEquals("De deelnemers verschillen sterk van mening: de spreiding is 2 of meer.",
                DUTCH.t(TouchpointAggregate.DISCUSS_HINT_KEY, ScoringSettings.DEFAULT_DISAGREEMENT_THRESHOLD));
    }
}
