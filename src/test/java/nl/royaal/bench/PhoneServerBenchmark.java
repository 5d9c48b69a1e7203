package nl.royaal.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.testing.phones.FakeLiveState;
import nl.royaal.web.PhoneServer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Simulates a room of phones answering a scoring round on loopback (bench/PHONES.md). Not a test:
 * run it by hand. Every phone is a virtual thread that joins, then sends its answers one after the
 * other, each waiting for its "ontvangen" (a 200 after the commit). The same run measures a bare
 * endpoint on an identically configured Javalin that does no work, so the ratio says what the
 * checks and the database cost.
 *
 * <p>Arguments: {@code [phones] [answersPerPhone] [thinkMillis]}, default 1000 × 10 × 0: every phone
 * answers as fast as it can (saturation). With a think time each phone waits a random 0 to twice
 * that before each answer, like people moving sliders. Traffic goes to 127.0.0.1
 * only; every loop is bounded in count, every request in time.
 */
public final class PhoneServerBenchmark {

    private static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Latencies of one measured run, in nanoseconds, and how long it took. */
    private record Run(String name, long[] latencies, long wallNanos, int failures) {

        double perSecond() {
            return latencies.length / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    private PhoneServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int answersPerPhone = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int thinkMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (phones < 1 || phones > 5000 || answersPerPhone < 1 || answersPerPhone > 100 || thinkMillis < 0
                || thinkMillis > 10_000) {
            throw new IllegalArgumentException("phones 1..5000, answers per phone 1..100, think time 0..10000 ms");
        }
        int touchpoints = (answersPerPhone + 1) / 2;
        Path directory = Files.createTempDirectory("royaal-phone-bench");
        System.out.printf(Locale.ROOT, "Royaal phone server benchmark: %d phones x %d answers on 127.0.0.1, %s, "
                + "%d cores, %s%n", phones, answersPerPhone, thinkMillis == 0 ? "all at once (saturation)"
                : "each phone thinking 0-" + 2 * thinkMillis + " ms before an answer",
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        Workshop workshop = workshop(touchpoints);
        ExecutorService clientThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bench-client-", 0).factory());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(clientThreads).build();
        try (Database database = Database.open(directory)) {
            database.workshops().insert(workshop);
            FakeLiveState live = new FakeLiveState(workshop).at(ElementKind.SCORING, RoundStatus.OPEN);
            try (ParticipantService service = new ParticipantService(database.phones(), database.answers(), live,
                    Clock.systemUTC())) {
                service.setParticipantCap(workshop.id(), ParticipantService.MAX_PARTICIPANT_CAP);
                // All simulated phones share 127.0.0.1: the per-address limit (for joining) is opened up;
                // the per-participant limit stays as it is in a room.
                PhoneServer server = new PhoneServer(service, live, PhoneServer.Options.defaults()
                        .withAnonymous(new PhoneServer.RateLimit(100_000, 100_000)));
                int port = server.start(List.of(LOOPBACK), 0);
                Javalin bare = bareServer();
                try {
                    String base = "http://127.0.0.1:" + port;
                    String bareBase = "http://127.0.0.1:" + bare.port();
                    String code = service.joinSettings(workshop.id()).joinCode();
                    List<String> tokens = joinAll(http, base, code, phones);
                    UUID element = live.elementId();
                    List<UUID> touchpointIds = workshop.touchpoints().stream().map(Touchpoint::id).toList();

                    // Warm-up of both servers (JIT, connection pools), not measured.
                    run("warm-up bare", http, Math.min(phones, 200), 3, 0, (p, i) -> bareRequest(bareBase));
                    run("warm-up phones", http, Math.min(phones, 200), 3, 0,
                            (p, i) -> answer(base, tokens.get(p), element, touchpointIds, i, p));

                    Run bareRun = run("bare endpoint", http, phones, answersPerPhone, thinkMillis,
                            (p, i) -> bareRequest(bareBase));
                    Run answers = run("phone answers", http, phones, answersPerPhone, thinkMillis,
                            (p, i) -> answer(base, tokens.get(p), element, touchpointIds, i, p + 1));

                    long stored = database.workshops().find(workshop.id()).orElseThrow().answers().scores().size();
                    report(bareRun, answers, stored, (long) phones * answersPerPhone);
                } finally {
                    server.stop();
                    bare.stop();
                }
            }
        } finally {
            clientThreads.shutdown();
            deleteQuietly(directory);
        }
    }

    @FunctionalInterface
    private interface RequestFor {
        HttpRequest make(int phone, int answer);
    }

    /** Every phone a virtual thread sending its requests one after the other; bounded by count and timeout. */
    private static Run run(String name, HttpClient http, int phones, int perPhone, int thinkMillis,
            RequestFor requests) throws InterruptedException {
        long[][] latencies = new long[phones][perPhone];
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService phoneThreads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("bench-phone-", 0).factory())) {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < phones; p++) {
                int phone = p;
                done.add(phoneThreads.submit(() -> {
                    for (int i = 0; i < perPhone; i++) {
                        if (thinkMillis > 0) {
                            try {
                                Thread.sleep(ThreadLocalRandom.current().nextLong(2L * thinkMillis + 1));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(requests.make(phone, i),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[phone][i] = System.nanoTime() - sent;
                    }
                }));
            }
            for (Future<?> future : done) {
                try {
                    future.get(5, TimeUnit.MINUTES);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
            long wall = System.nanoTime() - start;
            long[] flat = Stream.of(latencies).flatMapToLong(Arrays::stream).toArray();
            System.out.printf(Locale.ROOT, "  %-15s %6d requests in %6.2f s%s%n", name, flat.length, wall / 1e9,
                    failures.get() > 0 ? ", " + failures.get() + " FAILED" : "");
            return new Run(name, flat, wall, failures.get());
        }
    }

    private static void report(Run bare, Run answers, long stored, long expected) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %12s %10s %10s %10s%n", "", "requests/s", "p50 ms", "p99 ms", "max ms");
        for (Run run : List.of(answers, bare)) {
            System.out.printf(Locale.ROOT, "%-16s %12.0f %10.1f %10.1f %10.1f%n", run.name(), run.perSecond(),
                    run.percentileMillis(50), run.percentileMillis(99), run.percentileMillis(100));
        }
        double ratio = answers.perSecond() / bare.perSecond();
        System.out.printf(Locale.ROOT, "%nthroughput ratio answers/bare: %.2f (target >= 0.33)%n", ratio);
        System.out.printf(Locale.ROOT, "p99 answer latency: %.1f ms (target < 100 ms)%n", answers.percentileMillis(99));
        System.out.printf(Locale.ROOT, "answers confirmed: %d of %d, failures: %d; score rows stored: %d%n",
                answers.latencies().length - answers.failures(), expected, answers.failures(), stored);
    }

    private static List<String> joinAll(HttpClient http, String base, String code, int phones) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (ExecutorService joiners = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory())) {
            List<Future<String>> joined = new ArrayList<>();
            for (int p = 0; p < phones; p++) {
                joined.add(joiners.submit(() -> {
                    HttpResponse<String> response = http.send(post(base + "/api/join", null,
                            "{\"code\":\"" + code + "\"}", base), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("join failed: " + response.statusCode() + " " + response.body());
                    }
                    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
                    return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
                }));
            }
            for (Future<String> token : joined) {
                tokens.add(token.get(2, TimeUnit.MINUTES));
            }
        }
        return tokens;
    }

