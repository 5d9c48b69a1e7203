package nl.royaal.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopIdentity;
import nl.royaal.persistence.WorkshopRepository;
import nl.royaal.persistence.file.RoyaalFile;

/** Exchanging whole workshops, answers included, as {@code .royaal} files. */
public final class WorkshopFileService {

    public static final String EXTENSION = "royaal";

    /**
     * @param renamedAsCopy the file's workshop was already here, so it came in as a second one
     *                      with new identities instead of overwriting the first
     */
    public record Imported(Workshop workshop, boolean renamedAsCopy) {
    }

    private final WorkshopRepository workshops;
    private final RoyaalFile format;

    public WorkshopFileService(WorkshopRepository workshops, RoyaalFile format) {
        this.workshops = Objects.requireNonNull(workshops);
        this.format = Objects.requireNonNull(format);
    }

    /** Reads and validates the whole file before anything is stored: a bad file changes nothing. */
    public Imported importFile(Path file) {
        Workshop read = format.read(file);
        boolean alreadyHere = workshops.exists(read.id());
        Workshop toStore = alreadyHere ? WorkshopIdentity.withFreshIds(read) : read;
        workshops.insert(toStore);
        return new Imported(toStore, alreadyHere);
    }

    public void exportFile(UUID workshopId, Path target) {
        Workshop workshop = workshops.find(workshopId)
                .orElseThrow(() -> new DomainException("workshop.error.notFound"));
        format.writeAtomically(workshop, target);
    }

    /** "2026-11-23 Royale organisatie.royaal": sortable, and safe on every file system. */
    public static String suggestedFileName(String title, LocalDate date) {
        String safeTitle = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ").strip();
        if (safeTitle.length() > 80) {
            safeTitle = safeTitle.substring(0, 80).strip();
        }
        return date + " " + safeTitle + "." + EXTENSION;
    }
}
