package nl.royaal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.ElementRatings;
import nl.royaal.domain.scoring.ContactFrequency;
import nl.royaal.domain.scoring.FanClubProjection;
import nl.royaal.domain.scoring.JourneyAggregate;
import nl.royaal.domain.scoring.ScoreAggregator;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.domain.scoring.SelfImageGap;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.domain.sequence.Sequence;
import nl.royaal.domain.sequence.SequenceItem;
import nl.royaal.domain.sequence.Sequencer;
import nl.royaal.domain.sequence.Suggestion;

/**
 * Everything the session report shows, worked out once from a workshop through the same domain
 * aggregations the console uses ({@link ScoreAggregator}, {@link SelfImageGap}, {@link
 * ElementRatings}, {@link FanClubProjection}, {@link Sequencer}). The PDF, CSV and XLSX writers
 * only lay these results out; none of them computes a statistic of its own. Immutable.
 *
 * @param workshop          the workshop as it was when the report was made (the raw data)
 * @param settings          margin and "discuss" threshold the classes were worked out with
 * @param journey           expectation versus experience per touchpoint, in journey order
 * @param findings          the summary's three findings
 * @param selfImage         the self-image check
 * @param adoptedVision     the vision the facilitator adopted and the workshop keeps, field by field
 *                          ("all-in on" choices one per line); empty while nothing is adopted
 * @param proposals         the visible vision proposals with their dot votes, by field, most votes first
 * @param fanMoments        visible fan moments, in the order they were written
 * @param hiddenFanMoments  fan moments the facilitator hid (left out of the report, counted)
 * @param pledges           visible "one fan a day" pledges
 * @param hiddenPledges     pledges the facilitator hid
 * @param hiddenProposals   vision proposals the facilitator hid
 * @param fanClub           the fan-club projection (by default: participants × 200 days × 1 year)
 * @param journeyCurve      the experience curve of the journey and the suggested order; absent
 *                          when no touchpoint has an experience grade
 * @param agendaRatings     the closing round's ratings of every agenda element
 * @param agendaCurve       the rated agenda elements and the suggested order for next time; absent
 *                          when nobody rated an element
 */
