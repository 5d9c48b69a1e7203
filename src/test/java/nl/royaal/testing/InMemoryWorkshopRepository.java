package nl.royaal.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.royaal.persistence.AppStateRepository;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.WorkshopRepository;

/**
 * A repository in a map, for service and view-model tests that are about behaviour, not SQL.
 * {@link #failNextWrite} makes the next write fail like a full disk, to prove nothing changes.
 */
public final class InMemoryWorkshopRepository implements WorkshopRepository, AppStateRepository {

    private final Map<UUID, Workshop> stored = new LinkedHashMap<>();
    private UUID lastOpen;
    private StorageException.Reason failNext;
    private int writes;

    public void failNextWrite(StorageException.Reason reason) {
        failNext = reason;
    }

    public int writes() {
        return writes;
    }

    public Workshop stored(UUID id) {
        return stored.get(id);
    }

    @Override
    public List<WorkshopSummary> list() {
        return stored.values().stream()
                .sorted(Comparator.comparing(Workshop::updatedAt).reversed())
                .map(w -> new WorkshopSummary(w.id(), w.title(), w.details().clientOrganisation(), w.details().date(),
                        w.status(), w.participants().size(), w.updatedAt()))
                .toList();
    }

    @Override
    public Optional<Workshop> find(UUID workshopId) {
        return Optional.ofNullable(stored.get(workshopId));
    }

    @Override
    public boolean exists(UUID workshopId) {
        return stored.containsKey(workshopId);
    }

    @Override
    public void insert(Workshop workshop) {
        write();
        stored.put(workshop.id(), workshop);
    }

    @Override
    public void updateDetails(UUID workshopId, WorkshopDetails details) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> w.withDetails(details, w.updatedAt().plusMillis(1)));
    }

    @Override
    public void updateStatus(UUID workshopId, WorkshopStatus status) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> w.withStatus(status, w.updatedAt().plusMillis(1)));
    }

    @Override
    public void replaceAgenda(UUID workshopId, List<AgendaElement> agenda) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> {
            Workshop pruned = w;
            for (AgendaElement old : w.agenda()) {
                if (agenda.stream().noneMatch(e -> e.id().equals(old.id()))) {
                    pruned = pruned.withoutElement(old.id(), w.updatedAt());
                }
            }
            return pruned.withAgenda(agenda, w.updatedAt().plusMillis(1));
        });
    }

    @Override
    public void replaceTouchpoints(UUID workshopId, List<Touchpoint> touchpoints) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> {
            Workshop pruned = w;
            for (Touchpoint old : w.touchpoints()) {
                if (touchpoints.stream().noneMatch(t -> t.id().equals(old.id()))) {
                    pruned = pruned.withoutTouchpoint(old.id(), w.updatedAt());
                }
            }
            return pruned.withTouchpoints(touchpoints, w.updatedAt().plusMillis(1));
        });
    }

    @Override
    public void setCurrentElement(UUID workshopId, UUID elementId) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> w.withCurrentElement(elementId, w.updatedAt().plusMillis(1)));
    }

    @Override
    public void addParticipant(UUID workshopId, Participant participant) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> {
            List<Participant> participants = new ArrayList<>(w.participants());
            participants.add(participant);
            return new Workshop(w.id(), w.details(), w.status(), w.templateKey(), w.agenda(), w.touchpoints(),
                    participants, w.answers(), w.currentElementId(), w.createdAt(), w.updatedAt(), w.vision());
        });
    }

    @Override
    public void saveVision(UUID workshopId, VisionCanvas vision) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> w.withVision(vision, w.updatedAt().plusMillis(1)));
    }

    @Override
    public void saveSettings(UUID workshopId, WorkshopSettings settings) {
        write();
        stored.computeIfPresent(workshopId, (id, w) -> w.withSettings(settings, w.updatedAt().plusMillis(1)));
    }

    @Override
    public void delete(UUID workshopId) {
        write();
        stored.remove(workshopId);
    }

    @Override
    public Optional<UUID> lastOpenWorkshop() {
        return Optional.ofNullable(lastOpen).filter(stored::containsKey);
    }

    @Override
    public void setLastOpenWorkshop(UUID workshopId) {
        write();
        lastOpen = workshopId;
    }

    private void write() {
        if (failNext != null) {
            StorageException.Reason reason = failNext;
            failNext = null;
            throw new StorageException(reason, "simulated " + reason, null);
        }
        writes++;
    }
}
