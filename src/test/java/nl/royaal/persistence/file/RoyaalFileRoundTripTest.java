package nl.royaal.persistence.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.royaal.domain.Answers;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import org.junit.jupiter.api.Test;

class RoyaalFileRoundTripTest {

    private final RoyaalFile royaalFile = new RoyaalFile("0.1.0");

    @Test
    void fullWorkshopWithEveryAnswerKindAndTrickyTextComesBackEqual() {
        Workshop workshop = WorkshopFixtures.fullWorkshop();

        Workshop readBack = roundTrip(workshop);

        assertEquals(workshop, readBack);
        assertEquals(WorkshopFixtures.id(6), readBack.currentElementId());
        assertTrue(readBack.answers().texts().stream().anyMatch(text -> text.hidden()));
        assertTrue(readBack.answers().texts().getFirst().text().contains("\n\n"), "line breaks kept");
    }

    @Test
    void emptyDraftWithoutCurrentElementOrContactsComesBackEqual() {
        Workshop draft = WorkshopFixtures.emptyDraft();

        Workshop readBack = roundTrip(draft);

        assertEquals(draft, readBack);
        assertNull(readBack.currentElementId());
    }

    @Test
    void extremeInstantsDatesAndNumbersComeBackExactly() {
        Workshop workshop = new Workshop(WorkshopFixtures.id(1),
                new WorkshopDetails("Grenzen", "", LocalDate.MIN, "", Language.NL), WorkshopStatus.DRAFT, "",
                List.of(), List.of(new Touchpoint(WorkshopFixtures.id(2), "Min nul", -0.0),
                        new Touchpoint(WorkshopFixtures.id(3), "Subnormaal", Double.MIN_VALUE),
                        new Touchpoint(WorkshopFixtures.id(4), "Bijna dagelijks", Math.nextDown(365.0))),
                List.of(), Answers.NONE, null, Instant.MIN, Instant.MAX);

        assertEquals(workshop, roundTrip(workshop));
        Workshop latestDate = workshop.withDetails(workshop.details().withDate(LocalDate.MAX), Instant.EPOCH);
        assertEquals(latestDate, roundTrip(latestDate));
    }

    @Test
    void writesExactlyTheDocumentedExampleSoTheFormatCannotChangeUnnoticed() {
        assertEquals(WorkshopFixtures.EXAMPLE_FILE, new String(write(WorkshopFixtures.exampleWorkshop()), UTF_8));
    }

    @Test
    void documentationShowsWhatRoyaalReallyWrites() throws IOException {
        String documentation = Files.readString(Path.of("docs/file-format.md"));
        int start = documentation.indexOf("```json\n") + "```json\n".length();
        String firstExample = documentation.substring(start, documentation.indexOf("```", start));

        assertEquals(WorkshopFixtures.EXAMPLE_FILE, firstExample);
    }

    @Test
    void readsTheDocumentedExample() {
        assertEquals(WorkshopFixtures.exampleWorkshop(), read(WorkshopFixtures.EXAMPLE_FILE.getBytes(UTF_8)));
    }

