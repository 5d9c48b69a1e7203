package nl.royaal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;

/**
 * One workshop for one client: its details, agenda, customer journey, who took part and
 * everything they answered. Immutable; every change returns a new value that the service
 * stores at once.
 *
 * @param templateKey      the template it was made from (ratings of the agenda are kept per template)
 * @param currentElementId the agenda element the facilitator is on, {@code null} before the start
 * @param vision           the dream-service vision adopted so far (and the room's dot budget)
 * @param settings         how its results are judged and projected: scoring margin, reality-check
 *                         figures, fan-club inputs
 */
public record Workshop(
        UUID id,
        WorkshopDetails details,
        WorkshopStatus status,
        String templateKey,
        List<AgendaElement> agenda,
        List<Touchpoint> touchpoints,
        List<Participant> participants,
        Answers answers,
        UUID currentElementId,
        Instant createdAt,
        Instant updatedAt,
        VisionCanvas vision,
        WorkshopSettings settings) {

    public Workshop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        templateKey = templateKey == null ? "" : templateKey;
        agenda = List.copyOf(agenda);
        touchpoints = List.copyOf(touchpoints);
        participants = List.copyOf(participants);
        answers = answers == null ? Answers.NONE : answers;
        vision = vision == null ? VisionCanvas.EMPTY : vision;
        settings = settings == null ? WorkshopSettings.DEFAULT : settings;
        requireUniqueIds(agenda, AgendaElement::id, "agenda");
        requireUniqueIds(touchpoints, Touchpoint::id, "touchpoints");
        requireUniqueIds(participants, Participant::id, "participants");
        requireUniqueIds(answers.texts(), TextAnswer::id, "texts"); // dot votes name their proposal by this id
        if (currentElementId != null && !ids(agenda, AgendaElement::id).contains(currentElementId)) {
            currentElementId = null;
        }
        requireAnswersReferToThisWorkshop(agenda, touchpoints, participants, answers);
    }

    /** A workshop with this vision and the default settings. */
    public Workshop(UUID id, WorkshopDetails details, WorkshopStatus status, String templateKey,
            List<AgendaElement> agenda, List<Touchpoint> touchpoints, List<Participant> participants, Answers answers,
            UUID currentElementId, Instant createdAt, Instant updatedAt, VisionCanvas vision) {
        this(id, details, status, templateKey, agenda, touchpoints, participants, answers, currentElementId,
                createdAt, updatedAt, vision, WorkshopSettings.DEFAULT);
    }

    /** A workshop without an adopted vision (every place that does not deal with the dream service). */
    public Workshop(UUID id, WorkshopDetails details, WorkshopStatus status, String templateKey,
            List<AgendaElement> agenda, List<Touchpoint> touchpoints, List<Participant> participants, Answers answers,
            UUID currentElementId, Instant createdAt, Instant updatedAt) {
        this(id, details, status, templateKey, agenda, touchpoints, participants, answers, currentElementId,
                createdAt, updatedAt, VisionCanvas.EMPTY, WorkshopSettings.DEFAULT);
    }

    public String title() {
        return details.title();
    }

    public Language language() {
        return details.language();
    }

    public Optional<AgendaElement> currentElement() {
        return agenda.stream().filter(e -> e.id().equals(currentElementId)).findFirst();
    }

    /** Position of the current element in the agenda, or -1 before the start. */
    public int currentElementIndex() {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id().equals(currentElementId)) {
                return i;
            }
        }
        return -1;
    }

    public Workshop withDetails(WorkshopDetails newDetails, Instant now) {
        return new Workshop(id, newDetails, status, templateKey, agenda, touchpoints, participants, answers,
                currentElementId, createdAt, now, vision, settings);
    }

    public Workshop withStatus(WorkshopStatus newStatus, Instant now) {
        return new Workshop(id, details, newStatus, templateKey, agenda, touchpoints, participants, answers,
                currentElementId, createdAt, now, vision, settings);
    }

    public Workshop withAgenda(List<AgendaElement> newAgenda, Instant now) {
        return new Workshop(id, details, status, templateKey, newAgenda, touchpoints, participants, answers,
                currentElementId, createdAt, now, vision, settings);
    }

    public Workshop withTouchpoints(List<Touchpoint> newTouchpoints, Instant now) {
        return new Workshop(id, details, status, templateKey, agenda, newTouchpoints, participants, answers,
                currentElementId, createdAt, now, vision, settings);
    }

    public Workshop withCurrentElement(UUID elementId, Instant now) {
        return new Workshop(id, details, status, templateKey, agenda, touchpoints, participants, answers,
                elementId, createdAt, now, vision, settings);
    }

    /** The workshop without this agenda element and without the answers given in it. */
    public Workshop withoutElement(UUID elementId, Instant now) {
        List<AgendaElement> remaining = agenda.stream().filter(e -> !e.id().equals(elementId)).toList();
        Set<UUID> removedTexts = ids(
                answers.texts().stream().filter(t -> t.elementId().equals(elementId)).toList(), TextAnswer::id);
        Answers kept = new Answers(
                answers.scores(),
                answers.texts().stream().filter(t -> !removedTexts.contains(t.id())).toList(),
                answers.votes().stream().filter(v -> !removedTexts.contains(v.proposalId())).toList(),
                answers.ratings().stream().filter(r -> !r.elementId().equals(elementId)).toList(),
                answers.selfImage());
        return new Workshop(id, details, status, templateKey, remaining, touchpoints, participants, kept,
                currentElementId, createdAt, now, vision, settings);
    }

    /** The workshop with this vision adopted: replaces the one before. */
    public Workshop withVision(VisionCanvas newVision, Instant now) {
        return new Workshop(id, details, status, templateKey, agenda, touchpoints, participants, answers,
                currentElementId, createdAt, now, newVision, settings);
    }

    /** The workshop with these settings: replaces the ones before. */
    public Workshop withSettings(WorkshopSettings newSettings, Instant now) {
        return new Workshop(id, details, status, templateKey, agenda, touchpoints, participants, answers,
                currentElementId, createdAt, now, vision, newSettings);
    }

    /** The workshop without this touchpoint and without its scores. */
    public Workshop withoutTouchpoint(UUID touchpointId, Instant now) {
        List<Touchpoint> remaining = touchpoints.stream().filter(t -> !t.id().equals(touchpointId)).toList();
        Answers kept = new Answers(
                answers.scores().stream().filter(s -> !s.touchpointId().equals(touchpointId)).toList(),
                answers.texts(), answers.votes(), answers.ratings(), answers.selfImage());
        return new Workshop(id, details, status, templateKey, agenda, remaining, participants, kept,
                currentElementId, createdAt, now, vision, settings);
    }

    /** How many answers refer to this touchpoint: asked before a touchpoint with scores is deleted. */
    public long answerCountForTouchpoint(UUID touchpointId) {
        return answers.scores().stream().filter(s -> s.touchpointId().equals(touchpointId)).count();
    }

    /** How many answers were given in (or about) this agenda element. */
    public long answerCountForElement(UUID elementId) {
        return answers.texts().stream().filter(t -> t.elementId().equals(elementId)).count()
                + answers.ratings().stream().filter(r -> r.elementId().equals(elementId)).count();
    }

    /**
     * A fresh draft with the same agenda and journey under new identities and without
     * participants or answers: "duplicate as template".
     */
    public Workshop duplicate(String newTitle, Instant now) {
        List<AgendaElement> copiedAgenda = new ArrayList<>();
        for (AgendaElement element : agenda) {
            copiedAgenda.add(new AgendaElement(UUID.randomUUID(), element.kind(), element.title(),
                    element.plannedMinutes(), element.pinned()));
        }
        List<Touchpoint> copiedTouchpoints = new ArrayList<>();
        for (Touchpoint touchpoint : touchpoints) {
            copiedTouchpoints.add(new Touchpoint(UUID.randomUUID(), touchpoint.name(),
                    touchpoint.contactsPerCustomerPerYear()));
        }
        return new Workshop(UUID.randomUUID(), details.withTitle(newTitle), WorkshopStatus.DRAFT, templateKey,
                copiedAgenda, copiedTouchpoints, List.of(), Answers.NONE, null, now, now,
                VisionCanvas.EMPTY.withDotsPerPerson(vision.dotsPerPerson())
                        .withMaxDotsPerProposal(vision.maxDotsPerProposal()),
                // The trainer's way of judging carries over; the client's own figures and room size do not.
                new WorkshopSettings(settings.scoring(), RealityCheckFigures.NONE,
                        new FanClubSettings(null, settings.fanClub().workingDaysPerYear(), settings.fanClub().years())));
    }

    private static <T> void requireUniqueIds(List<T> items, Function<T, UUID> idOf, String what) {
        Set<UUID> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(idOf.apply(item))) {
                throw new DomainException("validation.workshop.duplicateId", what, idOf.apply(item));
            }
        }
    }

    private static void requireAnswersReferToThisWorkshop(
            List<AgendaElement> agenda, List<Touchpoint> touchpoints, List<Participant> participants, Answers answers) {
        Set<UUID> elementIds = ids(agenda, AgendaElement::id);
        Set<UUID> touchpointIds = ids(touchpoints, Touchpoint::id);
        Set<UUID> participantIds = ids(participants, Participant::id);
        Set<UUID> textIds = ids(answers.texts(), TextAnswer::id);
        for (TouchpointScore score : answers.scores()) {
            requireKnown(participantIds, score.participantId());
            requireKnown(touchpointIds, score.touchpointId());
        }
        for (TextAnswer text : answers.texts()) {
            requireKnown(participantIds, text.participantId());
            requireKnown(elementIds, text.elementId());
        }
        for (DotVote vote : answers.votes()) {
            requireKnown(participantIds, vote.participantId());
            requireKnown(textIds, vote.proposalId());
        }
        for (ElementRating rating : answers.ratings()) {
            requireKnown(participantIds, rating.participantId());
            requireKnown(elementIds, rating.elementId());
        }
        for (SelfImageScore score : answers.selfImage()) {
            requireKnown(participantIds, score.participantId());
        }
    }

    private static <T> Set<UUID> ids(List<T> items, Function<T, UUID> idOf) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(item -> ids.add(idOf.apply(item)));
        return ids;
    }

    private static void requireKnown(Set<UUID> known, UUID reference) {
        if (!known.contains(reference)) {
            throw new DomainException("validation.workshop.danglingReference", reference);
        }
    }
}