public record ReportModel(
        Workshop workshop,
        ScoringSettings settings,
        JourneyAggregate journey,
        Findings findings,
        SelfImageGap selfImage,
        List<VisionEntry> adoptedVision,
        List<ProposalVotes> proposals,
        List<TextAnswer> fanMoments,
        int hiddenFanMoments,
        List<TextAnswer> pledges,
        int hiddenPledges,
        int hiddenProposals,
        FanClubProjection fanClub,
        Optional<Suggestion> journeyCurve,
        ElementRatings agendaRatings,
        Optional<Suggestion> agendaCurve) {

    /** How many touchpoints each finding of the summary names at most. */
    public static final int FINDINGS_PER_KIND = 3;

    /** One field of the adopted vision canvas. */
    public record VisionEntry(VisionField field, String text) {
        public VisionEntry {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A vision proposal and the number of dots the room put on it (more than one each where the trainer allowed it). */
    public record ProposalVotes(TextAnswer proposal, int votes) {
        public ProposalVotes {
            Objects.requireNonNull(proposal, "proposal");
        }
    }

    /** A touchpoint on which the room disagrees most, and in which of its two grades. */
    public record Disagreement(TouchpointAggregate touchpoint, ScoreDimension dimension, double spread) {
        public Disagreement {
            Objects.requireNonNull(touchpoint, "touchpoint");
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /**
     * The three findings of the summary page, each a short list, most striking first.
     *
     * @param negative      the largest negative gaps (experience below expectation)
     * @param positive      the largest positive gaps (experience above expectation)
     * @param disagreements the largest spreads, on either grade
     */
    public record Findings(
            List<TouchpointAggregate> negative, List<TouchpointAggregate> positive, List<Disagreement> disagreements) {
        public Findings {
            negative = List.copyOf(negative);
            positive = List.copyOf(positive);
            disagreements = List.copyOf(disagreements);
        }
    }

    public ReportModel {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(selfImage, "selfImage");
        adoptedVision = List.copyOf(adoptedVision);
        proposals = List.copyOf(proposals);
        fanMoments = List.copyOf(fanMoments);
        pledges = List.copyOf(pledges);
        Objects.requireNonNull(fanClub, "fanClub");
        Objects.requireNonNull(journeyCurve, "journeyCurve");
        Objects.requireNonNull(agendaRatings, "agendaRatings");
        Objects.requireNonNull(agendaCurve, "agendaCurve");
    }

    /** The report of this workshop with its own scoring settings (as the room saw) and fan-club projection. */
    public static ReportModel of(Workshop workshop) {
        return of(workshop, workshop.settings().scoring(), FanClubProjection.forWorkshop(workshop));
    }

    /**
     * The report of this workshop with the settings and projection the console used, so the
     * client reads the figures the room saw.
     */
    public static ReportModel of(Workshop workshop, ScoringSettings settings, FanClubProjection fanClub) {
        Objects.requireNonNull(workshop, "workshop");
        JourneyAggregate journey = ScoreAggregator.aggregate(workshop, settings);
        List<TextAnswer> texts = workshop.answers().texts();
        ElementRatings ratings = ElementRatings.of(workshop);
        return new ReportModel(
                workshop,
                settings,
                journey,
                findings(journey),
                SelfImageGap.of(workshop),
                AdoptedVision.of(workshop),
                proposals(texts, workshop.answers().votes()),
                visible(texts, TextPurpose.FAN_MOMENT),
                hidden(texts, TextPurpose.FAN_MOMENT),
                visible(texts, TextPurpose.PLEDGE),
                hidden(texts, TextPurpose.PLEDGE),
                hidden(texts, TextPurpose.VISION_PROPOSAL),
                fanClub,
                journeyCurve(journey),
                ratings,
                agendaCurve(ratings));
    }

    /** The same report with the vision the facilitator adopted (field by field, in canvas order). */
    public ReportModel withAdoptedVision(List<VisionEntry> vision) {
        return new ReportModel(workshop, settings, journey, findings, selfImage, vision, proposals, fanMoments,
                hiddenFanMoments, pledges, hiddenPledges, hiddenProposals, fanClub, journeyCurve, agendaRatings,
                agendaCurve);
    }

    /**
     * How often an average customer meets a person of the organisation, from the figures the
     * trainer kept with the workshop; absent while they are unknown.
     */
    public Optional<ContactFrequency> contactFrequency() {
        return workshop.settings().realityCheck().frequency(workshop.touchpoints());
    }

    /** How many people took part. */
    public int participantCount() {
        return workshop.participants().size();
    }

    /** Whether any touchpoint has a grade at all. */
    public boolean hasScores() {
        return journey.inJourneyOrder().stream().anyMatch(aggregate -> aggregate.n() > 0);
    }

    /**
     * The experience curve of the journey: the touchpoints that have a mean experience grade,
     * in journey order, scored by that mean. The journey keeps no pins or order rules yet, so the
     * suggestion is free; it is the same sequence the console's peak-end screen starts from.
     */
    public static Optional<Sequence> journeySequence(JourneyAggregate journey) {
        List<SequenceItem> items = new ArrayList<>();
        for (TouchpointAggregate aggregate : journey.inJourneyOrder()) {
            OptionalDouble experience = aggregate.meanExperience();
            if (experience.isPresent()) {
                items.add(SequenceItem.of(aggregate.id(), aggregate.name(), experience.getAsDouble()));
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(Sequence.of(items));
    }

    /**
     * The agenda's own curve: the elements somebody rated, in agenda order, scored by their mean
     * rating. An element pinned in the agenda (the welcome, the closing) keeps its place among
     * the rated elements.
     */
    public static Optional<Sequence> agendaSequence(ElementRatings ratings) {
        List<ElementRatings.RatedElement> rated = ratings.rated();
        List<SequenceItem> items = new ArrayList<>();
        for (int position = 0; position < rated.size(); position++) {
            ElementRatings.RatedElement element = rated.get(position);
            SequenceItem item = SequenceItem.of(element.id(), element.element().title(),
                    element.statistic().mean().orElseThrow());
            items.add(element.element().pinned() ? item.pinnedAt(position) : item);
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(Sequence.of(items));
    }

    private static Optional<Suggestion> journeyCurve(JourneyAggregate journey) {
        return suggest(journeySequence(journey));
    }

    private static Optional<Suggestion> agendaCurve(ElementRatings ratings) {
        return suggest(agendaSequence(ratings));
    }

    private static Optional<Suggestion> suggest(Optional<Sequence> sequence) {
        try {
            return sequence.map(new Sequencer()::suggest);
        } catch (DomainException impossible) {
            // Only pins on distinct positions and no rules: the sequencer cannot refuse this; if it does, say "no data".
            return Optional.empty();
        }
    }

    private static Findings findings(JourneyAggregate journey) {
        List<TouchpointAggregate> byGap = journey.byGap();
        List<TouchpointAggregate> negative = byGap.stream()
                .filter(aggregate -> aggregate.gap().isPresent() && aggregate.gap().getAsDouble() < 0)
                .limit(FINDINGS_PER_KIND)
                .toList();
        List<TouchpointAggregate> positive = byGap.reversed().stream()
                .filter(aggregate -> aggregate.gap().isPresent() && aggregate.gap().getAsDouble() > 0)
                .limit(FINDINGS_PER_KIND)
                .toList();
        List<Disagreement> spreads = new ArrayList<>();
        for (TouchpointAggregate aggregate : journey.inJourneyOrder()) {
            OptionalDouble expectation = aggregate.spreadExpectation();
            OptionalDouble experience = aggregate.spreadExperience();
            if (experience.isPresent() && (expectation.isEmpty()
                    || experience.getAsDouble() >= expectation.getAsDouble())) {
                spreads.add(new Disagreement(aggregate, ScoreDimension.EXPERIENCE, experience.getAsDouble()));
            } else if (expectation.isPresent()) {
                spreads.add(new Disagreement(aggregate, ScoreDimension.EXPECTATION, expectation.getAsDouble()));
            }
        }
        List<Disagreement> disagreements = spreads.stream()
                .filter(disagreement -> disagreement.spread() > 0)
                .sorted(Comparator.comparingDouble(Disagreement::spread).reversed()) // stable: journey order on ties
                .limit(FINDINGS_PER_KIND)
                .toList();
        return new Findings(negative, positive, disagreements);
    }

    private static List<TextAnswer> visible(List<TextAnswer> texts, TextPurpose purpose) {
        return texts.stream().filter(text -> text.purpose() == purpose && !text.hidden()).toList();
    }

    private static int hidden(List<TextAnswer> texts, TextPurpose purpose) {
        return (int) texts.stream().filter(text -> text.purpose() == purpose && text.hidden()).count();
    }

    /** Visible proposals by vision field, most dots first; each participant's dot on a proposal counts once. */
    /** Dots per proposal as the console ranks them: a person's latest count on a proposal, summed. */
    private static List<ProposalVotes> proposals(List<TextAnswer> texts, List<DotVote> votes) {
        Map<UUID, Map<UUID, Integer>> dots = new HashMap<>();
        for (DotVote vote : votes) {
            dots.computeIfAbsent(vote.proposalId(), any -> new HashMap<>()).put(vote.participantId(), vote.dots());
        }
        List<ProposalVotes> proposals = new ArrayList<>();
        for (TextAnswer text : visible(texts, TextPurpose.VISION_PROPOSAL)) {
            int placed = dots.getOrDefault(text.id(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            proposals.add(new ProposalVotes(text, placed));
        }
        proposals.sort(Comparator.comparing((ProposalVotes p) -> p.proposal().field())
                .thenComparing(Comparator.comparingInt(ProposalVotes::votes).reversed()));
        return proposals;
    }
}
