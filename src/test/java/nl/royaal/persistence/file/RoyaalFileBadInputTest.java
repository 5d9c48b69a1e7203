package nl.royaal.persistence.file;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.royaal.domain.DomainException;
import nl.royaal.persistence.file.RoyaalFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Every way a file can be wrong gives one clear {@link RoyaalFileException} and no workshop. */
class RoyaalFileBadInputTest {

    private final RoyaalFile royaalFile = new RoyaalFile("0.1.0");

    @ParameterizedTest
    @ValueSource(strings = {
        "geen JSON maar gewoon tekst",
        "{",
        "{\"format\": \"royaal-workshop\", ",
        "{\"format\": \"royaal-workshop\", \"format\": \"royaal-workshop\", \"formatVersion\": 1}",
        "{\"format\": \"royaal-workshop\", \"formatVersion\": 1} trailing",
        "// a comment\n{\"format\": \"royaal-workshop\"}",
        "{'format': 'royaal-workshop'}"
    })
    void refusesWhatIsNotJsonAsUnreadable(String content) {
        assertProblem(Problem.UNREADABLE, "file.error.unreadable", content.getBytes(UTF_8));
    }

    @Test
    void refusesAFileThatWasCutOffHalfway() {
        byte[] whole = WorkshopFixtures.EXAMPLE_FILE.getBytes(UTF_8);

        assertProblem(Problem.UNREADABLE, "file.error.unreadable", Arrays.copyOf(whole, whole.length / 2));
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }

