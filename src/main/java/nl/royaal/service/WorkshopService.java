package nl.royaal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Reordering;
import nl.royaal.domain.TextRules;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.domain.sequence.AgendaSequencing;
import nl.royaal.domain.sequence.AgendaSuggestion;
import nl.royaal.persistence.AppStateRepository;
import nl.royaal.persistence.WorkshopRepository;

/**
 * The use cases of preparing and opening workshops. Every method validates through the domain
 * first and stores at once; it returns the workshop as it now is, or throws and stores nothing
 * (a {@link DomainException} for bad input, a {@code StorageException} when the disk lets us down).
 */
public final class WorkshopService {

    private final WorkshopRepository workshops;
    private final AppStateRepository appState;
    private final Clock clock;
    /** Drafts whose agenda suggestion the trainer ignored, for as long as the app runs. */
    private final Set<UUID> ignoredAgendaSuggestions = ConcurrentHashMap.newKeySet();

    public WorkshopService(WorkshopRepository workshops, AppStateRepository appState, Clock clock) {
        this.workshops = Objects.requireNonNull(workshops);
        this.appState = Objects.requireNonNull(appState);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<WorkshopSummary> list() {
        return workshops.list();
    }

    public Workshop createFromTemplate(WorkshopTemplate template, Language language) {
        Workshop workshop = template.instantiate(language, LocalDate.now(clock), now());
        workshops.insert(workshop);
        return workshop;
    }

    /** Reads a workshop without opening it (for a report or an export). */
    public Workshop find(UUID workshopId) {
        return workshops.find(workshopId).orElseThrow(() -> new DomainException("workshop.error.notFound"));
    }

    /** Opens a workshop and remembers it, so the next start of the app resumes it. */
    public Workshop open(UUID workshopId) {
        Workshop workshop = workshops.find(workshopId)
                .orElseThrow(() -> new DomainException("workshop.error.notFound"));
        appState.setLastOpenWorkshop(workshopId);
        return workshop;
    }

    /** The workshop that was open when the app last closed, if it still exists. */
    public Optional<Workshop> lastOpen() {
        return appState.lastOpenWorkshop().flatMap(workshops::find);
    }

    /** Forgets the open workshop (back to the list): the next start shows the list. */
    public void close() {
        appState.setLastOpenWorkshop(null);
    }

    /**
     * A new draft with the same agenda and journey, without participants or answers.
     *
     * @param titleOf makes the copy's title from the original's ("Kopie van ..."); cut to fit
     */
    public Workshop duplicate(UUID workshopId, UnaryOperator<String> titleOf) {
        Workshop original = workshops.find(workshopId)
                .orElseThrow(() -> new DomainException("workshop.error.notFound"));
        String title = fitToLength(titleOf.apply(original.title()), TextRules.MAX_NAME_LENGTH);
        Workshop copy = original.duplicate(title, now());
        workshops.insert(copy);
        return copy;
    }

    public void delete(UUID workshopId) {
        if (appState.lastOpenWorkshop().filter(workshopId::equals).isPresent()) {
            appState.setLastOpenWorkshop(null);
        }
        workshops.delete(workshopId);
    }

    public Workshop updateDetails(Workshop workshop, WorkshopDetails details) {
        workshops.updateDetails(workshop.id(), details);
        return workshop.withDetails(details, now());
    }

    public Workshop setStatus(Workshop workshop, WorkshopStatus status) {
        workshops.updateStatus(workshop.id(), status);
        return workshop.withStatus(status, now());
    }

    // --- agenda ---------------------------------------------------------------------------

    public Workshop addElement(Workshop workshop, ElementKind kind, String title, int plannedMinutes) {
        List<AgendaElement> agenda = new ArrayList<>(workshop.agenda());
        agenda.add(AgendaElement.create(kind, title, plannedMinutes));
        return storeAgenda(workshop, agenda);
    }

    /** Replaces the element with the same id (title, kind, minutes, pin). */
    public Workshop updateElement(Workshop workshop, AgendaElement changed) {
        List<AgendaElement> agenda = workshop.agenda().stream()
                .map(element -> element.id().equals(changed.id()) ? changed : element)
                .toList();
        return storeAgenda(workshop, agenda);
    }

    /** Deletes the element and every answer given in it; ask first when {@link Workshop#answerCountForElement} > 0. */
    public Workshop removeElement(Workshop workshop, UUID elementId) {
        Workshop changed = workshop.withoutElement(elementId, now());
        workshops.replaceAgenda(workshop.id(), changed.agenda());
        return changed;
    }

    public Workshop moveElement(Workshop workshop, int from, int to) {
        return storeAgenda(workshop, Reordering.move(workshop.agenda(), from, to));
    }

    /** The facilitator moved to this element: remembered so a restart continues here. */
    public Workshop goToElement(Workshop workshop, UUID elementId) {
        workshops.setCurrentElement(workshop.id(), elementId);
        return workshop.withCurrentElement(elementId, now());
    }

    /**
     * The order that the closing grades of earlier workshops from the same template suggest for
     * this workshop's agenda, so it ends on its best part (PRODUCT.md §3 step 10). Offered only
     * for a draft nobody has joined yet, only when it changes the order, and not after the trainer
     * ignored it.
     */
    public Optional<AgendaSuggestion> agendaSuggestion(Workshop workshop) {
        if (workshop.status() != WorkshopStatus.DRAFT || !workshop.participants().isEmpty()
                || workshop.templateKey().isBlank() || ignoredAgendaSuggestions.contains(workshop.id())) {
            return Optional.empty();
        }
        return AgendaSequencing.suggest(workshop.agenda(), workshops.templateRatings(workshop.templateKey(),
                workshop.id())).filter(suggestion -> !suggestion.unchanged());
    }

    /** Puts the agenda in the order suggested now; nothing changes when there is no suggestion (any more). */
    public Workshop applyAgendaSuggestion(Workshop workshop) {
        Optional<AgendaSuggestion> suggestion = agendaSuggestion(workshop);
        return suggestion.isEmpty() ? workshop : storeAgenda(workshop, suggestion.get().agenda());
    }

    /** The trainer keeps the agenda as it is: the suggestion is not offered again for this workshop. */
    public void ignoreAgendaSuggestion(UUID workshopId) {
        ignoredAgendaSuggestions.add(workshopId);
    }

    // --- the dream-service vision ---------------------------------------------------------

    /** Stores the adopted vision (and the dot budget) with the workshop at once. */
    public Workshop setVision(Workshop workshop, VisionCanvas vision) {
        Workshop changed = workshop.withVision(vision, now());
        workshops.saveVision(workshop.id(), changed.vision());
        return changed;
    }

    // --- how the results are judged -------------------------------------------------------

    /** Stores the scoring margin, reality-check figures and fan-club inputs with the workshop at once. */
    public Workshop setSettings(Workshop workshop, WorkshopSettings settings) {
        Workshop changed = workshop.withSettings(settings, now());
        workshops.saveSettings(workshop.id(), changed.settings());
        return changed;
    }

    // --- touchpoints ----------------------------------------------------------------------

    public Workshop addTouchpoint(Workshop workshop, String name) {
        List<Touchpoint> touchpoints = new ArrayList<>(workshop.touchpoints());
        touchpoints.add(Touchpoint.create(name));
        return storeTouchpoints(workshop, touchpoints);
    }

    public Workshop updateTouchpoint(Workshop workshop, Touchpoint changed) {
        List<Touchpoint> touchpoints = workshop.touchpoints().stream()
                .map(touchpoint -> touchpoint.id().equals(changed.id()) ? changed : touchpoint)
                .toList();
        return storeTouchpoints(workshop, touchpoints);
    }

    /** Deletes the touchpoint and its scores; ask first when {@link Workshop#answerCountForTouchpoint} > 0. */
    public Workshop removeTouchpoint(Workshop workshop, UUID touchpointId) {
        Workshop changed = workshop.withoutTouchpoint(touchpointId, now());
        workshops.replaceTouchpoints(workshop.id(), changed.touchpoints());
        return changed;
    }

    public Workshop moveTouchpoint(Workshop workshop, int from, int to) {
        return storeTouchpoints(workshop, Reordering.move(workshop.touchpoints(), from, to));
    }

    // --- helpers --------------------------------------------------------------------------

    private Workshop storeAgenda(Workshop workshop, List<AgendaElement> agenda) {
        // Build the new value first: the domain refuses a bad agenda before anything is stored.
        Workshop changed = workshop.withAgenda(agenda, now());
        workshops.replaceAgenda(workshop.id(), agenda);
        return changed;
    }

    private Workshop storeTouchpoints(Workshop workshop, List<Touchpoint> touchpoints) {
        Workshop changed = workshop.withTouchpoints(touchpoints, now());
        workshops.replaceTouchpoints(workshop.id(), touchpoints);
        return changed;
    }

    private Instant now() {
        return clock.instant();
    }

    static String fitToLength(String text, int maxCodePoints) {
        String cleaned = TextRules.singleLine(text);
        if (cleaned.codePointCount(0, cleaned.length()) <= maxCodePoints) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, maxCodePoints - 1)).strip() + "…";
    }
}
