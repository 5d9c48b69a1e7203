package nl.royaal.web;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The phones listening on {@code GET /api/events}. A change of the live state sends every phone
 * {@code event: changed} with a version number; the phone then fetches its view. A comment every
 * {@code heartbeat} keeps connections (and Wi-Fi power saving) honest and finds dead ones.
 *
 * <p>Each phone gets its own virtual thread per send, so one phone with a full buffer delays
 * nobody else.
 */
final class SseHub implements AutoCloseable {

    private record Listener(UUID participantId, long openedAt) {
    }

    private final Map<SseClient, Listener> clients = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong opened = new AtomicLong();
    private final int maxPerParticipant;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService heartbeat;

    SseHub(Duration heartbeatInterval, int maxPerParticipant) {
        this.maxPerParticipant = maxPerParticipant;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("royaal-phone-heartbeat").factory());
        long millis = heartbeatInterval.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A phone starts listening; the oldest of its streams is closed when it has too many (tabs). */
    void add(SseClient client, UUID participantId) {
        client.onClose(() -> clients.remove(client));
        clients.put(client, new Listener(participantId, opened.incrementAndGet()));
        long open = clients.values().stream().filter(l -> l.participantId().equals(participantId)).count();
        if (open > maxPerParticipant) {
            clients.entrySet().stream()
                    .filter(e -> e.getValue().participantId().equals(participantId))
                    .min(Comparator.comparingLong(e -> e.getValue().openedAt()))
                    .ifPresent(oldest -> oldest.getKey().close());
        }
        send(client, version.get());
    }

    /** The live state changed: every phone fetches its view again. */
    void changed() {
        long now = version.incrementAndGet();
        for (SseClient client : clients.keySet()) {
            senders.execute(() -> send(client, now));
        }
    }

    /** Ends the streams of a removed participant; their phone reconnects, is refused and shows the join form. */
    void closeFor(UUID participantId) {
        clients.forEach((client, listener) -> {
            if (listener.participantId().equals(participantId)) {
                client.close();
            }
        });
    }

    int size() {
        return clients.size();
    }

    private static void send(SseClient client, long version) {
        client.sendEvent("changed", Long.toString(version));
    }

    private void beat() {
        for (SseClient client : clients.keySet()) {
            senders.execute(() -> client.sendComment("ping"));
        }
    }

    /** Ends every stream (the server stops); phones keep trying to reconnect by themselves. */
    @Override
    public void close() {
        heartbeat.shutdownNow(); // only ever sends comments: nothing there touches the database
        clients.keySet().forEach(SseClient::close);
        clients.clear();
        senders.shutdown();
    }
}
