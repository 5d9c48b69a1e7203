package nl.royaal.ui.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.UserMessages;

/**
 * The dream-service round of one agenda element: the proposals per field of the vision canvas with
 * their dots (added up from the vote rows, never kept as a counter), moderation, the switch between
 * writing and dot voting, the dots per person and the most on one proposal, and the final texts the facilitator adopts, edits
 * and merges, stored with the workshop at once. Also what the room sees: while writing how many
 * proposals per field, while voting the proposals of one field (no authors, no dots: no anchoring),
 * and once revealed or adopted the vision itself, large.
 *
 * <p>No {@code Node}; every change goes through the live run and comes back through {@link #refresh}.
 * A refused change (a fourth all-in-on choice, an empty or too long text) leaves everything as it was
 * and says why in {@link #messageProperty()}.
 */
public final class VisionViewModel {

    /** Hides or shows a proposal again (kept, never deleted); the live run reloads afterwards. */
    @FunctionalInterface
    public interface Moderation {
        void setHidden(UUID textId, boolean hidden);
    }

    /** What the projector shows. */
    public enum RoomView {
        /** Participants write: per field how many proposals, not who. */
        WRITING,
        /** The room votes: the proposals of the projected field, readable, without authors or dots. */
        VOTING,
        /** Revealed, or something adopted: the vision large, field by field. */
        VISION
    }

    /**
     * One proposal as the facilitator sees it: its dots (all dots on it, several from one participant
     * where the facilitator allows that), how many participants put them there, and its place in the
     * field's ranking by dots; hidden proposals come last, without rank, and their dots do not count.
     */
    public record ProposalRow(UUID id, VisionField field, String text, int dots, int voters, boolean hidden,
            int rank) {
    }

    /** One field on the projector: its name, how many proposals, and the texts to show (proposals or adopted). */
    public record RoomField(VisionField field, String label, int proposals, List<String> texts) {
    }

    /** One field of the canvas on the console. */
    public final class FieldState {
        private final VisionField field;
        private final ObservableList<ProposalRow> rows = FXCollections.observableArrayList();
        private final ObservableList<String> adopted = FXCollections.observableArrayList();
        private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
        private final ReadOnlyIntegerWrapper editing = new ReadOnlyIntegerWrapper(this, "editing", -1);
        private final ObservableList<UUID> selected = FXCollections.observableArrayList();
        private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

        private FieldState(VisionField field) {
            this.field = field;
        }

        public VisionField field() {
            return field;
        }

        public String label() {
            return fieldLabel(console, field);
        }

        /** Visible proposals by dots (most first, then in the order written), then the hidden ones. */
        // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
        private final ObservableList<ProposalRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);

        public ObservableList<ProposalRow> rows() {
            return rowsReadOnly;
        }

        /** The final text(s) of the field: one, or up to three for "all-in on". */
        // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
        private final ObservableList<String> adoptedReadOnly = FXCollections.unmodifiableObservableList(adopted);

        public ObservableList<String> adopted() {
            return adoptedReadOnly;
        }

        /** The text in the field's editor: an adopted text being edited, a merge, or a new all-in-on choice. */
        public StringProperty draftProperty() {
            return draft;
        }

        /** Which all-in-on choice the editor changes; -1 when it adds a new one (or for a one-text field). */
        public ReadOnlyIntegerProperty editingProperty() {
            return editing.getReadOnlyProperty();
        }

        /** The proposals ticked for a merge, in the order ticked. */
        // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
        private final ObservableList<UUID> selectedReadOnly = FXCollections.unmodifiableObservableList(selected);

        public ObservableList<UUID> selected() {
            return selectedReadOnly;
        }

        public ReadOnlyStringProperty headingProperty() {
            return heading.getReadOnlyProperty();
        }

        /** Whether the field takes several choices (all-in on) rather than one text. */
        public boolean multiple() {
            return VisionCanvas.capacity(field) > 1;
        }

