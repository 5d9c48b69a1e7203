package nl.royaal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dream-service vision a workshop adopted (PRODUCT.md §1 and §3 step 4): per field of the
 * canvas the final text the facilitator took over from the proposals, edited or merged, and how
 * many dots each participant may place when the room votes, and how many of them on one proposal.
 * Immutable; every change returns a new canvas that the service stores with the workshop at once.
 *
 * <p>Every field holds one text, except "all-in on", which holds up to {@value #MAX_ALL_IN_ON}
 * choices: you cannot be everything for everyone, so a fourth is refused rather than added.
 * Texts follow the rules of a participant's answer (trimmed, no control characters, not empty,
 * at most {@value TextRules#MAX_ANSWER_LENGTH} characters), so any proposal can be adopted as it is.
 *
 * @param adopted       the final texts, in canvas order (by field, then in the order chosen)
 * @param dotsPerPerson the dot budget per participant when the room votes on the proposals
 * @param maxDotsPerProposal the most dots one participant may put on one proposal: 1 ("one per
 *                      proposal", the default) up to {@code dotsPerPerson} (all on one)
 */
public record VisionCanvas(List<Choice> adopted, int dotsPerPerson, int maxDotsPerProposal) {

    /** "All-in on" holds at most this many choices. */
    public static final int MAX_ALL_IN_ON = 3;
    public static final int DEFAULT_DOTS = 3;
    public static final int MIN_DOTS = 1;
    public static final int MAX_DOTS = 20;
    /** One dot per proposal unless the facilitator allows more. */
    public static final int DEFAULT_MAX_PER_PROPOSAL = 1;

    /** A workshop before anything was adopted: every field open, three dots each, one per proposal. */
    public static final VisionCanvas EMPTY = new VisionCanvas(List.of(), DEFAULT_DOTS, DEFAULT_MAX_PER_PROPOSAL);

    /** One adopted text of one field. */
    public record Choice(VisionField field, String text) {
        public Choice {
            Objects.requireNonNull(field, "field");
            String cleaned = TextRules.multiLine(text);
            if (cleaned.isEmpty()) {
                throw new DomainException("validation.text.required", "vision.finalText");
            }
            text = TextRules.limited(cleaned, "vision.finalText", TextRules.MAX_ANSWER_LENGTH);
        }
    }

    public VisionCanvas {
        Objects.requireNonNull(adopted, "adopted");
        if (dotsPerPerson < MIN_DOTS || dotsPerPerson > MAX_DOTS) {
            throw new DomainException("vision.error.dotsRange", dotsPerPerson, MIN_DOTS, MAX_DOTS);
        }
        if (maxDotsPerProposal < DEFAULT_MAX_PER_PROPOSAL || maxDotsPerProposal > dotsPerPerson) {
            throw new DomainException("vision.error.maxPerProposalRange", maxDotsPerProposal,
                    DEFAULT_MAX_PER_PROPOSAL, dotsPerPerson);
        }
        List<Choice> ordered = new ArrayList<>(adopted);
        ordered.forEach(choice -> Objects.requireNonNull(choice, "choice"));
        ordered.sort(Comparator.comparing(Choice::field)); // stable: keeps the order within a field
        for (VisionField field : VisionField.values()) {
            List<String> texts = ordered.stream().filter(c -> c.field() == field).map(Choice::text).toList();
            if (texts.size() > capacity(field)) {
                throw field == VisionField.ALL_IN_ON
                        ? new DomainException("vision.error.allInOnFull", MAX_ALL_IN_ON)
                        : new DomainException("vision.error.oneText");
            }
            if (texts.stream().distinct().count() < texts.size()) {
                throw new DomainException("vision.error.alreadyAdopted");
            }
        }
        adopted = List.copyOf(ordered);
    }

    /** One dot per proposal: the canvas as it was before more could be allowed. */
    public VisionCanvas(List<Choice> adopted, int dotsPerPerson) {
        this(adopted, dotsPerPerson, DEFAULT_MAX_PER_PROPOSAL);
    }

    /** How many texts a field holds: three for "all-in on", one for every other field. */
    public static int capacity(VisionField field) {
        return field == VisionField.ALL_IN_ON ? MAX_ALL_IN_ON : 1;
    }

    /** The adopted texts of one field, in the order chosen; empty while nothing is adopted. */
    public List<String> texts(VisionField field) {
        return adopted.stream().filter(c -> c.field() == field).map(Choice::text).toList();
    }

    public boolean isEmpty() {
        return adopted.isEmpty();
    }

    /** Whether the field holds as many texts as it can ("all-in on" with three choices). */
    public boolean full(VisionField field) {
        return texts(field).size() >= capacity(field);
    }

    /**
     * Takes a text into a field's final text: it replaces the text of a one-text field, and is added
     * as one more choice to "all-in on", where a fourth is refused ({@code vision.error.allInOnFull}).
     */
    public VisionCanvas adopt(VisionField field, String text) {
        Choice choice = new Choice(field, text);
        List<Choice> changed = new ArrayList<>(adopted);
        if (capacity(field) == 1) {
            changed.removeIf(c -> c.field() == field);
        } else if (texts(field).contains(choice.text())) {
            throw new DomainException("vision.error.alreadyAdopted");
        } else if (full(field)) {
            throw new DomainException("vision.error.allInOnFull", MAX_ALL_IN_ON);
        }
        changed.add(choice);
        return new VisionCanvas(changed, dotsPerPerson, maxDotsPerProposal);
    }

    /** Replaces the {@code index}-th text of a field (as {@link #texts} lists them) by an edited one. */
    public VisionCanvas edit(VisionField field, int index, String text) {
        Choice replaced = choiceAt(field, index);
        Choice edited = new Choice(field, text);
        List<Choice> changed = new ArrayList<>(adopted);
        changed.set(changed.indexOf(replaced), edited);
        return new VisionCanvas(changed, dotsPerPerson, maxDotsPerProposal);
    }

    /** Takes the {@code index}-th text of a field out of the vision again. */
    public VisionCanvas remove(VisionField field, int index) {
        Choice removed = choiceAt(field, index);
        List<Choice> changed = new ArrayList<>(adopted);
        changed.remove(removed);
        return new VisionCanvas(changed, dotsPerPerson, maxDotsPerProposal);
    }

    /**
     * A new dot budget. The most per proposal can never exceed it: lowering the budget below it
     * lowers that too (clamped, not refused), so the facilitator's one spinner always works.
     */
    public VisionCanvas withDotsPerPerson(int dots) {
        return new VisionCanvas(adopted, dots, Math.max(DEFAULT_MAX_PER_PROPOSAL, Math.min(maxDotsPerProposal, dots)));
    }

    /**
     * How many dots one participant may put on one proposal: 1 to {@link #dotsPerPerson()}; more is
     * refused ({@code vision.error.maxPerProposalRange}).
     */
    public VisionCanvas withMaxDotsPerProposal(int max) {
        return new VisionCanvas(adopted, dotsPerPerson, max);
    }

    /** Whether a participant may put more than one dot on one proposal. */
    public boolean stacking() {
        return maxDotsPerProposal > DEFAULT_MAX_PER_PROPOSAL;
    }

    /**
     * The starting point when several proposals are merged into one text: each on its own line, in
     * the order given, without repeats; the facilitator then edits it into one text.
     */
    public static String merged(List<String> texts) {
        return String.join("\n", texts.stream().map(TextRules::multiLine).filter(t -> !t.isEmpty()).distinct()
                .toList());
    }

    private Choice choiceAt(VisionField field, int index) {
        List<Choice> ofField = adopted.stream().filter(c -> c.field() == field).toList();
        if (index < 0 || index >= ofField.size()) {
            throw new IndexOutOfBoundsException("No text " + index + " in " + field);
        }
        return ofField.get(index);
    }
}