    @Test
    void writesReadableUtf8RatherThanEscapes() {
        String json = new String(write(WorkshopFixtures.fullWorkshop()), UTF_8);

        assertTrue(json.contains("Zoë"));
        assertTrue(json.contains("🎉"));
        assertTrue(json.contains("שלום"));
        assertTrue(json.contains("\"writtenBy\": \"Royaal 0.1.0\""));
        assertFalse(json.contains("\r"), "same line ends on every platform");
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void readsAVersionOneFileFromBeforeTheVisionWithNothingAdoptedAndThreeDots() {
        Workshop read = read(WorkshopFixtures.EXAMPLE_FILE_VERSION_1.getBytes(UTF_8));

        assertEquals(WorkshopFixtures.exampleWorkshopVersion1(), read);
        assertTrue(read.vision().isEmpty());
        assertEquals(3, read.vision().dotsPerPerson());
    }

    @Test
    void stackedDotsAndTheMostPerProposalComeBackEqual() {
        Workshop workshop = WorkshopFixtures.fullWorkshop();

        Workshop readBack = roundTrip(workshop);

        assertEquals(5, readBack.vision().maxDotsPerProposal());
        assertEquals(List.of(1, 1, 4), readBack.answers().votes().stream().map(v -> v.dots()).toList());
    }

    @Test
    void aFileWithoutDotCountsReadsAsOneDotPerVoteAndOnePerProposal() {
        Workshop read = read(WorkshopFixtures.EXAMPLE_FILE_WITHOUT_DOT_COUNTS.getBytes(UTF_8));

        assertEquals(WorkshopFixtures.exampleWorkshop(), read);
        assertEquals(1, read.vision().maxDotsPerProposal());
        assertEquals(1, read.answers().votes().getFirst().dots());
    }

    @Test
    void readsAVersionTwoFileFromBeforeTheSettingsWithTheDefaultMarginAndTheFanClubFollowingTheRoom() {
        Workshop read = read(WorkshopFixtures.EXAMPLE_FILE_VERSION_2.getBytes(UTF_8));

        assertEquals(WorkshopFixtures.exampleWorkshopVersion2(), read);
        assertEquals(WorkshopSettings.DEFAULT, read.settings());
        assertEquals(0.5, read.settings().scoring().margin());
        assertTrue(read.settings().fanClub().followsRoom());
    }

    @Test
    void readsAFileThatAnEditorSavedWithAByteOrderMark() {
        byte[] withBom = ("\uFEFF" + WorkshopFixtures.EXAMPLE_FILE).getBytes(UTF_8);

        assertEquals(WorkshopFixtures.exampleWorkshop(), read(withBom));
    }

    @Test
    void readsOptionalFieldsLeftOutAsEmptyNoneOrFalse() {
        String minimal = """
                {"format": "royaal-workshop", "formatVersion": 1,
                 "workshop": {
                   "id": "00000000-0000-0000-0000-000000000001",
                   "details": {"title": "Kort", "date": "2025-06-01", "language": "en"},
                   "status": "DRAFT", "createdAt": "2025-06-01T10:00:00Z", "updatedAt": "2025-06-01T10:00:00Z",
                   "agenda": [{"id": "00000000-0000-0000-0000-000000000002", "kind": "CUSTOM",
                               "title": "Iets", "plannedMinutes": 5}],
                   "touchpoints": [{"id": "00000000-0000-0000-0000-000000000003", "name": "Balie"}],
                   "participants": [{"id": "00000000-0000-0000-0000-000000000004", "joinedVia": "KIOSK",
                                     "joinedAt": "2025-06-01T10:01:00Z"}],
                   "answers": {"touchpointScores": [], "texts": [
                       {"id": "00000000-0000-0000-0000-000000000005",
                        "participantId": "00000000-0000-0000-0000-000000000004",
                        "elementId": "00000000-0000-0000-0000-000000000002", "purpose": "PLEDGE",
                        "text": "Bellen", "answeredAt": "2025-06-01T10:02:00Z"}],
                     "dotVotes": [], "elementRatings": [], "selfImageScores": []}}}
                """;

        Workshop workshop = read(minimal.getBytes(UTF_8));

        assertEquals("", workshop.details().clientOrganisation());
        assertEquals("", workshop.templateKey());
        assertNull(workshop.currentElementId());
        assertFalse(workshop.agenda().getFirst().pinned());
        assertNull(workshop.touchpoints().getFirst().contactsPerCustomerPerYear());
        assertEquals("", workshop.participants().getFirst().displayName());
        assertFalse(workshop.answers().texts().getFirst().hidden());
    }

    @Test
    void leavesTheCallersStreamsOpen() {
        AtomicBoolean outputClosed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        royaalFile.write(WorkshopFixtures.exampleWorkshop(), new FilterOutputStream(bytes) {
            @Override
            public void close() {
                outputClosed.set(true);
            }
        });
        AtomicBoolean inputClosed = new AtomicBoolean();
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public void close() {
                inputClosed.set(true);
            }
        };

        royaalFile.read(in);

        assertFalse(outputClosed.get());
        assertFalse(inputClosed.get());
    }

    private Workshop roundTrip(Workshop workshop) {
        return read(write(workshop));
    }

    private byte[] write(Workshop workshop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        royaalFile.write(workshop, out);
        return out.toByteArray();
    }

    private Workshop read(byte[] bytes) {
        return royaalFile.read(new ByteArrayInputStream(bytes));
    }
}
