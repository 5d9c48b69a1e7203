package nl.royaal.persistence.h2;

import static nl.royaal.persistence.h2.JdbcValues.enumValue;
import static nl.royaal.persistence.h2.JdbcValues.instant;
import static nl.royaal.persistence.h2.JdbcValues.queryList;
import static nl.royaal.persistence.h2.JdbcValues.update;
import static nl.royaal.persistence.h2.JdbcValues.uuid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TemplateRatings;
import nl.royaal.persistence.WorkshopRepository;

/**
 * Workshops in H2. Every write also sets the workshop's {@code updated_at}, which orders the
 * workshop list. A write to a workshop, element or touchpoint that is not stored is refused
 * with a {@link DomainException} ({@code validation.workshop.danglingReference}); storing an id
 * that is already taken with {@code validation.workshop.duplicateId}.
 */
final class JdbcWorkshopRepository implements WorkshopRepository {

    private final Database database;

    JdbcWorkshopRepository(Database database) {
        this.database = database;
    }

    /** Participant counts come from the rows themselves, never from a stored counter that could drift. */
    @Override
    public List<WorkshopSummary> list() {
        return database.inTransaction("Listing the workshops", connection -> queryList(connection, """
                SELECT w.id, w.title, w.client_organisation, w.workshop_date, w.status, w.updated_at,
                       (SELECT COUNT(*) FROM participant p WHERE p.workshop_id = w.id) AS participant_count
                FROM workshop w
                ORDER BY w.updated_at DESC, w.id
                """,
                row -> new WorkshopSummary(uuid(row, "id"), row.getString("title"),
                        row.getString("client_organisation"), row.getObject("workshop_date", LocalDate.class),
                        enumValue(row, "status", WorkshopStatus.class), row.getInt("participant_count"),
                        instant(row, "updated_at"))));
    }

    /**
     * Agenda and touchpoints come back in their stored positions, participants in the order they
     * joined, and each kind of answer in the order it first arrived.
     */
    @Override
    public Optional<Workshop> find(UUID workshopId) {
        Objects.requireNonNull(workshopId, "workshopId");
        return database.inTransaction("Loading workshop " + workshopId, connection -> load(connection, workshopId));
    }

    @Override
    public boolean exists(UUID workshopId) {
        return database.inTransaction("Looking up workshop " + workshopId,
                connection -> !queryList(connection, "SELECT 1 FROM workshop WHERE id = ?", row -> true, workshopId)
                        .isEmpty());
    }

    /** Stores the workshop exactly as given, {@code updatedAt} included, so an import keeps its history. */
    @Override
    public void insert(Workshop workshop) {
        Objects.requireNonNull(workshop, "workshop");
        UUID workshopId = workshop.id();
        database.inTransaction("Storing workshop " + workshopId, connection -> {
            try {
                WorkshopDetails details = workshop.details();
                // current_element_id refers to an agenda element, so it is set once the agenda is in.
                update(connection, """
                        INSERT INTO workshop (id, title, client_organisation, workshop_date, facilitator, language,
                                              status, template_key, current_element_id, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
                        """,
                        workshopId, details.title(), details.clientOrganisation(), details.date(),
                        details.facilitator(), details.language(), workshop.status(), workshop.templateKey(),
                        workshop.createdAt(), workshop.updatedAt());
                for (int position = 0; position < workshop.agenda().size(); position++) {
                    insertElement(connection, workshopId, position, workshop.agenda().get(position));
                }
                for (int position = 0; position < workshop.touchpoints().size(); position++) {
                    insertTouchpoint(connection, workshopId, position, workshop.touchpoints().get(position));
                }
                update(connection, "UPDATE workshop SET current_element_id = ? WHERE id = ?",
                        workshop.currentElementId(), workshopId);
                for (Participant participant : workshop.participants()) {
                    insertParticipant(connection, workshopId, participant);
                }
                JdbcAnswerRepository.insertAll(connection, workshopId, workshop.answers());
                writeVision(connection, workshopId, workshop.vision());
                writeSettings(connection, workshopId, workshop.settings());
                return null;
            } catch (SQLException failure) {
                if (StorageFailures.isDuplicateKey(failure)) {
                    throw duplicate("workshop", workshopId, failure);
                }
                throw failure;
            }
        });
    }

