package nl.royaal.ui.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dream-service view model against a real live run and database: ranking, moderation, adoption, the room. */
class VisionViewModelTest {

    @TempDir
    Path data;

    private Database database;
    private WorkshopService workshops;
    private LiveRun run;
    private VisionViewModel model;
    private UUID element;

    @BeforeEach
    void open() {
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), Clock.systemUTC());
        Workshop bakery = VisionWorkshops.bakery();
        database.workshops().insert(bakery);
        element = bakery.agenda().stream().filter(e -> e.kind() == ElementKind.DREAM_SERVICE).findFirst()
                .orElseThrow().id();
        run = LiveRun.start(bakery, workshops, database.workshops(), database.liveState(), Clock.systemUTC());
        run.goTo(bakery.agenda().indexOf(bakery.agenda().stream().filter(e -> e.id().equals(element)).findFirst()
                .orElseThrow()));
        model = new VisionViewModel(run, element, (id, hidden) -> {
            database.answers().setTextHidden(run.workshop().id(), id, hidden);
            run.answersChanged();
        }, I18n.of(Language.NL), I18n.of(Language.EN));
        run.addListener(model::refresh);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<VisionViewModel.ProposalRow> rows(VisionField field) {
        return model.field(field).rows();
    }

    @Test
    void proposalsAreRankedByTheirDotsCountedFromTheVoteRows() {
        List<VisionViewModel.ProposalRow> allIn = rows(VisionField.ALL_IN_ON);

        assertEquals(List.of(6, 4, 2, 0, 0), allIn.stream().map(VisionViewModel.ProposalRow::dots).toList());
        assertEquals(List.of(1, 2, 3, 4, 4), allIn.stream().map(VisionViewModel.ProposalRow::rank).toList(),
                "equal dots share a place");
        assertEquals("Vakmanschap", allIn.getFirst().text());
        assertTrue(model.summaryProperty().get().startsWith("15 voorstellen"), model.summaryProperty().get());
    }

    @Test
    void aHiddenProposalDropsToTheEndAndItsDotsStopCounting() {
        UUID top = rows(VisionField.ALL_IN_ON).getFirst().id();

        model.setHidden(top, true);

        VisionViewModel.ProposalRow last = rows(VisionField.ALL_IN_ON).getLast();
        assertEquals(top, last.id());
        assertTrue(last.hidden());
        assertEquals(0, last.dots());
        assertEquals("Persoonlijk contact", rows(VisionField.ALL_IN_ON).getFirst().text());
        model.setHidden(top, false);
        assertEquals(top, rows(VisionField.ALL_IN_ON).getFirst().id(), "shown again, its dots count again");
    }

    @Test
    void adoptingStoresAtOnceAndAFourthAllInOnChoiceIsRefusedSayingWhy() {
        for (VisionViewModel.ProposalRow row : rows(VisionField.ALL_IN_ON).subList(0, 3)) {
            model.adopt(row.id());
        }
        assertEquals(List.of("Vakmanschap", "Persoonlijk contact", "Versheid"),
                database.workshops().find(run.workshop().id()).orElseThrow().vision().texts(VisionField.ALL_IN_ON));

        model.adopt(rows(VisionField.ALL_IN_ON).get(3).id());

        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains("niemand kan alles voor iedereen zijn"),
                model.messageProperty().get());
        assertEquals(3, run.workshop().vision().texts(VisionField.ALL_IN_ON).size());
    }

    @Test
    void mergingFillsTheEditorWhichIsStoredOnlyWhenSaved() {
        List<VisionViewModel.ProposalRow> ideal = rows(VisionField.IDEAL_CUSTOMER);
        model.select(ideal.get(0).id(), true);
        model.merge(VisionField.IDEAL_CUSTOMER);
        assertTrue(model.messageIsErrorProperty().get(), "one ticked proposal is not a merge");

        model.select(ideal.get(1).id(), true);
        model.merge(VisionField.IDEAL_CUSTOMER);
        VisionViewModel.FieldState field = model.field(VisionField.IDEAL_CUSTOMER);
        assertEquals(ideal.get(0).text() + "\n" + ideal.get(1).text(), field.draftProperty().get());
        assertTrue(run.workshop().vision().isEmpty(), "nothing stored before saving");

        field.draftProperty().set("Gezinnen en ondernemers uit de buurt");
        model.saveDraft(VisionField.IDEAL_CUSTOMER);

        assertEquals(List.of("Gezinnen en ondernemers uit de buurt"), field.adopted());
        assertEquals("Gezinnen en ondernemers uit de buurt", field.draftProperty().get());
    }

    @Test
    void badFinalTextsAreRefusedAndNothingIsStored() {
        VisionViewModel.FieldState promise = model.field(VisionField.PROMISE);
        for (String bad : List.of("", "   \n\t ", "x".repeat(10_000))) {
            promise.draftProperty().set(bad);
            model.saveDraft(VisionField.PROMISE);
            assertTrue(model.messageIsErrorProperty().get(), "refused: " + bad.length());
            assertTrue(run.workshop().vision().isEmpty());
        }
        assertTrue(model.messageProperty().get().contains("10.000 tekens"), model.messageProperty().get());
        for (String strange : List.of("🎉🥖", "نعد بالخبز الطازج كل صباح")) {
            promise.draftProperty().set(strange);
            model.saveDraft(VisionField.PROMISE);
            assertEquals(List.of(strange), run.workshop().vision().texts(VisionField.PROMISE));
        }
    }

    @Test
    void editingAnAllInOnChoiceReplacesItInPlace() {
        model.adopt(rows(VisionField.ALL_IN_ON).get(0).id());
        model.adopt(rows(VisionField.ALL_IN_ON).get(1).id());

        model.editChoice(VisionField.ALL_IN_ON, 0);
        VisionViewModel.FieldState allIn = model.field(VisionField.ALL_IN_ON);
        assertEquals(0, allIn.editingProperty().get());
        allIn.draftProperty().set("Vakmanschap dat je proeft");
        model.saveDraft(VisionField.ALL_IN_ON);

        assertEquals(List.of("Vakmanschap dat je proeft", "Persoonlijk contact"), allIn.adopted());
        assertEquals(-1, allIn.editingProperty().get());
        model.removeChoice(VisionField.ALL_IN_ON, 1);
        assertEquals(List.of("Vakmanschap dat je proeft"), run.workshop().vision().texts(VisionField.ALL_IN_ON));
    }

    @Test
    void dotsPerPersonAreStoredAndOutOfRangeIsRefused() {
        model.setDots(7);
        assertEquals(7, database.workshops().find(run.workshop().id()).orElseThrow().vision().dotsPerPerson());

        model.setDots(0);
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals(7, model.dotsProperty().get());
    }

    @Test
    void theRoomSeesCountsWhileWritingOneFieldWhileVotingAndTheVisionOnceAdopted() {
        assertEquals(VisionViewModel.RoomView.WRITING, model.roomViewProperty().get());
        assertEquals(List.of(3, 3, 5, 2, 2), model.roomFields().stream().map(VisionViewModel.RoomField::proposals)
                .toList());
        assertTrue(model.roomFields().stream().allMatch(f -> f.texts().isEmpty()), "no texts while writing");
        assertEquals("Our ideal customer", model.roomFields().getFirst().label(), "the room's language");

        run.setVoting(true);
        assertEquals(VisionViewModel.RoomView.VOTING, model.roomViewProperty().get());
        assertEquals(VisionField.IDEAL_CUSTOMER, model.projectedProperty().get());
        model.project(VisionField.ALL_IN_ON);
        VisionViewModel.RoomField allIn = model.roomFields().get(VisionField.ALL_IN_ON.ordinal());
        assertEquals(List.of("Vakmanschap", "Persoonlijk contact", "Versheid", "De laagste prijs",
                "Snelheid aan de balie"), allIn.texts(), "in the order written, not by dots");
        assertTrue(model.roomFields().getFirst().texts().isEmpty());

        model.adopt(rows(VisionField.PROMISE).getFirst().id());
        assertEquals(VisionViewModel.RoomView.VOTING, model.roomViewProperty().get(), "the room keeps voting");
        run.setVoting(false);
        assertEquals(VisionViewModel.RoomView.VISION, model.roomViewProperty().get());
        assertEquals(List.of("Vers, elke ochtend om zeven uur"),
                model.roomFields().get(VisionField.PROMISE.ordinal()).texts());
        assertFalse(model.roomNoteProperty().get().contains("phone"));
    }

    @Test
    void allowingMoreThanOneDotPerProposalIsStoredAtOnceAndTheRankingCountsDotsNotVoters() {
        model.setStacking(true);
        Workshop stored = database.workshops().find(run.workshop().id()).orElseThrow();
        assertEquals(5, stored.vision().maxDotsPerProposal(), "allowed: up to all of one's dots on one");
        assertTrue(model.stackingProperty().get());

        // One participant puts 5 dots (one vote row) on the fourth all-in-on proposal, which had none.
        VisionViewModel.ProposalRow lowest = rows(VisionField.ALL_IN_ON).get(3);
        UUID voter = run.workshop().participants().getLast().id();
        database.answers().saveVote(run.workshop().id(), new DotVote(voter, lowest.id(), Instant.now(), 5));
        run.answersChanged();

        VisionViewModel.ProposalRow now = rows(VisionField.ALL_IN_ON).get(1);
        assertEquals(lowest.id(), now.id(), "five dots from one participant outrank four from two");
        assertEquals(5, now.dots());
        assertEquals(1, now.voters());
        assertEquals(2, now.rank());
        assertTrue(model.summaryProperty().get().contains("61 stippen"), "the summary adds up dots: "
                + model.summaryProperty().get());

        model.setMaxPerProposal(2);
        assertEquals(2, model.maxPerProposalProperty().get());
        model.setMaxPerProposal(6);
        assertTrue(model.messageIsErrorProperty().get(), "more per proposal than per person is refused");
        assertEquals(2, run.workshop().vision().maxDotsPerProposal());
        run.setVoting(true);
        assertTrue(model.roomNoteProperty().get().contains("up to 2 on one proposal"), model.roomNoteProperty().get());

        model.setDots(1);
        assertFalse(model.stackingProperty().get(), "one dot per person is one per proposal");
    }

    @Test
    void theFieldOnTheProjectorIsKeptWhenTheLiveRunIsReopenedFromTheSameDatabase() {
        run.setVoting(true);
        model.project(VisionField.NOT_DOING);
        run.pause();
        UUID workshopId = run.workshop().id();

        database.close();
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), Clock.systemUTC());
        LiveRun reopened = LiveRun.start(database.workshops().find(workshopId).orElseThrow(), workshops,
                database.workshops(), database.liveState(), Clock.systemUTC());
        VisionViewModel again = new VisionViewModel(reopened, element, (id, hidden) -> { }, I18n.of(Language.NL),
                I18n.of(Language.EN));

        assertEquals(VisionField.NOT_DOING, again.projectedProperty().get());
        assertEquals(List.of("Geen bezorging buiten de stad", "Geen halfbakken diepvriesbrood"),
                again.roomFields().get(VisionField.NOT_DOING.ordinal()).texts());
    }

    @Test
    void revealingWithNothingAdoptedSaysSoInTheRoom() {
        run.openRound();
        run.toggleReveal();

        assertEquals(VisionViewModel.RoomView.VISION, model.roomViewProperty().get());
        assertEquals("No vision adopted yet.", model.roomNoteProperty().get());
    }
}
