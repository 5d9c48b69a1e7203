package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.royaal.domain.Participant;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What PRODUCT.md promises about data: an answer confirmed to a participant survives the app
 * being killed. Runs {@link AnswerWritingProcess} as a real second JVM and kills it with
 * SIGKILL (no shutdown hooks, no H2 close) while it is writing.
 */
class DurabilityTest {

    private static final int CONFIRMATIONS_BEFORE_THE_KILL = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String END_OF_OUTPUT = "\u0000end";

    @TempDir
    Path temp;

    private Process writer;
    private final BlockingQueue<String> writerOutput = new LinkedBlockingQueue<>();
    private Thread outputReader;

    @AfterEach
    void killTheWriterIfATestLeftItRunning() throws InterruptedException {
        if (writer != null && writer.isAlive()) {
            writer.destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyConfirmedAnswerSurvivesKillingTheProcessWhileItWrites() throws Exception {
        Path dataDirectory = temp.resolve("data");
        startWriter(dataDirectory);
        UUID workshopId = UUID.fromString(awaitLineStartingWith(AnswerWritingProcess.READY)
                .substring(AnswerWritingProcess.READY.length()));
        long confirmed = 0;
        while (confirmed < CONFIRMATIONS_BEFORE_THE_KILL) {
            confirmed = confirmationNumber(awaitLineStartingWith(AnswerWritingProcess.CONFIRMED));
        }

        writer.destroyForcibly(); // SIGKILL on Linux and macOS: the writer gets no chance to flush or close
        assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
        // Confirmations printed between our last read and the kill count too.
        confirmed = Math.max(confirmed, lastConfirmationBeforeTheEnd());

        try (Database reopened = Database.open(dataDirectory)) {
            Workshop survivor = reopened.workshops().find(workshopId)
                    .orElseThrow(() -> new AssertionError("even the workshop, stored before any answer, was lost"));
            Map<UUID, Integer> stored = new HashMap<>();
            for (TouchpointScore score : survivor.answers().scores()) {
                stored.put(score.participantId(), score.score().value());
            }
            long participants = survivor.participants().stream().map(Participant::id).count();
            assertTrue(participants >= confirmed, participants + " participants stored, " + confirmed + " confirmed");
            for (long n = 1; n <= confirmed; n++) {
                assertEquals(AnswerWritingProcess.grade(n), stored.get(AnswerWritingProcess.participantId(n)),
                        "confirmed answer " + n + " of " + confirmed + " was lost");
            }
        }
    }

    @Test
    void aDatabaseHeldByAnotherRunningProcessIsRefusedAsLocked() throws Exception {
        Path dataDirectory = temp.resolve("data");
        startWriter(dataDirectory);
        awaitLineStartingWith(AnswerWritingProcess.READY);

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(dataDirectory));

        assertEquals(StorageException.Reason.LOCKED, refused.reason());
    }

    private void startWriter(Path dataDirectory) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AnswerWritingProcess.class.getName(), dataDirectory.toString())
                .redirectError(temp.resolve("writer-stderr.txt").toFile())
                .start();
        outputReader = Thread.ofPlatform().daemon().name("writer-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    writerOutput.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writerOutput.add(END_OF_OUTPUT);
            }
        });
    }

    private String awaitLineStartingWith(String prefix) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String line = writerOutput.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END_OF_OUTPUT)) {
                fail("the writer stopped or stalled before printing '" + prefix + "'; its errors:\n"
                        + Files.readString(temp.resolve("writer-stderr.txt")));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    private long lastConfirmationBeforeTheEnd() throws InterruptedException {
        outputReader.join(PATIENCE);
        long last = 0;
        for (String line : writerOutput) {
            if (line.startsWith(AnswerWritingProcess.CONFIRMED)) {
                last = Math.max(last, confirmationNumber(line));
            }
        }
        return last;
    }

    private static long confirmationNumber(String line) {
        return Long.parseLong(line.substring(AnswerWritingProcess.CONFIRMED.length()).strip());
    }
}
