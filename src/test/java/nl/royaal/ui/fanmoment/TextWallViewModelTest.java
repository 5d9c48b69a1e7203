package nl.royaal.ui.fanmoment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Language;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wall's view model on a plain desk: what the console lists, what the projector may show, moderation. */
class TextWallViewModelTest {

    private static final Instant AT = Instant.parse("2026-03-12T09:30:00Z");
    private static final I18n NL = I18n.of(Language.NL);
    private static final I18n EN = I18n.of(Language.EN);

    private final Workshop base = WallDemo.workshop(0, false);
    private final UUID element = base.agenda().get(1).id();
    private PlainDesk desk;
    private TextWallViewModel viewModel;

    @BeforeEach
    void threeStories() {
        desk = new PlainDesk();
        desk.add("De bakker bracht de taart zelf langs.", 1);
        desk.add(WallDemo.HEBREW, 2);
        desk.add("De monteur kwam op zondag.", 3);
        viewModel = new TextWallViewModel(desk, element, TextPurpose.FAN_MOMENT, NL, EN);
    }

    @Test
    void theConsoleListsEveryStoryNewestFirstAndTheRoomSeesOnlyTheCountUntilRevealed() {
        assertEquals(List.of("De monteur kwam op zondag.", WallDemo.HEBREW, "De bakker bracht de taart zelf langs."),
                viewModel.entries().stream().map(WallEntry::text).toList());
        assertTrue(viewModel.wall().isEmpty(), "nothing on the wall before the facilitator reveals it");
        assertEquals("3 stories in", viewModel.roomNoteProperty().get(), "the projector speaks the workshop's language");
        assertEquals("3 verhalen", viewModel.countProperty().get());

        desk.revealed = true;
        viewModel.refresh();

        assertEquals(3, viewModel.wall().size());
        assertEquals("", viewModel.roomNoteProperty().get());
    }

    @Test
    void aHiddenStoryStaysOnTheConsoleMarkedButNeverReachesTheWallAndCanComeBack() {
        desk.revealed = true;
        WallEntry monteur = viewModel.entries().getFirst();

        viewModel.hide(monteur);

        assertEquals(3, viewModel.entries().size(), "kept, not deleted");
        assertTrue(viewModel.entries().getFirst().hidden());
        assertEquals(2, viewModel.wall().size());
        assertFalse(viewModel.wall().stream().anyMatch(e -> e.id().equals(monteur.id())));
        assertEquals("3 verhalen \u00b7 \u00e9\u00e9n verborgen", viewModel.countProperty().get());

        viewModel.show(viewModel.entries().getFirst());

        assertEquals(3, viewModel.wall().size());
        assertEquals("3 verhalen", viewModel.countProperty().get());
    }

    @Test
    void highlightingShowsOneLargeAtOnceAndAgainTakesItBack() {
        WallEntry bakker = viewModel.entries().getLast();

        viewModel.toggleHighlight(bakker);

        assertEquals(bakker.id(), viewModel.highlightedProperty().get().id(),
                "shown large even before the wall is revealed: the facilitator chose to show it");
        assertTrue(viewModel.entries().getLast().highlighted());
        desk.revealed = true;
        viewModel.refresh();
        assertEquals(2, viewModel.wall().size(), "the highlighted story is not on the wall twice");

        viewModel.toggleHighlight(viewModel.entries().getLast());

        assertNull(viewModel.highlightedProperty().get());
        assertEquals(3, viewModel.wall().size());
    }

    @Test
    void aHiddenStoryIsNeverHighlightedOnTheProjector() {
        WallEntry bakker = viewModel.entries().getLast();
        viewModel.hide(bakker);

        viewModel.toggleHighlight(viewModel.entries().getLast());

        assertNull(desk.highlighted, "a hidden story cannot be highlighted");
        desk.highlighted = bakker.id();
        viewModel.refresh();
        assertNull(viewModel.highlightedProperty().get(), "even when the live state still points at it");
    }