    @Override
    public void updateDetails(UUID workshopId, WorkshopDetails details) {
        Objects.requireNonNull(details, "details");
        database.inTransaction("Saving the details of workshop " + workshopId, connection -> {
            int changed = update(connection, """
                    UPDATE workshop
                    SET title = ?, client_organisation = ?, workshop_date = ?, facilitator = ?, language = ?,
                        updated_at = ?
                    WHERE id = ?
                    """,
                    details.title(), details.clientOrganisation(), details.date(), details.facilitator(),
                    details.language(), database.now(), workshopId);
            requireChanged(changed, workshopId);
            return null;
        });
    }

    @Override
    public void updateStatus(UUID workshopId, WorkshopStatus status) {
        Objects.requireNonNull(status, "status");
        database.inTransaction("Saving the status of workshop " + workshopId, connection -> {
            int changed = update(connection, "UPDATE workshop SET status = ?, updated_at = ? WHERE id = ?",
                    status, database.now(), workshopId);
            requireChanged(changed, workshopId);
            return null;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>When the current element is deleted, the workshop goes back to "before the start".
     */
    @Override
    public void replaceAgenda(UUID workshopId, List<AgendaElement> agenda) {
        requireDistinctIds(agenda, AgendaElement::id, "agenda");
        database.inTransaction("Saving the agenda of workshop " + workshopId, connection -> {
            touch(connection, workshopId, database.now());
            Set<UUID> stored = storedIds(connection, "agenda_element", workshopId);
            deleteMissing(connection, "agenda_element", stored, agenda, AgendaElement::id);
            for (int position = 0; position < agenda.size(); position++) {
                AgendaElement element = agenda.get(position);
                if (stored.contains(element.id())) {
                    update(connection, """
                            UPDATE agenda_element SET position = ?, kind = ?, title = ?, planned_minutes = ?, pinned = ?
                            WHERE id = ?
                            """,
                            position, element.kind(), element.title(), element.plannedMinutes(), element.pinned(),
                            element.id());
                } else {
                    int newPosition = position;
                    insertNew(() -> insertElement(connection, workshopId, newPosition, element), "agenda",
                            element.id());
                }
            }
            return null;
        });
    }

    @Override
    public void replaceTouchpoints(UUID workshopId, List<Touchpoint> touchpoints) {
        requireDistinctIds(touchpoints, Touchpoint::id, "touchpoints");
        database.inTransaction("Saving the touchpoints of workshop " + workshopId, connection -> {
            touch(connection, workshopId, database.now());
            Set<UUID> stored = storedIds(connection, "touchpoint", workshopId);
            deleteMissing(connection, "touchpoint", stored, touchpoints, Touchpoint::id);
            for (int position = 0; position < touchpoints.size(); position++) {
                Touchpoint touchpoint = touchpoints.get(position);
                if (stored.contains(touchpoint.id())) {
                    update(connection,
                            "UPDATE touchpoint SET position = ?, name = ?, contacts_per_year = ? WHERE id = ?",
                            position, touchpoint.name(), touchpoint.contactsPerCustomerPerYear(), touchpoint.id());
                } else {
                    int newPosition = position;
                    insertNew(() -> insertTouchpoint(connection, workshopId, newPosition, touchpoint), "touchpoints",
                            touchpoint.id());
                }
            }
            return null;
        });
    }

    @Override
    public void setCurrentElement(UUID workshopId, UUID elementId) {
        database.inTransaction("Saving the current element of workshop " + workshopId, connection -> {
            if (elementId != null && queryList(connection,
                    "SELECT 1 FROM agenda_element WHERE id = ? AND workshop_id = ?", row -> true, elementId, workshopId)
                    .isEmpty()) {
                throw danglingReference(elementId);
            }
            int changed = update(connection, "UPDATE workshop SET current_element_id = ?, updated_at = ? WHERE id = ?",
                    elementId, database.now(), workshopId);
            requireChanged(changed, workshopId);
            return null;
        });
    }

    /** Replaces the adopted vision and the dot budget in one transaction. */
    @Override
    public void saveVision(UUID workshopId, VisionCanvas vision) {
        Objects.requireNonNull(vision, "vision");
        database.inTransaction("Saving the vision of workshop " + workshopId, connection -> {
            touch(connection, workshopId, database.now());
            writeVision(connection, workshopId, vision);
            return null;
        });
    }

    @Override
    public void saveSettings(UUID workshopId, WorkshopSettings settings) {
        Objects.requireNonNull(settings, "settings");
        database.inTransaction("Saving the settings of workshop " + workshopId, connection -> {
            touch(connection, workshopId, database.now());
            writeSettings(connection, workshopId, settings);
            return null;
        });
    }

    @Override
    public void addParticipant(UUID workshopId, Participant participant) {
        Objects.requireNonNull(participant, "participant");
        database.inTransaction("Adding a participant to workshop " + workshopId, connection -> {
            touch(connection, workshopId, database.now());
            insertNew(() -> insertParticipant(connection, workshopId, participant), "participants", participant.id());
            return null;
        });
    }

    /** Deleting a workshop that is not there changes nothing (it may have been deleted already). */
    @Override
    public void delete(UUID workshopId) {
        database.inTransaction("Deleting workshop " + workshopId,
                connection -> update(connection, "DELETE FROM workshop WHERE id = ?", workshopId));
    }

    /**
     * Derived from the answers themselves, no table of its own: one grade per participant and
     * element (the primary key of {@code element_rating}), summed per kind and title over every
     * other workshop with the same template key.
     */
    @Override
    public TemplateRatings templateRatings(String templateKey, UUID exceptWorkshop) {
        Objects.requireNonNull(templateKey, "templateKey");
        return database.inTransaction("Reading the grades of template " + templateKey, connection -> {
            List<TemplateRatings.PastElement> elements = queryList(connection, """
                    SELECT e.kind, e.title, COUNT(*) AS n, SUM(r.score) AS total, SUM(r.score * r.score) AS squares
                    FROM element_rating r
                    JOIN agenda_element e ON e.workshop_id = r.workshop_id AND e.id = r.element_id
                    JOIN workshop w ON w.id = r.workshop_id
                    WHERE w.template_key = ? AND w.id IS DISTINCT FROM ?
                    GROUP BY e.kind, e.title
                    ORDER BY e.kind, e.title
                    """,
                    row -> new TemplateRatings.PastElement(enumValue(row, "kind", ElementKind.class),
                            row.getString("title"),
                            new Statistic(row.getInt("n"), row.getLong("total"), row.getLong("squares"))),
                    templateKey, exceptWorkshop);
            int workshops = queryList(connection, """
                    SELECT COUNT(DISTINCT r.workshop_id) AS workshops
                    FROM element_rating r JOIN workshop w ON w.id = r.workshop_id
                    WHERE w.template_key = ? AND w.id IS DISTINCT FROM ?
                    """,
                    row -> row.getInt("workshops"), templateKey, exceptWorkshop).getFirst();
            return new TemplateRatings(workshops, elements);
        });
    }

    /** Marks the workshop as changed now; refuses a workshop that is not stored. */
    static void touch(Connection connection, UUID workshopId, Instant now) throws SQLException {
        int changed = update(connection, "UPDATE workshop SET updated_at = ? WHERE id = ?", now, workshopId);
        requireChanged(changed, workshopId);
    }

    static DomainException danglingReference(UUID reference) {
        return new DomainException("validation.workshop.danglingReference", reference);
    }

    private static void writeVision(Connection connection, UUID workshopId, VisionCanvas vision) throws SQLException {
        update(connection, "UPDATE workshop SET vision_dots_per_person = ?, vision_max_dots_per_proposal = ? WHERE id = ?",
                vision.dotsPerPerson(), vision.maxDotsPerProposal(), workshopId);
        update(connection, "DELETE FROM vision_choice WHERE workshop_id = ?", workshopId);
        for (VisionField field : VisionField.values()) {
            List<String> texts = vision.texts(field);
            for (int position = 0; position < texts.size(); position++) {
                update(connection, "INSERT INTO vision_choice (workshop_id, field, position, text) VALUES (?, ?, ?, ?)",
                        workshopId, field, position, texts.get(position));
            }
        }
    }

    private static void writeSettings(Connection connection, UUID workshopId, WorkshopSettings settings)
            throws SQLException {
        RealityCheckFigures reality = settings.realityCheck();
        FanClubSettings fanClub = settings.fanClub();
        update(connection, """
                UPDATE workshop
                SET scoring_margin = ?, discuss_threshold = ?,
                    reality_source = ?, reality_total_contacts = ?, reality_customers = ?, reality_automated = ?,
                    fan_club_people = ?, fan_club_days = ?, fan_club_years = ?
                WHERE id = ?
                """,
                settings.scoring().margin(), settings.scoring().disagreementThreshold(),
                reality.source(), reality.totalContactsPerYear(), reality.customers(),
                reality.automatedContactsPerYear(),
                fanClub.people(), fanClub.workingDaysPerYear(), fanClub.years(), workshopId);
    }

    private static WorkshopSettings settings(ResultSet row) throws SQLException {
        return new WorkshopSettings(
                new ScoringSettings(row.getDouble("scoring_margin"), row.getDouble("discuss_threshold")),
                new RealityCheckFigures(enumValue(row, "reality_source", RealityCheckFigures.Source.class),
                        row.getObject("reality_total_contacts", Double.class), row.getObject("reality_customers", Long.class),
                        row.getObject("reality_automated", Double.class)),
                new FanClubSettings(row.getObject("fan_club_people", Integer.class), row.getInt("fan_club_days"),
                        row.getInt("fan_club_years")));
    }

    private static VisionCanvas loadVision(Connection connection, UUID workshopId, int dotsPerPerson)
            throws SQLException {
        List<VisionCanvas.Choice> adopted = queryList(connection,
                "SELECT field, text FROM vision_choice WHERE workshop_id = ? ORDER BY position",
                row -> new VisionCanvas.Choice(enumValue(row, "field", VisionField.class), row.getString("text")),
                workshopId);
        int maxPerProposal = queryList(connection, "SELECT vision_max_dots_per_proposal FROM workshop WHERE id = ?",
                row -> row.getInt("vision_max_dots_per_proposal"), workshopId).getFirst();
        return new VisionCanvas(adopted, dotsPerPerson, maxPerProposal);
    }

    private static Optional<Workshop> load(Connection connection, UUID workshopId) throws SQLException {
        List<WorkshopRow> found = queryList(connection, """
                SELECT title, client_organisation, workshop_date, facilitator, language, status, template_key,
                       current_element_id, created_at, updated_at, vision_dots_per_person,
                       scoring_margin, discuss_threshold,
                       reality_source, reality_total_contacts, reality_customers, reality_automated,
                       fan_club_people, fan_club_days, fan_club_years
                FROM workshop WHERE id = ?
                """,
                row -> new WorkshopRow(
                        new WorkshopDetails(row.getString("title"), row.getString("client_organisation"),
                                row.getObject("workshop_date", LocalDate.class), row.getString("facilitator"),
                                enumValue(row, "language", Language.class)),
                        enumValue(row, "status", WorkshopStatus.class), row.getString("template_key"),
                        uuid(row, "current_element_id"), instant(row, "created_at"), instant(row, "updated_at"),
                        row.getInt("vision_dots_per_person"), settings(row)),
                workshopId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WorkshopRow workshop = found.getFirst();
        List<AgendaElement> agenda = queryList(connection, """
                SELECT id, kind, title, planned_minutes, pinned
                FROM agenda_element WHERE workshop_id = ? ORDER BY position, id
                """,
                row -> new AgendaElement(uuid(row, "id"), enumValue(row, "kind", ElementKind.class),
                        row.getString("title"), row.getInt("planned_minutes"), row.getBoolean("pinned")),
                workshopId);
        List<Touchpoint> touchpoints = queryList(connection, """
                SELECT id, name, contacts_per_year
                FROM touchpoint WHERE workshop_id = ? ORDER BY position, id
                """,
                row -> new Touchpoint(uuid(row, "id"), row.getString("name"),
                        row.getObject("contacts_per_year", Double.class)),
                workshopId);
        List<Participant> participants = queryList(connection, """
                SELECT id, display_name, joined_via, joined_at
                FROM participant WHERE workshop_id = ? ORDER BY join_order
                """,
                row -> new Participant(uuid(row, "id"), row.getString("display_name"),
                        enumValue(row, "joined_via", JoinChannel.class), instant(row, "joined_at")),
                workshopId);
        Answers answers = JdbcAnswerRepository.loadAll(connection, workshopId);
        return Optional.of(new Workshop(workshopId, workshop.details(), workshop.status(), workshop.templateKey(),
                agenda, touchpoints, participants, answers, workshop.currentElementId(), workshop.createdAt(),
                workshop.updatedAt(), loadVision(connection, workshopId, workshop.visionDotsPerPerson()),
                workshop.settings()));
    }

    /** The workshop table's own columns, read before its children. */
    private record WorkshopRow(
            WorkshopDetails details,
            WorkshopStatus status,
            String templateKey,
            UUID currentElementId,
            Instant createdAt,
            Instant updatedAt,
            int visionDotsPerPerson,
            WorkshopSettings settings) {
    }

    private static void insertElement(Connection connection, UUID workshopId, int position, AgendaElement element)
            throws SQLException {
        update(connection, """
                INSERT INTO agenda_element (id, workshop_id, position, kind, title, planned_minutes, pinned)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                element.id(), workshopId, position, element.kind(), element.title(), element.plannedMinutes(),
                element.pinned());
    }

    private static void insertTouchpoint(Connection connection, UUID workshopId, int position, Touchpoint touchpoint)
            throws SQLException {
        update(connection, """
                INSERT INTO touchpoint (id, workshop_id, position, name, contacts_per_year)
                VALUES (?, ?, ?, ?, ?)
                """,
                touchpoint.id(), workshopId, position, touchpoint.name(), touchpoint.contactsPerCustomerPerYear());
    }

    static void insertParticipant(Connection connection, UUID workshopId, Participant participant)
            throws SQLException {
        update(connection, """
                INSERT INTO participant (id, workshop_id, display_name, joined_via, joined_at)
                VALUES (?, ?, ?, ?, ?)
                """,
                participant.id(), workshopId, participant.displayName(), participant.joinedVia(),
                participant.joinedAt());
    }

    private static Set<UUID> storedIds(Connection connection, String table, UUID workshopId) throws SQLException {
        // The table name is one of two constants of this class, never input.
        return new HashSet<>(queryList(connection, "SELECT id FROM " + table + " WHERE workshop_id = ?",
                row -> uuid(row, "id"), workshopId));
    }

    /** Deletes the stored rows that the new list no longer has; their answers go with them (ON DELETE CASCADE). */
    private static <T> void deleteMissing(
            Connection connection, String table, Set<UUID> stored, List<T> wanted, Function<T, UUID> idOf)
            throws SQLException {
        Set<UUID> kept = new HashSet<>();
        wanted.forEach(item -> kept.add(idOf.apply(item)));
        for (UUID id : stored) {
            if (!kept.contains(id)) {
                update(connection, "DELETE FROM " + table + " WHERE id = ?", id);
            }
        }
    }

    /** An INSERT of something new; its id already being taken (by another workshop) is a duplicate, not a crash. */
    private static void insertNew(SqlStatement insert, String what, UUID id) throws SQLException {
        try {
            insert.run();
        } catch (SQLException failure) {
            if (StorageFailures.isDuplicateKey(failure)) {
                throw duplicate(what, id, failure);
            }
            throw failure;
        }
    }

    @FunctionalInterface
    private interface SqlStatement {
        void run() throws SQLException;
    }

    private static <T> void requireDistinctIds(List<T> items, Function<T, UUID> idOf, String what) {
        Objects.requireNonNull(items, what);
        Set<UUID> seen = new HashSet<>();
        for (T item : items) {
            UUID id = idOf.apply(item);
            if (!seen.add(id)) {
                throw new DomainException("validation.workshop.duplicateId", what, id);
            }
        }
    }

    private static void requireChanged(int changedRows, UUID workshopId) {
        if (changedRows == 0) {
            throw danglingReference(workshopId);
        }
    }

    private static DomainException duplicate(String what, UUID id, SQLException cause) {
        DomainException refused = new DomainException("validation.workshop.duplicateId", what, id);
        refused.initCause(cause);
        return refused;
    }
}
