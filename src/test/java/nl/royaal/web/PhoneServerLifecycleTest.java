package nl.royaal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting on the preferred port or another, stopping for real, and not listening once stopped. */
class PhoneServerLifecycleTest {

    @TempDir
    Path temp;

    @Test
    void aTakenPreferredPortFallsBackToAFreeOneAndStoppingReleasesEverything() throws IOException {
        try (PhoneServerFixture phones = PhoneServerFixture.start(temp.resolve("data"));
                ServerSocket taken = new ServerSocket(0, 1, PhoneServerFixture.LOOPBACK)) {
            phones.server.stop();
            assertEquals(0, phones.live.listenerCount(), "a stopped server no longer follows the facilitator");

            int port = phones.server.start(List.of(PhoneServerFixture.LOOPBACK), taken.getLocalPort());

            assertNotEquals(taken.getLocalPort(), port);
            assertEquals(List.of("http://127.0.0.1:" + port + "/"), phones.server.urls());
            assertEquals(1, phones.live.listenerCount());
            assertThrows(IllegalStateException.class,
                    () -> phones.server.start(List.of(PhoneServerFixture.LOOPBACK), 0));

            phones.server.stop();

            assertFalse(phones.server.isRunning());
            assertEquals(-1, phones.server.port());
            assertTrue(phones.server.urls().isEmpty());
            assertThrows(IOException.class, () -> new Socket(PhoneServerFixture.LOOPBACK, port).close(),
                    "nothing listens once stopped");
            phones.server.stop(); // twice is fine
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