    private static HttpRequest answer(String base, String token, UUID element, List<UUID> touchpoints, int i,
            int salt) {
        UUID touchpoint = touchpoints.get((i / 2) % touchpoints.size());
        ScoreDimension dimension = i % 2 == 0 ? ScoreDimension.EXPECTATION : ScoreDimension.EXPERIENCE;
        int grade = (i + salt) % 10 + 1;
        return post(base + "/api/answers/score", token, "{\"elementId\":\"" + element + "\",\"touchpointId\":\""
                + touchpoint + "\",\"dimension\":\"" + dimension + "\",\"score\":" + grade + "}", base);
    }

    private static HttpRequest bareRequest(String bareBase) {
        return post(bareBase + "/noop", "A".repeat(43), "{\"elementId\":\"" + UUID.randomUUID()
                + "\",\"touchpointId\":\"" + UUID.randomUUID() + "\",\"dimension\":\"EXPECTATION\",\"score\":7}",
                bareBase);
    }

    private static HttpRequest post(String url, String token, String body, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Origin", origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Cookie", "royaal_participant=" + token);
        }
        return request.build();
    }

    /** Javalin configured like the phone server (Jetty, virtual threads), with one endpoint that does nothing. */
    private static Javalin bareServer() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory()));
            config.jetty.threadPool = threads;
            config.jetty.addConnector((server, httpConfig) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                connector.setAcceptQueueSize(1024); // as the phone server's
                return connector;
            });
            config.routes.post("/noop", ctx -> ctx.contentType("application/json").result("{\"received\":true}"));
        }).start();
    }

    private static Workshop workshop(int touchpoints) {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(UUID.randomUUID(), ElementKind.WELCOME, "Welkom", 10, true),
                new AgendaElement(UUID.randomUUID(), ElementKind.SCORING, "Verwachting en beleving", 30, false));
        List<Touchpoint> journey = new ArrayList<>();
        for (int t = 0; t < touchpoints; t++) {
            journey.add(new Touchpoint(UUID.randomUUID(), "Contactmoment " + (t + 1), null));
        }
        Instant now = Instant.now();
        return new Workshop(UUID.randomUUID(), new WorkshopDetails("Benchmark", "", LocalDate.now(), "", Language.NL),
                WorkshopStatus.LIVE, "bench", agenda, journey, List.of(), Answers.NONE, null, now, now);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}
