package nl.royaal.persistence.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import nl.royaal.persistence.AnswerRepository;
import nl.royaal.persistence.AppStateRepository;
import nl.royaal.persistence.LiveStateRepository;
import nl.royaal.persistence.PhoneAccessRepository;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.StorageException.Reason;
import nl.royaal.persistence.WorkshopRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Royaal's embedded H2 database: one file, {@code royaal.mv.db}, in the user's data directory.
 *
 * <p>All work goes through one connection guarded by a lock. Web threads saving answers and the
 * FX thread reading a workshop therefore take turns; each turn is one short transaction on an
 * embedded database, and taking turns means a read never sees half of a concurrent write (a
 * score whose participant it has not loaded yet).
 *
 * <p>Callers must never interrupt a thread that is inside a repository call (no
 * {@code Future.cancel(true)}, no {@code shutdownNow()}): H2 documents that an interrupt during file
 * I/O can close or damage the database file.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    static final String FILE_NAME = "royaal";
    static final String MIGRATIONS = "classpath:nl/royaal/persistence/migration";
    private static final String USER = "sa";
    private static final String PASSWORD = "";

    /**
     * Directories open in this JVM. H2 lets a second connection in the same JVM share an open
     * file without complaint, so only another process would see "already in use"; this set
     * gives a second {@code open} in the same process the same LOCKED answer.
     */
    private static final Set<Path> OPEN_DIRECTORIES = ConcurrentHashMap.newKeySet();

    /** One piece of work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path directory;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private final JdbcWorkshopRepository workshops;
    private final JdbcAnswerRepository answers;
    private final JdbcAppStateRepository appState;
    private final JdbcLiveStateRepository liveState;
    private final JdbcPhoneAccessRepository phones;

    private Database(Path directory, Connection connection, Clock clock) {
        this.directory = directory;
        this.connection = connection;
        this.clock = clock;
        this.workshops = new JdbcWorkshopRepository(this);
        this.answers = new JdbcAnswerRepository(this);
        this.appState = new JdbcAppStateRepository(this);
        this.liveState = new JdbcLiveStateRepository(this);
        this.phones = new JdbcPhoneAccessRepository(this);
    }

    /**
     * Opens (or creates) the database in {@code dataDirectory} and brings its schema up to date.
     *
     * @throws StorageException LOCKED when another Royaal has it open, UNREADABLE when the file is
     *                          damaged or was written by a newer Royaal (then it is left as it was),
     *                          DISK_FULL or OTHER
     */
    public static Database open(Path dataDirectory) {
        return open(dataDirectory, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps {@code updated_at} (tests pin it). */
    static Database open(Path dataDirectory, Clock clock) {
        Path directory = createDirectory(dataDirectory);
        if (!OPEN_DIRECTORIES.add(directory)) {
            throw new StorageException(Reason.LOCKED, "The database in " + directory + " is already open", null);
        }
        Connection connection = null;
        try {
            String url = jdbcUrl(directory);
            // Flyway works on its own connections and H2 closes the file when the last one closes;
            // only then is the connection for the repositories opened. The reopen matters: H2 2.4.240
            // ties a CHECK (x IN (...)) constraint to the session that created it and fails every later
            // check once that session is closed (h2database issues #4292/#4302, fixed after 2.4.240).
            // Constraints loaded from the file at open belong to the database itself.
            migrate(directory, url);
            connection = DriverManager.getConnection(url, USER, PASSWORD);
            connection.setAutoCommit(false);
            LOG.log(System.Logger.Level.INFO, "Opened database in {0}", directory);
            return new Database(directory, connection, clock);
        } catch (SQLException | RuntimeException failure) {
            closeQuietly(connection, failure);
            OPEN_DIRECTORIES.remove(directory);
            throw StorageFailures.translate("Opening the database in " + directory, failure);
        }
    }

    /**
     * The JDBC URL of the database in {@code directory}.
     *
     * <p>{@code WRITE_DELAY=0}: H2 otherwise keeps committed changes in memory for up to 500 ms,
     * and a killed process loses answers that participants already saw confirmed. Everything
     * else stays at H2's defaults on purpose: no AUTO_SERVER, no TCP server, no web console, and
     * the default file lock, which makes a second process fail with "already in use".
     */
    static String jdbcUrl(Path directory) {
        String file = directory.resolve(FILE_NAME).toString();
        if (file.indexOf(';') >= 0) {
            // H2 reads everything after a ';' as a setting; refuse rather than open something else.
            throw new StorageException(Reason.OTHER, "The data directory may not contain ';': " + directory, null);
        }
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
    }

    public WorkshopRepository workshops() {
        return workshops;
    }

    public AnswerRepository answers() {
        return answers;
    }

    public AppStateRepository appState() {
        return appState;
    }

    public LiveStateRepository liveState() {
        return liveState;
    }

    /** Join codes and participant tokens of the phone server (schema V3). */
    public PhoneAccessRepository phones() {
        return phones;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Runs {@code work} as one transaction: committed before this returns, rolled back when it
     * throws. SQL failures come out as {@link StorageException}; anything else (a
     * {@code DomainException} from a repository's own check) passes through unchanged.
     */
    <T> T inTransaction(String action, Work<T> work) {
        lock.lock();
        // A pending interrupt makes the next FileChannel operation close the channel under H2.
        // Park it for the length of the transaction and hand it back afterwards.
        boolean interrupted = Thread.interrupted();
        try {
            if (closed) {
                throw new IllegalStateException("The database in " + directory + " is closed");
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException failure) {
                rollback(failure);
                throw StorageFailures.translate(action, failure);
            } catch (RuntimeException | Error failure) {
                rollback(failure);
                throw failure;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            lock.unlock();
        }
    }

    /** The moment a write happens, for {@code updated_at}. */
    Instant now() {
        return clock.instant();
    }

    /** Closes the database file; later repository calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            // Closing the last connection closes the H2 database and writes its final state.
            connection.close();
            LOG.log(System.Logger.Level.INFO, "Closed database in {0}", directory);
        } catch (SQLException failure) {
            throw StorageFailures.translate("Closing the database in " + directory, failure);
        } finally {
            OPEN_DIRECTORIES.remove(directory);
            lock.unlock();
        }
    }

    private static Path createDirectory(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory.toAbsolutePath()).toRealPath();
        } catch (IOException failure) {
            throw StorageFailures.translate("Creating the data directory " + dataDirectory, failure);
        }
    }

    /**
     * Applies this version's migrations. A database that already holds migrations this version
     * does not know was written by a newer Royaal: it is refused instead of being used with a
     * schema this code does not understand.
     */
    private static void migrate(Path directory, String url) {
        if (Files.exists(directory.resolve(FILE_NAME + ".mv.db"))) {
            // Looked at read-only first, so that a file we refuse stays byte for byte as it was:
            // H2 compacts (rewrites) a file when it closes it after opening it for writing.
            refuseNewerSchema(flyway(url + ";ACCESS_MODE_DATA=r").info());
        }
        flyway(url).migrate();
    }

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                // Flyway's default skips unknown newer migrations with a warning; validation must fail instead.
                .ignoreMigrationPatterns(new String[0])
                .cleanDisabled(true)
                .load();
    }

    private static void refuseNewerSchema(MigrationInfoService info) {
        for (MigrationInfo applied : info.applied()) {
            MigrationState state = applied.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                throw new StorageException(Reason.UNREADABLE,
                        "The database was written by a newer Royaal (schema version " + applied.getVersion()
                                + " is unknown to this version)",
                        null);
            }
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
            LOG.log(System.Logger.Level.WARNING, "Rolling back failed", rollbackFailure);
        }
    }

    private static void closeQuietly(Connection connection, Throwable failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