    @Test
    void rightToLeftStoriesAreMarkedSoTheWallLaysThemOutRightToLeft() {
        assertTrue(viewModel.entries().get(1).rightToLeft());
        assertFalse(viewModel.entries().getFirst().rightToLeft());
        assertTrue(WallEntry.rightToLeft("  123 " + WallDemo.ARABIC), "digits and spaces have no direction");
        assertFalse(WallEntry.rightToLeft(WallDemo.EMOJI));
    }

    @Test
    void aTypedInStoryIsAddedAndTheFieldEmptied() {
        viewModel.draftProperty().set("Mijn eigen verhaal");

        assertTrue(viewModel.typeIn());

        assertEquals("", viewModel.draftProperty().get());
        assertEquals("Toegevoegd.", viewModel.draftMessageProperty().get());
        assertEquals("Mijn eigen verhaal", viewModel.entries().getFirst().text());
    }

    @Test
    void aRefusedTypedInStoryStaysInTheFieldWithTheReason() {
        viewModel.draftProperty().set("   ");
        assertFalse(viewModel.typeIn());
        assertEquals("Tekst mag niet leeg zijn.", viewModel.draftMessageProperty().get());
        assertTrue(viewModel.draftRefusedProperty().get());

        String huge = "x".repeat(10_000);
        viewModel.draftProperty().set(huge);
        assertFalse(viewModel.typeIn());
        assertEquals(huge, viewModel.draftProperty().get(), "nothing typed is thrown away");
        assertEquals("Tekst is te lang: 10.000 tekens, maximaal 500.", viewModel.draftMessageProperty().get());
        assertEquals(3, viewModel.entries().size(), "nothing stored");
    }

    @Test
    void pledgesUseTheirOwnWordsAndOnlyTheirOwnTexts() {
        UUID pledgeElement = base.agenda().get(2).id();
        desk.addPledge(pledgeElement, "Ik bel elke klant terug.");
        TextWallViewModel pledges = new TextWallViewModel(desk, pledgeElement, TextPurpose.PLEDGE, NL, NL);

        assertEquals(List.of("Ik bel elke klant terug."), pledges.entries().stream().map(WallEntry::text).toList());
        assertEquals("E\u00e9n voornemen", pledges.countProperty().get());
        assertEquals("E\u00e9n voornemen binnen", pledges.roomNoteProperty().get());
    }

    /** A desk in memory, as the live run would keep it. */
    private final class PlainDesk implements TextDesk {

        final List<TextAnswer> texts = new ArrayList<>();
        final List<Participant> people = new ArrayList<>();
        boolean revealed;
        UUID highlighted;

        void add(String text, int minute) {
            texts.add(new TextAnswer(UUID.randomUUID(), someone(), element, TextPurpose.FAN_MOMENT, null, text,
                    false, AT.plusSeconds(60L * minute)));
        }

        void addPledge(UUID elementId, String text) {
            texts.add(new TextAnswer(UUID.randomUUID(), someone(), elementId, TextPurpose.PLEDGE, null, text,
                    false, AT));
        }

        UUID someone() {
            Participant participant = new Participant(UUID.randomUUID(), "", JoinChannel.PHONE, AT);
            people.add(participant);
            return participant.id();
        }

        @Override
        public Workshop workshop() {
            return new Workshop(base.id(), base.details(), base.status(), base.templateKey(), base.agenda(),
                    base.touchpoints(), people, new Answers(List.of(), texts, List.of(), List.of(),
                    List.of()), base.currentElementId(), base.createdAt(), base.updatedAt());
        }

        @Override
        public ElementLiveState state() {
            return ElementLiveState.initial(element).withRevealed(revealed).withHighlighted(highlighted);
        }

        @Override
        public void setHidden(UUID textId, boolean hidden) {
            texts.replaceAll(t -> t.id().equals(textId) ? t.withHidden(hidden) : t);
        }

        @Override
        public void highlight(UUID textId) {
            highlighted = textId;
        }

        @Override
        public TextAnswer typeIn(String text) {
            TextAnswer typed = new TextAnswer(UUID.randomUUID(), someone(), element, TextPurpose.FAN_MOMENT,
                    null, text, false, AT.plusSeconds(3600));
            texts.add(typed);
            return typed;
        }
    }
}