        public int capacity() {
            return VisionCanvas.capacity(field);
        }
    }

    private final LiveRun run;
    private final UUID elementId;
    private final Moderation moderation;
    private final I18n console;
    private final I18n room;
    private final UserMessages messages;
    private final Map<VisionField, FieldState> fields = new EnumMap<>(VisionField.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError", false);
    private final ReadOnlyBooleanWrapper voting = new ReadOnlyBooleanWrapper(this, "voting", false);
    private final ReadOnlyBooleanWrapper roundOpen = new ReadOnlyBooleanWrapper(this, "roundOpen", false);
    private final ReadOnlyIntegerWrapper dots = new ReadOnlyIntegerWrapper(this, "dots", VisionCanvas.DEFAULT_DOTS);
    private final ReadOnlyIntegerWrapper maxPerProposal = new ReadOnlyIntegerWrapper(this, "maxPerProposal",
            VisionCanvas.DEFAULT_MAX_PER_PROPOSAL);
    private final ReadOnlyBooleanWrapper stacking = new ReadOnlyBooleanWrapper(this, "stacking", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<VisionField> projected = new ReadOnlyObjectWrapper<>(this, "projected");
    private final ReadOnlyObjectWrapper<RoomView> roomView = new ReadOnlyObjectWrapper<>(this, "roomView",
            RoomView.WRITING);
    private final ObservableList<RoomField> roomFields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper roomNote = new ReadOnlyStringWrapper(this, "roomNote", "");

    public VisionViewModel(LiveRun run, UUID elementId, Moderation moderation, I18n console, I18n room) {
        this.run = Objects.requireNonNull(run);
        this.elementId = Objects.requireNonNull(elementId);
        this.moderation = Objects.requireNonNull(moderation);
        this.console = Objects.requireNonNull(console);
        this.room = Objects.requireNonNull(room);
        this.messages = new UserMessages(console);
        for (VisionField field : VisionField.values()) {
            fields.put(field, new FieldState(field));
        }
        refresh();
        fields.values().forEach(this::resetDraft);
    }

    // --- what the console shows ------------------------------------------------------------

    public List<FieldState> fields() {
        return List.copyOf(fields.values());
    }

    public FieldState field(VisionField field) {
        return fields.get(field);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The room dot-votes (phones show the proposals with their dots) instead of writing. */
    public ReadOnlyBooleanProperty votingProperty() {
        return voting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty roundOpenProperty() {
        return roundOpen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }

    /** The most dots one participant may put on one proposal (1: one per proposal). */
    public ReadOnlyIntegerProperty maxPerProposalProperty() {
        return maxPerProposal.getReadOnlyProperty();
    }

    /** Whether more than one dot per proposal is allowed. */
    public ReadOnlyBooleanProperty stackingProperty() {
        return stacking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The field whose proposals the projector shows while the room votes. */
    public ReadOnlyObjectProperty<VisionField> projectedProperty() {
        return projected.getReadOnlyProperty();
    }

    // --- what the room sees ------------------------------------------------------------------

    public ReadOnlyObjectProperty<RoomView> roomViewProperty() {
        return roomView.getReadOnlyProperty();
    }

    /**
     * Per field, in canvas order: while writing the count only; while voting only the projected field,
     * with its visible proposals in the order written; for the vision the adopted texts.
     */
    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<RoomField> roomFieldsReadOnly = FXCollections.unmodifiableObservableList(roomFields);

    public ObservableList<RoomField> roomFields() {
        return roomFieldsReadOnly;
    }

    /** The line under the room's content (how to take part, how many dots, or "nothing adopted yet"). */
    public ReadOnlyStringProperty roomNoteProperty() {
        return roomNote.getReadOnlyProperty();
    }

    public I18n room() {
        return room;
    }

    /** The console's language, for the cards' own labels. */
    public I18n consoleI18n() {
        return console;
    }

    // --- the facilitator's actions ------------------------------------------------------------

    /** Takes a proposal's text into its field: replaces a one-text field, adds an all-in-on choice. */
    public void adopt(UUID proposalId) {
        ProposalRow row = row(proposalId);
        if (row == null) {
            return;
        }
        if (change(vision -> vision.adopt(row.field(), row.text()))) {
            resetDraft(fields.get(row.field()));
            say("vision.adopted");
        }
    }

    /**
     * Stores the field's editor: the new final text of a one-text field, the edited all-in-on choice,
     * or a new all-in-on choice (a fourth is refused, saying why).
     */
    public void saveDraft(VisionField field) {
        FieldState state = fields.get(field);
        int index = state.editing.get();
        String text = state.draft.get();
        boolean stored = index >= 0 ? change(vision -> vision.edit(field, index, text))
                : change(vision -> vision.adopt(field, text));
        if (stored) {
            resetDraft(state);
            say("vision.adopted");
        }
    }

    /** Loads an adopted all-in-on choice into the editor to change it. */
    public void editChoice(VisionField field, int index) {
        FieldState state = fields.get(field);
        if (index < 0 || index >= state.adopted.size()) {
            return;
        }
        state.editing.set(state.multiple() ? index : -1);
        state.draft.set(state.adopted.get(index));
    }

    /** Back to the adopted text (a one-text field) or an empty new choice (all-in on). */
    public void cancelEdit(VisionField field) {
        resetDraft(fields.get(field));
        clearMessage();
    }

    /** Takes an adopted text out of the vision again. */
    public void removeChoice(VisionField field, int index) {
        if (index >= 0 && index < fields.get(field).adopted.size() && change(vision -> vision.remove(field, index))) {
            resetDraft(fields.get(field));
            say("vision.removed");
        }
    }

    /** Ticks or unticks a proposal for a merge. */
    public void select(UUID proposalId, boolean on) {
        ProposalRow row = row(proposalId);
        if (row == null) {
            return;
        }
        ObservableList<UUID> selected = fields.get(row.field()).selected;
        if (on && !selected.contains(proposalId)) {
            selected.add(proposalId);
        } else if (!on) {
            selected.remove(proposalId);
        }
    }

    /**
     * Merges the ticked proposals of a field into its editor, each on its own line, for the facilitator
     * to edit into one text and then store with {@link #saveDraft}; nothing is stored yet.
     */
    public void merge(VisionField field) {
        FieldState state = fields.get(field);
        List<String> texts = state.selected.stream().map(this::row).filter(Objects::nonNull)
                .map(ProposalRow::text).toList();
        if (texts.size() < 2) {
            sayError("vision.merge.tooFew");
            return;
        }
        state.draft.set(VisionCanvas.merged(texts));
        state.editing.set(-1);
        state.selected.clear();
        say("vision.merged");
    }

    /** Hides a proposal from the room and the ranking (its dots stop counting), or shows it again. */
    public void setHidden(UUID proposalId, boolean hidden) {
        ProposalRow row = row(proposalId);
        if (row == null || row.hidden() == hidden) {
            return;
        }
        fields.get(row.field()).selected.remove(proposalId);
        try {
            moderation.setHidden(proposalId, hidden);
            say(hidden ? "vision.hidden.done" : "vision.shown.done");
        } catch (RuntimeException refused) {
            sayFailure(refused);
        }
    }

    /** Switches the room between writing proposals and dot voting; phones follow at once. */
    public void setVoting(boolean on) {
        run.setVoting(on);
        clearMessage();
    }

    /** The dots each participant may place (1 to 20), stored with the workshop. */
    public void setDots(int count) {
        if (change(vision -> vision.withDotsPerPerson(count))) {
            clearMessage();
        }
    }

    /**
     * Allows more than one dot per proposal (up to all of a participant's dots on one), or back to
     * one per proposal; stored with the workshop, and phones show + and − at once.
     */
    public void setStacking(boolean allowed) {
        if (change(vision -> vision.withMaxDotsPerProposal(allowed ? vision.dotsPerPerson()
                : VisionCanvas.DEFAULT_MAX_PER_PROPOSAL))) {
            clearMessage();
        }
    }

    /** The most dots one participant may put on one proposal: 1 to the dots per person, stored at once. */
    public void setMaxPerProposal(int max) {
        if (change(vision -> vision.withMaxDotsPerProposal(max))) {
            clearMessage();
        }
    }

    /**
     * Shows this field's proposals on the projector while the room votes. Stored with the element's
     * live state: a restart, or coming back to the element, shows the room the same field.
     */
    public void project(VisionField field) {
        run.setVisionField(field);
        refresh();
    }

    // --- reading the live run -----------------------------------------------------------------

    /** Reads the workshop and the element's live state again; called whenever the live run changes. */
    public void refresh() {
        Workshop workshop = run.workshop();
        ElementLiveState state = run.state(elementId);
        VisionCanvas vision = workshop.vision();
        voting.set(state.voting());
        roundOpen.set(state.round() == RoundStatus.OPEN);
        dots.set(vision.dotsPerPerson());
        maxPerProposal.set(vision.maxDotsPerProposal());
        stacking.set(vision.stacking());

        Map<VisionField, List<ProposalRow>> byField = rows(workshop);
        int visible = 0;
        int placed = 0;
        for (FieldState field : fields.values()) {
            List<ProposalRow> rows = byField.get(field.field);
            field.rows.setAll(rows);
            field.selected.removeIf(id -> rows.stream().noneMatch(r -> r.id().equals(id) && !r.hidden()));
            List<String> adopted = vision.texts(field.field);
            if (!field.adopted.equals(adopted)) {
                field.adopted.setAll(adopted);
                if (field.editing.get() >= adopted.size()) {
                    resetDraft(field);
                }
            }
            long shown = rows.stream().filter(r -> !r.hidden()).count();
            visible += (int) shown;
            placed += rows.stream().filter(r -> !r.hidden()).mapToInt(ProposalRow::dots).sum();
            field.heading.set(console.t("vision.field.heading", field.label(), shown));
        }
        summary.set(console.t("vision.summary", visible, placed, vision.dotsPerPerson()));
        refreshRoom(state, vision, byField);
    }

    private void refreshRoom(ElementLiveState state, VisionCanvas vision, Map<VisionField, List<ProposalRow>> byField) {
        RoomView view = state.revealed() ? RoomView.VISION
                : state.voting() ? RoomView.VOTING
                : vision.isEmpty() ? RoomView.WRITING : RoomView.VISION;
        projected.set(projectedField(state.visionField(), byField));
        List<RoomField> shown = new ArrayList<>();
        for (VisionField field : VisionField.values()) {
            List<ProposalRow> visible = byField.get(field).stream().filter(r -> !r.hidden())
                    .sorted(Comparator.comparingInt(r -> order.getOrDefault(r.id(), 0))).toList();
            List<String> texts = switch (view) {
                case WRITING -> List.of();
                case VOTING -> field == projected.get() ? visible.stream().map(ProposalRow::text).toList() : List.of();
                case VISION -> vision.texts(field);
            };
            shown.add(new RoomField(field, fieldLabel(room, field), visible.size(), texts));
        }
        roomFields.setAll(shown);
        roomView.set(view);
        roomNote.set(switch (view) {
            case WRITING -> room.t("vision.room.writing");
            case VOTING -> vision.stacking()
                    ? room.t("vision.room.votingStacked", vision.dotsPerPerson(), vision.maxDotsPerProposal())
                    : room.t("vision.room.voting", vision.dotsPerPerson());
            case VISION -> vision.isEmpty() ? room.t("vision.room.nothing") : "";
        });
    }

    /** The chosen field, else the first field with a visible proposal, else the first field. */
    private static VisionField projectedField(VisionField chosen, Map<VisionField, List<ProposalRow>> byField) {
        if (chosen != null) {
            return chosen;
        }
        for (VisionField field : VisionField.values()) {
            if (byField.get(field).stream().anyMatch(r -> !r.hidden())) {
                return field;
            }
        }
        return VisionField.values()[0];
    }

    /** The order proposals were written in (stored order), for the room: no ranking while voting. */
    private final Map<UUID, Integer> order = new HashMap<>();

    private Map<VisionField, List<ProposalRow>> rows(Workshop workshop) {
        List<TextAnswer> proposals = workshop.answers().texts().stream()
                .filter(t -> t.elementId().equals(elementId) && t.purpose() == TextPurpose.VISION_PROPOSAL)
                .toList();
        order.clear();
        for (int i = 0; i < proposals.size(); i++) {
            order.put(proposals.get(i).id(), i);
        }
        // One vote row per participant and proposal, holding that participant's dots on it.
        Map<UUID, Integer> dotsOn = new HashMap<>();
        Map<UUID, Integer> voters = new HashMap<>();
        for (DotVote vote : workshop.answers().votes()) {
            dotsOn.merge(vote.proposalId(), vote.dots(), Integer::sum);
            voters.merge(vote.proposalId(), 1, Integer::sum);
        }
        Map<VisionField, List<ProposalRow>> byField = new EnumMap<>(VisionField.class);
        for (VisionField field : VisionField.values()) {
            List<TextAnswer> ofField = proposals.stream().filter(p -> p.field() == field)
                    .sorted(Comparator.comparing(TextAnswer::hidden)
                            .thenComparingInt(p -> -(p.hidden() ? 0 : dotsOn.getOrDefault(p.id(), 0)))
                            .thenComparingInt(p -> order.get(p.id())))
                    .toList();
            List<ProposalRow> rows = new ArrayList<>();
            int rank = 0;
            int lastDots = -1;
            for (int i = 0; i < ofField.size(); i++) {
                TextAnswer proposal = ofField.get(i);
                int count = proposal.hidden() ? 0 : dotsOn.getOrDefault(proposal.id(), 0);
                if (!proposal.hidden() && count != lastDots) {
                    rank = i + 1; // equal dots share a place
                    lastDots = count;
                }
                rows.add(new ProposalRow(proposal.id(), field, proposal.text(), count,
                        proposal.hidden() ? 0 : voters.getOrDefault(proposal.id(), 0), proposal.hidden(),
                        proposal.hidden() ? 0 : rank));
            }
            byField.put(field, rows);
        }
        return byField;
    }

    // --- inside ----------------------------------------------------------------------------------

    private ProposalRow row(UUID proposalId) {
        for (FieldState field : fields.values()) {
            for (ProposalRow row : field.rows) {
                if (row.id().equals(proposalId)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** One change of the stored vision; a refusal is said and changes nothing. */
    private boolean change(UnaryOperator<VisionCanvas> change) {
        try {
            run.changeVision(change);
            return true;
        } catch (RuntimeException refused) {
            sayFailure(refused);
            return false;
        }
    }

    private void resetDraft(FieldState state) {
        state.editing.set(-1);
        state.draft.set(state.multiple() || state.adopted.isEmpty() ? "" : state.adopted.getFirst());
    }

    private void say(String key) {
        messageIsError.set(false);
        message.set(console.t(key));
    }

    private void sayError(String key) {
        messageIsError.set(true);
        message.set(console.t(key));
    }

    private void sayFailure(RuntimeException failure) {
        messageIsError.set(true);
        message.set(messages.describe(failure));
    }

    private void clearMessage() {
        message.set("");
        messageIsError.set(false);
    }

    /** The field's name in a language, spelled out so the localisation test sees the keys. */
    static String fieldLabel(I18n i18n, VisionField field) {
        return i18n.t(switch (field) {
            case IDEAL_CUSTOMER -> "vision.field.idealCustomer";
            case EXPERIENCE_SENTENCE -> "vision.field.experienceSentence";
            case ALL_IN_ON -> "vision.field.allInOn";
            case NOT_DOING -> "vision.field.notDoing";
            case PROMISE -> "vision.field.promise";
        });
    }
}
