package nl.royaal.ui.fanmoment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.UserMessages;

/**
 * The texts of one fan-moment or pledge element, for the facilitator and for the wall.
 *
 * <p>The console sees every text, newest first, hidden ones too (struck through, "verborgen"):
 * moderation hides, never deletes. The projector sees only what is not hidden, and only once the
 * facilitator revealed the wall (R): until then the room sees how many came in, so a text can be
 * read and hidden before anyone else reads it. A highlighted text is shown large at once, revealed
 * or not: highlighting is the facilitator choosing to show that one.
 */
public final class TextWallViewModel {

    private final TextDesk desk;
    private final UUID elementId;
    private final TextPurpose purpose;
    private final I18n console;
    private final I18n room;
    private final UserMessages messages;

    private final ObservableList<WallEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<WallEntry> wall = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WallEntry> highlighted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper draftMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper draftRefused = new ReadOnlyBooleanWrapper();

    /**
     * @param purpose {@link TextPurpose#FAN_MOMENT} or {@link TextPurpose#PLEDGE}
     * @param console the console's language
     * @param room    the workshop's language, for the projector
     */
    public TextWallViewModel(TextDesk desk, UUID elementId, TextPurpose purpose, I18n console, I18n room) {
        if (purpose == TextPurpose.VISION_PROPOSAL) {
            throw new IllegalArgumentException("The wall shows fan moments and pledges");
        }
        this.desk = Objects.requireNonNull(desk, "desk");
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.purpose = purpose;
        this.console = console;
        this.room = room;
        this.messages = new UserMessages(console);
        draft.addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                draftMessage.set("");
                draftRefused.set(false);
            }
        });
        refresh();
    }

    /** Every text of the element, newest first, hidden ones included: the console's list. */
    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<WallEntry> entriesReadOnly = FXCollections.unmodifiableObservableList(entries);

    public ObservableList<WallEntry> entries() {
        return entriesReadOnly;
    }

    /** What the projector's wall shows: not hidden, not the highlighted one, newest first; empty until revealed. */
    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<WallEntry> wallReadOnly = FXCollections.unmodifiableObservableList(wall);

    public ObservableList<WallEntry> wall() {
        return wallReadOnly;
    }

    /** The text shown large on the projector, or {@code null}. */
    public ReadOnlyObjectProperty<WallEntry> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** "12 verhalen · 2 verborgen", for the console. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the projector shows now, for the console. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The projector's line where the wall is not (yet) shown: how many came in, or that none did. */
    public ReadOnlyStringProperty roomNoteProperty() {
        return roomNote.getReadOnlyProperty();
    }

    /** Why the last hide, show or highlight failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text the facilitator is typing in for someone without a phone. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** "Added." or why the typed text was refused. */
    public ReadOnlyStringProperty draftMessageProperty() {
        return draftMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty draftRefusedProperty() {
        return draftRefused.getReadOnlyProperty();
    }

    public TextPurpose purpose() {
        return purpose;
    }

    /** Reads the texts and the element's live state again. */
    public void refresh() {
        ElementLiveState state = desk.state();
        UUID chosen = state.highlightedText().orElse(null);
        List<WallEntry> all = desk.workshop().answers().texts().stream()
                .filter(text -> text.elementId().equals(elementId) && text.purpose() == purpose)
                .sorted(Comparator.comparing(TextAnswer::answeredAt).reversed().thenComparing(TextAnswer::id))
                .map(text -> WallEntry.of(text, text.id().equals(chosen)))
                .toList();
        WallEntry large = all.stream().filter(e -> e.highlighted() && !e.hidden()).findFirst().orElse(null);
        List<WallEntry> shown = state.revealed()
                ? all.stream().filter(e -> !e.hidden() && !e.highlighted()).toList()
                : List.of();
        if (!entries.equals(all)) {
            entries.setAll(all);
        }
        if (!wall.equals(shown)) {
            wall.setAll(shown);
        }
        highlighted.set(large);
        revealed.set(state.revealed());
        long hiddenCount = all.stream().filter(WallEntry::hidden).count();
        int visible = (int) (all.size() - hiddenCount);
        count.set(countText(all.size(), (int) hiddenCount));
        hint.set(hintText(state.revealed()));
        roomNote.set(state.revealed() ? (visible == 0 ? roomEmpty() : "") : roomWaiting(visible));
    }

    /** Takes a text off the projector; it stays on the console, struck through, and can be shown again. */
    public void hide(WallEntry entry) {
        moderate(() -> desk.setHidden(entry.id(), true));
    }

    public void show(WallEntry entry) {
        moderate(() -> desk.setHidden(entry.id(), false));
    }

    /** Shows this text large on the projector; again takes it back. A hidden text cannot be highlighted. */
    public void toggleHighlight(WallEntry entry) {
        if (entry.hidden() && !entry.highlighted()) {
            return;
        }
        moderate(() -> desk.highlight(entry.highlighted() ? null : entry.id()));
    }

    /** Stores the typed text as a new participant's; a refused text stays in the field with the reason. */
    public boolean typeIn() {
        try {
            desk.typeIn(draft.get());
        } catch (RuntimeException refused) {
            draftMessage.set(messages.describe(refused));
            draftRefused.set(true);
            return false;
        }
        draft.set("");
        draftMessage.set(added());
        draftRefused.set(false);
        refresh();
        return true;
    }

    private void moderate(Runnable change) {
        try {
            change.run();
            problem.set("");
        } catch (RuntimeException failed) {
            problem.set(messages.describe(failed));
        }
        refresh();
    }

    // The keys are spelled out per purpose so the localisation test finds every one of them.

    private String countText(int all, int hiddenCount) {
        return purpose == TextPurpose.PLEDGE ? console.t("pledge.console.count", all, hiddenCount)
                : console.t("fanmoment.console.count", all, hiddenCount);
    }

    private String hintText(boolean shown) {
        if (purpose == TextPurpose.PLEDGE) {
            return console.t(shown ? "pledge.console.shown" : "pledge.console.notShown");
        }
        return console.t(shown ? "fanmoment.console.shown" : "fanmoment.console.notShown");
    }

    private String roomWaiting(int visible) {
        return purpose == TextPurpose.PLEDGE ? room.t("pledge.room.waiting", visible)
                : room.t("fanmoment.room.waiting", visible);
    }

    private String roomEmpty() {
        return purpose == TextPurpose.PLEDGE ? room.t("pledge.room.empty") : room.t("fanmoment.room.empty");
    }

    private String added() {
        return purpose == TextPurpose.PLEDGE ? console.t("pledge.console.added") : console.t("fanmoment.console.added");
    }
}