        assertProblem(Problem.UNREADABLE, "file.error.unreadable", garbage);
    }

    @Test
    void refusesTextSavedInAnotherEncodingInsteadOfManglingNames() {
        assertProblem(Problem.UNREADABLE, "file.error.unreadable", WorkshopFixtures.EXAMPLE_FILE.getBytes(ISO_8859_1));
    }

    @Test
    void refusesAbsurdNestingWithoutCrashing() {
        String nested = "{\"format\": \"royaal-workshop\", \"formatVersion\": 1, \"x\": " + "[".repeat(100_000) + "}";

        assertProblem(Problem.UNREADABLE, "file.error.unreadable", nested.getBytes(UTF_8));
    }

    @Test
    void reportsAStreamThatFailsAsUnreadable() {
        IOException failure = new IOException("USB stick removed");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };

        RoyaalFileException refused = assertThrows(RoyaalFileException.class, () -> royaalFile.read(failing));

        assertEquals(Problem.UNREADABLE, refused.problem());
        assertEquals(failure, refused.getCause());
    }

    @Test
    void reportsAMissingFileAsUnreadable(@TempDir Path folder) {
        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> royaalFile.read(folder.resolve("bestaat-niet.royaal")));

        assertEquals(Problem.UNREADABLE, refused.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t  ", "\uFEFF"})
    void refusesAnEmptyFile(String content) {
        assertProblem(Problem.EMPTY, "file.error.empty", content.getBytes(UTF_8));
    }

    @Test
    void refusesAStreamOverFiftyMegabytesBeforeParsing() {
        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> royaalFile.read(new EndlessSpaces()));

        assertEquals(Problem.TOO_LARGE, refused.problem());
        assertEquals("file.error.tooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {50L}, refused.arguments());
    }

    @Test
    void acceptsSizeUpToTheLimitItself() {
        // Exactly the limit is allowed: all white space, so it is refused as empty, not as too large.
        InputStream atTheLimit = new EndlessSpaces().limitedTo(RoyaalFile.MAX_FILE_BYTES);

        assertEquals(Problem.EMPTY, assertThrows(RoyaalFileException.class, () -> royaalFile.read(atTheLimit)).problem());
    }

    @Test
    void refusesAHugeFileWithoutReadingIt(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.royaal");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(RoyaalFile.MAX_FILE_BYTES + 1L);
        }

        RoyaalFileException refused = assertThrows(RoyaalFileException.class, () -> royaalFile.read(huge));

        assertEquals(Problem.TOO_LARGE, refused.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "42",
        "null",
        "\"royaal-workshop\"",
        "{}",
        "{\"name\": \"iets anders\"}",
        "{\"formatVersion\": 1, \"workshop\": {}}",
        "{\"format\": 1, \"formatVersion\": 1}",
        "{\"format\": \"Royaal-Workshop\", \"formatVersion\": 1}",
        "{\"format\": \"royaal-template\", \"formatVersion\": 1, \"key\": \"x\"}"
    })
    void refusesJsonThatIsNotARoyaalWorkshop(String content) {
        assertProblem(Problem.NOT_ROYAAL, "file.error.notRoyaal", content.getBytes(UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 17, Integer.MAX_VALUE})
    void refusesAFileFromANewerRoyaalSayingWhichVersions(int newerVersion) {
        byte[] newer = example(root -> root.put("formatVersion", newerVersion));

        RoyaalFileException refused = assertProblem(Problem.NEWER_VERSION, "file.error.newerVersion", newer);

        assertArrayEquals(new Object[] {newerVersion, RoyaalFile.FORMAT_VERSION}, refused.arguments());
    }

    static Stream<Arguments> brokenDomainRules() {
        return Stream.of(
                arguments("score 11", "/workshop/answers/touchpointScores/1", edit(o -> o.put("score", 11)),
                        "workshop.answers.touchpointScores[1]", "validation.score.range"),
                arguments("rating 0", "/workshop/answers/elementRatings/0", edit(o -> o.put("score", 0)),
                        "workshop.answers.elementRatings[0]", "validation.score.range"),
                arguments("self-image -3", "/workshop/answers/selfImageScores/0", edit(o -> o.put("score", -3)),
                        "workshop.answers.selfImageScores[0]", "validation.score.range"),
                arguments("empty title", "/workshop/details", edit(o -> o.put("title", "")),
                        "workshop.details", "validation.text.required"),
                arguments("blank title", "/workshop/details", edit(o -> o.put("title", " \t ")),
                        "workshop.details", "validation.text.required"),
                arguments("null title", "/workshop/details", edit(o -> o.putNull("title")),
                        "workshop.details", "validation.text.required"),
                arguments("title too long", "/workshop/details", edit(o -> o.put("title", "a".repeat(201))),
                        "workshop.details", "validation.text.tooLong"),
                arguments("vote for unknown proposal", "/workshop/answers/dotVotes/0",
                        edit(o -> o.put("proposalId", WorkshopFixtures.id(99).toString())),
                        "workshop", "validation.workshop.danglingReference"),
                arguments("score for unknown touchpoint", "/workshop/answers/touchpointScores/0",
                        edit(o -> o.put("touchpointId", WorkshopFixtures.id(99).toString())),
                        "workshop", "validation.workshop.danglingReference"),
                arguments("answer by unknown participant", "/workshop/answers/selfImageScores/0",
                        edit(o -> o.put("participantId", WorkshopFixtures.id(99).toString())),
                        "workshop", "validation.workshop.danglingReference"),
                arguments("duplicate agenda id", "/workshop/agenda/1",
                        edit(o -> o.put("id", WorkshopFixtures.id(1).toString())),
                        "workshop", "validation.workshop.duplicateId"),
                arguments("duplicate participant id", "/workshop/participants/1",
                        edit(o -> o.put("id", WorkshopFixtures.id(21).toString())),
                        "workshop", "validation.workshop.duplicateId"),
                arguments("duplicate touchpoint id", "/workshop/touchpoints/1",
                        edit(o -> o.put("id", WorkshopFixtures.id(11).toString())),
                        "workshop", "validation.workshop.duplicateId"),
                arguments("481 minutes", "/workshop/agenda/1", edit(o -> o.put("plannedMinutes", 481)),
                        "workshop.agenda[1]", "validation.minutes.range"),
                arguments("negative minutes", "/workshop/agenda/0", edit(o -> o.put("plannedMinutes", -1)),
                        "workshop.agenda[0]", "validation.minutes.range"),
                arguments("empty element title", "/workshop/agenda/2", edit(o -> o.put("title", "")),
                        "workshop.agenda[2]", "validation.text.required"),
                arguments("400 contacts a year", "/workshop/touchpoints/0",
                        edit(o -> o.put("contactsPerCustomerPerYear", 400.0)),
                        "workshop.touchpoints[0]", "validation.contacts.range"),
                arguments("negative contacts", "/workshop/touchpoints/0",
                        edit(o -> o.put("contactsPerCustomerPerYear", -1.5)),
                        "workshop.touchpoints[0]", "validation.contacts.range"),
                arguments("vision proposal without field", "/workshop/answers/texts/1",
                        edit(o -> o.putNull("visionField")),
                        "workshop.answers.texts[1]", "validation.text.fieldMissing"),
                arguments("empty story", "/workshop/answers/texts/0", edit(o -> o.put("text", "\n \n")),
                        "workshop.answers.texts[0]", "validation.text.required"),
                arguments("story too long", "/workshop/answers/texts/0", edit(o -> o.put("text", "ë".repeat(501))),
                        "workshop.answers.texts[0]", "validation.text.tooLong"),
                arguments("name too long", "/workshop/participants/0", edit(o -> o.put("displayName", "Z".repeat(61))),
                        "workshop.participants[0]", "validation.text.tooLong"),
                arguments("a fourth all-in-on choice", "/workshop/vision",
                        edit(o -> {
                            o.withArray("adopted").addObject().put("field", "ALL_IN_ON").put("text", "Alles");
                            o.withArray("adopted").addObject().put("field", "ALL_IN_ON").put("text", "Voor iedereen");
                        }),
                        "workshop.vision", "vision.error.allInOnFull"),
                arguments("two promises", "/workshop/vision",
                        edit(o -> o.withArray("adopted").addObject().put("field", "PROMISE").put("text", "Snel")),
                        "workshop.vision", "vision.error.oneText"),
                arguments("adopted text of whitespace", "/workshop/vision/adopted/0", edit(o -> o.put("text", " \t ")),
                        "workshop.vision.adopted[0]", "validation.text.required"),
                arguments("adopted text of 10,000 characters", "/workshop/vision/adopted/0",
                        edit(o -> o.put("text", "x".repeat(10_000))),
                        "workshop.vision.adopted[0]", "validation.text.tooLong"),
                arguments("no dots", "/workshop/vision", edit(o -> o.put("dotsPerPerson", 0)),
                        "workshop.vision", "vision.error.dotsRange"),
                arguments("more per proposal than per person", "/workshop/vision",
                        edit(o -> o.put("maxDotsPerProposal", 4)),
                        "workshop.vision", "vision.error.maxPerProposalRange"),
                arguments("a vote of no dots", "/workshop/answers/dotVotes/0", edit(o -> o.put("dots", 0)),
                        "workshop.answers.dotVotes[0]", "vision.error.voteDots"),
                arguments("a margin of 10", "/workshop/settings/scoring", edit(o -> o.put("margin", 10.0)),
                        "workshop.settings.scoring", "scoring.error.marginRange"),
                arguments("a discuss threshold of 0", "/workshop/settings/scoring",
                        edit(o -> o.put("discussThreshold", 0.0)),
                        "workshop.settings.scoring", "scoring.error.disagreementRange"),
                arguments("no customers", "/workshop/settings/realityCheck", edit(o -> o.put("customers", 0)),
                        "workshop.settings.realityCheck", "scoring.error.customersRange"),
                arguments("400 automated contacts", "/workshop/settings/realityCheck",
                        edit(o -> o.put("automatedContactsPerYear", 400.0)),
                        "workshop.settings.realityCheck", "validation.contacts.range"),
                arguments("a fan club of 10^9 people", "/workshop/settings/fanClub",
                        edit(o -> o.put("people", 1_000_000_000)),
                        "workshop.settings.fanClub", "scoring.error.peopleRange"),
                arguments("a fan club over 51 years", "/workshop/settings/fanClub", edit(o -> o.put("years", 51)),
                        "workshop.settings.fanClub", "scoring.error.yearsRange"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDomainRules")
    void refusesContentThatBreaksADomainRuleSayingWhereAndWhich(
            String description, String pointer, Consumer<ObjectNode> change, String location, String domainKey) {
        RoyaalFileException refused = assertProblem(Problem.INVALID_CONTENT, "file.error.invalidContent",
                example(root -> change.accept((ObjectNode) root.at(pointer))));

        assertArrayEquals(new Object[] {location}, refused.arguments());
        assertEquals(Optional.of(domainKey), refused.detailKey());
        DomainException brokenRule = assertInstanceOf(DomainException.class, refused.getCause());
        assertArrayEquals(brokenRule.arguments(), refused.detailArguments());
    }

    static Stream<Arguments> structuralMistakes() {
        String missing = RoyaalFileException.DETAIL_MISSING_VALUE;
        String wrong = RoyaalFileException.DETAIL_WRONG_VALUE;
        return Stream.of(
                arguments("no workshop", "", edit(o -> o.remove("workshop")), "workshop", missing),
                arguments("no status", "/workshop", edit(o -> o.remove("status")), "workshop.status", missing),
                arguments("no agenda", "/workshop", edit(o -> o.putNull("agenda")), "workshop.agenda", missing),
                arguments("no answers", "/workshop", edit(o -> o.remove("answers")), "workshop.answers", missing),
                arguments("no vision", "/workshop", edit(o -> o.remove("vision")), "workshop.vision", missing),
                arguments("vision without dots", "/workshop/vision", edit(o -> o.remove("dotsPerPerson")),
                        "workshop.vision.dotsPerPerson", missing),
                arguments("unknown vision field", "/workshop/vision/adopted/0", edit(o -> o.put("field", "MISSION")),
                        "workshop.vision.adopted[0].field", wrong),
                arguments("a version-1 file with a vision", "", edit(o -> o.put("formatVersion", 1)),
                        "workshop.vision", RoyaalFileException.DETAIL_UNKNOWN_FIELD),
                arguments("a version-2 file with settings", "", edit(o -> o.put("formatVersion", 2)),
                        "workshop.settings", RoyaalFileException.DETAIL_UNKNOWN_FIELD),
                arguments("no settings", "/workshop", edit(o -> o.remove("settings")), "workshop.settings", missing),
                arguments("settings without a margin", "/workshop/settings/scoring", edit(o -> o.remove("margin")),
                        "workshop.settings.scoring.margin", missing),
                arguments("an unknown contact source", "/workshop/settings/realityCheck",
                        edit(o -> o.put("source", "GUESS")), "workshop.settings.realityCheck.source", wrong),
                arguments("a fan club without years", "/workshop/settings/fanClub", edit(o -> o.putNull("years")),
                        "workshop.settings.fanClub.years", missing),
                arguments("no votes list", "/workshop/answers", edit(o -> o.remove("dotVotes")),
                        "workshop.answers.dotVotes", missing),
                arguments("null in a list", "/workshop", edit(o -> o.putArray("touchpoints").addNull()),
                        "workshop.touchpoints[0]", missing),
                arguments("element without id", "/workshop/agenda/0", edit(o -> o.remove("id")),
                        "workshop.agenda[0].id", missing),
                arguments("no date", "/workshop/details", edit(o -> o.remove("date")), "workshop.details.date",
                        missing),
                arguments("no language", "/workshop/details", edit(o -> o.putNull("language")),
                        "workshop.details.language", missing),
                arguments("score without grade", "/workshop/answers/touchpointScores/0", edit(o -> o.remove("score")),
                        "workshop.answers.touchpointScores[0].score", missing),
                arguments("vote without time", "/workshop/answers/dotVotes/0", edit(o -> o.remove("answeredAt")),
                        "workshop.answers.dotVotes[0].answeredAt", missing),
                arguments("grade in words", "/workshop/answers/touchpointScores/0", edit(o -> o.put("score", "zeven")),
                        "workshop.answers.touchpointScores[0].score", wrong),
                arguments("grade as text", "/workshop/answers/touchpointScores/0", edit(o -> o.put("score", "7")),
                        "workshop.answers.touchpointScores[0].score", wrong),
                arguments("half grade", "/workshop/answers/touchpointScores/0", edit(o -> o.put("score", 7.5)),
                        "workshop.answers.touchpointScores[0].score", wrong),
                arguments("unknown element kind", "/workshop/agenda/0", edit(o -> o.put("kind", "DANCE")),
                        "workshop.agenda[0].kind", wrong),
                arguments("element kind as number", "/workshop/agenda/0", edit(o -> o.put("kind", 0)),
                        "workshop.agenda[0].kind", wrong),
                arguments("id not a uuid", "/workshop/agenda/0", edit(o -> o.put("id", "nummer-1")),
                        "workshop.agenda[0].id", wrong),
                arguments("time in words", "/workshop/answers/dotVotes/0", edit(o -> o.put("answeredAt", "gisteren")),
                        "workshop.answers.dotVotes[0].answeredAt", wrong),
                arguments("Dutch date notation", "/workshop/details", edit(o -> o.put("date", "14-03-2025")),
                        "workshop.details.date", wrong),
                arguments("unknown language", "/workshop/details", edit(o -> o.put("language", "de")),
                        "workshop.details.language", wrong),
                arguments("title as number", "/workshop/details", edit(o -> o.put("title", 42)),
                        "workshop.details.title", wrong),
                arguments("pinned in words", "/workshop/agenda/0", edit(o -> o.put("pinned", "ja")),
                        "workshop.agenda[0].pinned", wrong),
                arguments("agenda as object", "/workshop", edit(o -> o.putObject("agenda")), "workshop.agenda", wrong),
                arguments("formatVersion missing", "", edit(o -> o.remove("formatVersion")), "formatVersion",
                        missing),
                arguments("formatVersion as text", "", edit(o -> o.put("formatVersion", "1")), "formatVersion",
                        wrong),
                arguments("formatVersion 1.5", "", edit(o -> o.put("formatVersion", 1.5)), "formatVersion", wrong),
                arguments("formatVersion 0", "", edit(o -> o.put("formatVersion", 0)), "formatVersion", wrong),
                arguments("unknown field", "/workshop", edit(o -> o.put("mood", "happy")), "workshop.mood",
                        RoyaalFileException.DETAIL_UNKNOWN_FIELD),
                arguments("misspelt field", "/workshop/touchpoints/0",
                        edit(o -> o.set("contactsPerCustomerPerYr", o.remove("contactsPerCustomerPerYear"))),
                        "workshop.touchpoints[0].contactsPerCustomerPerYr", RoyaalFileException.DETAIL_UNKNOWN_FIELD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralMistakes")
    void refusesStructuralMistakesSayingWhere(
            String description, String pointer, Consumer<ObjectNode> change, String location, String detailKey) {
        RoyaalFileException refused = assertProblem(Problem.INVALID_CONTENT, "file.error.invalidContent",
                example(root -> change.accept((ObjectNode) root.at(pointer))));

        assertArrayEquals(new Object[] {location}, refused.arguments());
        assertEquals(Optional.of(detailKey), refused.detailKey());
        assertArrayEquals(new Object[0], refused.detailArguments());
    }

    @Test
    void messageForTheLogNamesKeyLocationAndRule() {
        byte[] content = example(root -> ((ObjectNode) root.at("/workshop/agenda/1")).put("plannedMinutes", 481));

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> royaalFile.read(new ByteArrayInputStream(content)));

        assertTrue(refused.getMessage().contains("file.error.invalidContent"));
        assertTrue(refused.getMessage().contains("workshop.agenda[1]"));
        assertTrue(refused.getMessage().contains("validation.minutes.range"));
    }

    private RoyaalFileException assertProblem(Problem problem, String messageKey, byte[] content) {
        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> royaalFile.read(new ByteArrayInputStream(content)));
        assertEquals(problem, refused.problem(), refused::getMessage);
        assertEquals(messageKey, refused.messageKey());
        return refused;
    }

    /** The documented example with one change made to its JSON tree. */
    private static byte[] example(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) VersionedJson.MAPPER.readTree(WorkshopFixtures.EXAMPLE_FILE);
        change.accept(root);
        return VersionedJson.MAPPER.writeValueAsBytes(root);
    }

    /** Only to give the lambdas in the case tables their type. */
    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> change) {
        return change;
    }

    /** An endless file of spaces that costs no memory to make. */
    private static final class EndlessSpaces extends InputStream {
        private long remaining = Long.MAX_VALUE;

        EndlessSpaces limitedTo(long bytes) {
            remaining = bytes;
            return this;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + count, (byte) ' ');
            remaining -= count;
            return count;
        }
    }
}
