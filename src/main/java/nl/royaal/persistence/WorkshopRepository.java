package nl.royaal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.domain.scoring.TemplateRatings;

/**
 * Where workshops live. Every method is one committed transaction: when it returns, the change
 * survives a crash; when it throws, nothing of it was stored. Implementations: H2 now, another
 * database later.
 *
 * <p>Every change to a stored workshop marks it as changed now (the list's order). A write about
 * a workshop, element or touchpoint that is not stored throws a {@code DomainException}
 * ({@code validation.workshop.danglingReference}); storing an id that is already taken, one with
 * {@code validation.workshop.duplicateId}. Failures of the storage itself throw
 * {@link StorageException}.
 */
public interface WorkshopRepository {

    /** All workshops, most recently changed first. */
    List<WorkshopSummary> list();

    Optional<Workshop> find(UUID workshopId);

    boolean exists(UUID workshopId);

    /**
     * Stores a whole workshop with its participants and answers (new, duplicated or imported),
     * exactly as given, its {@code updatedAt} included.
     */
    void insert(Workshop workshop);

    void updateDetails(UUID workshopId, WorkshopDetails details);

    void updateStatus(UUID workshopId, WorkshopStatus status);

    /**
     * Makes the stored agenda exactly {@code agenda}, in that order: new elements are added,
     * changed ones updated, missing ones deleted together with the answers given in them.
     */
    void replaceAgenda(UUID workshopId, List<AgendaElement> agenda);

    /** As {@link #replaceAgenda}, for the customer journey; deleting a touchpoint deletes its scores. */
    void replaceTouchpoints(UUID workshopId, List<Touchpoint> touchpoints);

    /** Remembers the element the facilitator is on, so a restart resumes there; {@code null} before the start. */
    void setCurrentElement(UUID workshopId, UUID elementId);

    void addParticipant(UUID workshopId, Participant participant);

    /** Makes the stored dream-service vision (adopted texts and dot budget) exactly {@code vision}. */
    void saveVision(UUID workshopId, VisionCanvas vision);

    /** Makes the stored scoring margin, reality-check figures and fan-club inputs exactly {@code settings}. */
    void saveSettings(UUID workshopId, WorkshopSettings settings);

    /** Deletes the workshop with everything in it. */
    void delete(UUID workshopId);

    /**
     * The closing-round grades that the other workshops made from template {@code templateKey}
     * gave their agenda elements, per kind and title (PRODUCT.md §3 step 10), so the next
     * workshop from that template can be offered a better order. {@code exceptWorkshop} (the new
     * workshop itself) does not count. A repository that keeps no history has none.
     */
    default TemplateRatings templateRatings(String templateKey, UUID exceptWorkshop) {
        return TemplateRatings.NONE;
    }
}
