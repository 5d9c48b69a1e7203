package nl.royaal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.live.ParticipantTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PRODUCT.md §7: "every answer a participant sees confirmed is durably stored before the
 * confirmation". A child JVM runs the real phone server; phones burst answers at it over HTTP and
 * write down every "received"; the child is killed with SIGKILL mid-burst; every answer that was
 * confirmed must be in the reopened database.
 */
class PhoneDurabilityTest {

    private static final int PHONES = 80;
    private static final int CONFIRMATIONS_BEFORE_THE_KILL = 200;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One confirmed answer, as the phone saw it. */
    private record Confirmed(String token, UUID touchpointId, ScoreDimension dimension, int grade) {
    }

    @TempDir
    Path temp;

    private Process server;

    @AfterEach
    void killTheServerIfATestLeftItRunning() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyConfirmedAnswerSurvivesKillingTheServerMidBurst() throws Exception {
        Path data = temp.resolve("data");
        String java = ProcessHandle.current().info().command().orElseThrow();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PhoneServerProcess.class.getName(), data.toString())
                .redirectError(temp.resolve("server-stderr.txt").toFile())
                .start();
        String[] ready = awaitReady(server);
        String base = "http://127.0.0.1:" + ready[0];
        UUID workshopId = UUID.fromString(ready[1]);
        String elementId = ready[2];
        String code = ready[3];
        List<UUID> touchpoints = List.of(ready[4].split(",")).stream().map(UUID::fromString).toList();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            HttpResponse<String> joined = http.send(post(base, "/api/join", null, "{\"code\":\"" + code + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, joined.statusCode(), joined.body());
            String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow();
            tokens.add(cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')));
        }

        Queue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
        AtomicInteger count = new AtomicInteger();
        ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor();
        for (int p = 0; p < PHONES; p++) {
            String token = tokens.get(p);
            int phone = p;
            phones.execute(() -> {
                for (int t = 0; t < touchpoints.size(); t++) {
                    for (ScoreDimension dimension : ScoreDimension.values()) {
                        int grade = (phone + 3 * t + dimension.ordinal()) % 10 + 1;
                        String body = "{\"elementId\":\"" + elementId + "\",\"touchpointId\":\"" + touchpoints.get(t)
                                + "\",\"dimension\":\"" + dimension + "\",\"score\":" + grade + "}";
                        try {
                            HttpResponse<String> answer = http.send(post(base, "/api/answers/score", token, body),
                                    HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 200) {
                                return;
                            }
                            confirmed.add(new Confirmed(token, touchpoints.get(t), dimension, grade));
                            count.incrementAndGet();
                        } catch (IOException | InterruptedException killed) {
                            return; // the server is gone: this answer was never confirmed
                        }
                    }
                }
            });
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count.get() < CONFIRMATIONS_BEFORE_THE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(count.get() >= CONFIRMATIONS_BEFORE_THE_KILL, "the burst stalled at " + count.get());
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close, requests cut off mid-flight
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));
        phones.shutdown();
        assertTrue(phones.awaitTermination(20, TimeUnit.SECONDS));
        int total = PHONES * touchpoints.size() * 2;
        assertTrue(confirmed.size() < total, "the kill came mid-burst, not after it: " + confirmed.size());

        try (Database reopened = Database.open(data)) {
            Map<String, TouchpointScore> stored = reopened.workshops().find(workshopId).orElseThrow().answers()
                    .scores().stream().collect(Collectors.toMap(
                            s -> s.participantId() + "/" + s.touchpointId() + "/" + s.dimension(), Function.identity()));
            for (Confirmed answer : confirmed) {
                Optional<UUID> participant = reopened.phones()
                        .participantByToken(workshopId, ParticipantTokens.hash(answer.token()));
                assertTrue(participant.isPresent(), "a participant who got answers confirmed was lost");
                TouchpointScore score = stored.get(participant.get() + "/" + answer.touchpointId() + "/"
                        + answer.dimension());
                if (score == null) {
                    fail("confirmed answer lost: " + answer + " (" + confirmed.size() + " confirmed, " + stored.size()
                            + " stored)");
                }
                assertEquals(answer.grade(), score.score().value());
            }
            assertTrue(stored.size() >= confirmed.size());
        }
    }

    private static HttpRequest post(String base, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Origin", base).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Cookie", PhoneServer.COOKIE + "=" + token);
        }
        return request.build();
    }

    private String[] awaitReady(Process process) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.readLine();
            if (line == null) {
                fail("the server process ended before it was ready:\n"
                        + Files.readString(temp.resolve("server-stderr.txt")));
            }
            if (line.startsWith(PhoneServerProcess.READY)) {
                return line.substring(PhoneServerProcess.READY.length()).split(" ");
            }
        }
        fail("the server process was not ready in time");
        return new String[0];
    }
}
