package nl.royaal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Language;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.VisionField;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.StorageException;
import nl.royaal.service.live.Joined;
import nl.royaal.service.live.LiveRefusal;
import nl.royaal.service.live.LiveStateSource;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.service.live.PhoneSession;
import nl.royaal.service.live.Receipt;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import tools.jackson.databind.JsonNode;

/**
 * The small web server participants' phones talk to while a workshop is live (docs/phones.md).
 * Javalin on Jetty, on the laptop's LAN addresses; it serves one page of three files and a JSON
 * API, and refuses everything (410) when no workshop is live.
 *
 * <p>Every request passes one guard: security headers; a Host that is an IP address or
 * {@code localhost} (no DNS rebinding); a live workshop; a token bucket per participant (or per IP
 * address before joining, so guessing codes is slow); and for every POST a same-origin
 * {@code Origin}, a JSON content type and a body of at most {@link Options#maxBodyBytes()}. The API
 * needs the participant cookie (HttpOnly, SameSite=Strict) it handed out at join, except the join
 * itself (which needs the code) and the page's texts. Errors are JSON
 * {@code {"error": key, "message": sentence}} in the workshop's language, never a stack trace.
 *
 * <p><b>Threading.</b> {@link #start} and {@link #stop} may be called from any thread (not the FX
 * thread: start binds sockets, stop waits for requests to finish); requests run on virtual threads
 * and wait for the participant service, whose own storage thread does all database work.
 */
public final class PhoneServer implements AutoCloseable {

    public static final int PREFERRED_PORT = 8080;
    static final String COOKIE = "royaal_participant";

    private static final System.Logger LOG = System.getLogger(PhoneServer.class.getName());
    /** Jetty and Javalin report every start and stop at INFO; the console log only needs their warnings. */
    private static final List<java.util.logging.Logger> QUIETER = List.of(
            java.util.logging.Logger.getLogger("org.eclipse.jetty"), java.util.logging.Logger.getLogger("io.javalin"));

    static {
        QUIETER.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }
    private static final String SESSION = "royaal.session";
    private static final String BODY = "royaal.body";
    private static final Set<String> OPEN_PATHS = Set.of("/", "/app.js", "/app.css", "/favicon.ico", "/api/texts",
            "/api/join");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** How many requests a client may make: {@code burst} at once, then {@code perSecond}. */
    public record RateLimit(int burst, double perSecond) {
        RateLimiter.Limit limit() {
            return new RateLimiter.Limit(burst, perSecond);
        }
    }

    /**
     * The server's limits. {@link #defaults()} suits a room; tests and the benchmark change them.
     *
     * @param anonymous       per IP address, for requests without a valid participant cookie
     *                        (the page, joining, wrong tokens)
     * @param perParticipant  per participant, for everything they do once joined
     * @param maxBodyBytes    a larger POST body gets 413 (a 500-character text fits many times over)
     * @param cookieMaxAge    how long a phone keeps its participant cookie
     * @param heartbeat       how often a quiet event stream gets a comment
     * @param streamsPerParticipant event streams one participant may hold open (tabs); the oldest closes
     */
    public record Options(RateLimit anonymous, RateLimit perParticipant, int maxBodyBytes, Duration cookieMaxAge,
            Duration heartbeat, int streamsPerParticipant, Duration idleTimeout) {

        public Options {
            Objects.requireNonNull(anonymous, "anonymous");
            Objects.requireNonNull(perParticipant, "perParticipant");
            if (maxBodyBytes < 256) {
                throw new IllegalArgumentException("maxBodyBytes must leave room for an answer");
            }
        }

        public static Options defaults() {
            return new Options(new RateLimit(40, 2), new RateLimit(30, 5), 8 * 1024, Duration.ofHours(12),
                    Duration.ofSeconds(15), 3, Duration.ofSeconds(60));
        }

        public Options withAnonymous(RateLimit limit) {
            return new Options(limit, perParticipant, maxBodyBytes, cookieMaxAge, heartbeat, streamsPerParticipant,
                    idleTimeout);
        }

        public Options withPerParticipant(RateLimit limit) {
            return new Options(anonymous, limit, maxBodyBytes, cookieMaxAge, heartbeat, streamsPerParticipant,
                    idleTimeout);
        }

        public Options withHeartbeat(Duration interval) {
            return new Options(anonymous, perParticipant, maxBodyBytes, cookieMaxAge, interval, streamsPerParticipant,
                    idleTimeout);
        }
    }

    private record ErrorBody(String error, String message) {
    }

    private record JoinBody(boolean joined, boolean rejoined) {
    }

    private record TextsBody(String language, Map<String, String> texts) {
    }

    private record ReceiptBody(boolean received, String receivedAt, String text, Integer dotsUsed,
            Integer dotsOnProposal) {
        static ReceiptBody of(Receipt receipt) {
            return new ReceiptBody(true, receipt.receivedAt().toString(), receipt.text(), receipt.dotsUsed(),
                    receipt.dotsOnProposal());
        }
    }

    private final ParticipantService participants;
    private final LiveStateSource live;
    private final Options options;
    private final StaticAssets assets = StaticAssets.load();
    private final PhoneTexts texts = new PhoneTexts();
    private final Map<Language, I18n> i18n = new EnumMap<>(Language.class);
    private final Runnable onLiveChange = this::liveChanged;
    private final Consumer<UUID> onRemoval = this::participantRemoved;
    private final RateLimiter anonymousLimiter;
    private final RateLimiter participantLimiter;

    private volatile Javalin app;
    private volatile SseHub hub;
    private volatile int port = -1;
    private volatile List<InetAddress> bound = List.of();

    public PhoneServer(ParticipantService participants, LiveStateSource live) {
        this(participants, live, Options.defaults());
    }

    public PhoneServer(ParticipantService participants, LiveStateSource live, Options options) {
        this.participants = Objects.requireNonNull(participants, "participants");
        this.live = Objects.requireNonNull(live, "live");
        this.options = Objects.requireNonNull(options, "options");
        for (Language language : Language.values()) {
            i18n.put(language, I18n.of(language));
        }
        this.anonymousLimiter = new RateLimiter(options.anonymous().limit(), System::nanoTime);
        this.participantLimiter = new RateLimiter(options.perParticipant().limit(), System::nanoTime);
    }

    /**
     * Starts serving on {@code addresses} (e.g. {@link NetworkAddresses.Scan#bindAddresses()}), all
     * on one port: {@code preferredPort} when it is free, else a free one. {@code 0} takes any free port.
     *
     * @return the port
     * @throws IllegalStateException when already running
     * @throws UncheckedIOException when no port could be bound
     */
    public synchronized int start(List<InetAddress> addresses, int preferredPort) {
        if (app != null) {
            throw new IllegalStateException("The phone server is already running on port " + port);
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("The phone server needs an address to serve on");
        }
        List<InetAddress> serveOn = List.copyOf(addresses);
        JavalinBindException lastFailure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int candidate = attempt == 0 && preferredPort > 0 ? preferredPort : freePort(serveOn.getFirst());
            SseHub newHub = new SseHub(options.heartbeat(), options.streamsPerParticipant());
            Javalin candidateApp = create(serveOn, candidate, newHub);
            try {
                hub = newHub;
                candidateApp.start();
                app = candidateApp;
                port = ((ServerConnector) candidateApp.jettyServer().server().getConnectors()[0]).getLocalPort();
                bound = serveOn;
                live.addListener(onLiveChange);
                participants.addRemovalListener(onRemoval);
                LOG.log(System.Logger.Level.INFO, "Phone server serving on {0}", urls());
                return port;
            } catch (JavalinBindException taken) {
                lastFailure = taken;
                newHub.close();
                hub = null;
                stopQuietly(candidateApp);
            }
        }
        throw new UncheckedIOException(new IOException("No free port for the phone server", lastFailure));
    }

    /** Stops serving: open event streams end, requests under way finish. Stopping a stopped server does nothing. */
    public synchronized void stop() {
        Javalin running = app;
        if (running == null) {
            return;
        }
        live.removeListener(onLiveChange);
        participants.removeRemovalListener(onRemoval);
        SseHub streams = hub;
        if (streams != null) {
            streams.close();
        }
        stopQuietly(running);
        app = null;
        hub = null;
        port = -1;
        bound = List.of();
        LOG.log(System.Logger.Level.INFO, "Phone server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return app != null;
    }

    /** The port served on, or -1 when stopped. */
    public int port() {
        return port;
    }

    /** One base URL per served address ("http://192.168.1.20:8080/"), in the order given to {@link #start}. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        int served = port;
        for (InetAddress address : bound) {
            urls.add(url(address, served));
        }
        return urls;
    }

    /** The base URL for one address and port. */
    public static String url(InetAddress address, int port) {
        String host = address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port + "/";
    }

    /** The link for the QR code: opening it joins with the code without typing ("http://…/?code=K7P3QX"). */
    public static String joinLink(String baseUrl, String joinCode) {
        return baseUrl + "?code=" + joinCode;
    }

    /** How many phones have the page open and listening now (event streams). */
    public int listeningPhones() {
        SseHub streams = hub;
        return streams == null ? 0 : streams.size();
    }

    /** Bytes of the page's three files: what a phone loads the first time (before compression). */
    public int pageBytes() {
        return assets.totalBytes();
    }

    // --- setup -------------------------------------------------------------------------------------

    private Javalin create(List<InetAddress> addresses, int onPort, SseHub streams) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.generateEtags = false;
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("royaal-phone-server");
            threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("royaal-phone-request-", 0).factory()));
            config.jetty.threadPool = threads;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(8 * 1024);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(PhoneServer::jettyError);
                server.setStopTimeout(3_000);
            });
            for (InetAddress address : addresses) {
                config.jetty.addConnector((server, http) -> {
                    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(address.getHostAddress());
                    connector.setPort(onPort);
                    connector.setIdleTimeout(options.idleTimeout().toMillis());
                    // Java's default backlog is 50: a room of phones reconnecting at once (after a
                    // restart) would overflow it and wait for TCP's 1-3-7 s SYN retries.
                    connector.setAcceptQueueSize(1024);
                    return connector;
                });
            }
            config.routes.before(this::guard);
            config.routes.get("/", ctx -> asset(ctx, "/"));
            config.routes.get("/app.js", ctx -> asset(ctx, "/app.js"));
            config.routes.get("/app.css", ctx -> asset(ctx, "/app.css"));
            config.routes.get("/favicon.ico", ctx -> ctx.status(204));
            config.routes.get("/api/texts", this::pageTexts);
            config.routes.post("/api/join", this::join);
            config.routes.get("/api/view", this::view);
            config.routes.sse("/api/events", client -> listen(client, streams));
            config.routes.post("/api/answers/score", this::score);
            config.routes.post("/api/answers/self-image", this::selfImage);
            config.routes.post("/api/answers/text", this::text);
            config.routes.post("/api/answers/proposal", this::proposal);
            config.routes.post("/api/answers/vote", this::vote);
            config.routes.post("/api/answers/rating", this::rating);
            config.routes.exception(HttpRefusal.class, (refusal, ctx) -> {
                if (refusal.status() == 429) {
                    ctx.header("Retry-After", "1");
                }
                refuse(ctx, refusal.status(), refusal.messageKey(), refusal.arguments());
            });
            config.routes.exception(LiveRefusal.class, (refusal, ctx) ->
                    refuse(ctx, status(refusal.reason()), refusal.messageKey(), refusal.arguments()));
            config.routes.exception(DomainException.class, (problem, ctx) -> refuse(ctx,
                    problem.messageKey().equals("validation.workshop.danglingReference") ? 409 : 400,
                    problem.messageKey(), problem.arguments()));
            config.routes.exception(StorageException.class, (failure, ctx) -> {
                LOG.log(System.Logger.Level.ERROR, "Storing a phone answer failed", failure);
                refuse(ctx, 503, "storage.error." + failure.reason().name().toLowerCase(Locale.ROOT));
            });
            config.routes.exception(HttpResponseException.class, (response, ctx) -> {
                int status = response.getStatus();
                String key = switch (status) {
                    case 404 -> "phone.error.notFound";
                    case 405 -> "phone.error.method";
                    case 413 -> "phone.error.tooLarge";
                    default -> status >= 500 ? "phone.error.internal" : "phone.error.badRequest";
                };
                refuse(ctx, status, key);
            });
            config.routes.exception(Exception.class, (failure, ctx) -> {
                LOG.log(System.Logger.Level.ERROR, "The phone server failed on " + ctx.method() + " " + ctx.path(),
                        failure);
                refuse(ctx, 500, "phone.error.internal");
            });
        });
    }

    // --- the guard every request passes --------------------------------------------------------

    private void guard(Context ctx) {
        securityHeaders(ctx);
        if (!hostIsAnAddress(ctx.header("Host"))) {
            throw new HttpRefusal(400, "phone.error.badHost");
        }
        if (!participants.isLive()) {
            throw new HttpRefusal(410, "phone.error.notLive");
        }
        // A known participant spends their own tokens; anyone else (no cookie, a forged one, a
        // token not seen since the app started) spends the address's, before any database lookup.
        String cookie = ctx.cookie(COOKIE);
        Optional<PhoneSession> session = cookie == null ? Optional.empty() : participants.knownSession(cookie);
        boolean allowed = session.isPresent()
                ? participantLimiter.tryAcquire(session.get().participantId().toString())
                : anonymousLimiter.tryAcquire(ctx.req().getRemoteAddr());
        if (!allowed) {
            throw new HttpRefusal(429, "phone.error.tooMany");
        }
        if (session.isEmpty() && cookie != null) {
            session = participants.authenticate(cookie);
        }
        if ("POST".equals(ctx.method().name())) {
            requireSameOrigin(ctx);
            requireJson(ctx);
            ctx.attribute(BODY, readBody(ctx));
        }
        if (session.isPresent()) {
            ctx.attribute(SESSION, session.get());
        } else if (!OPEN_PATHS.contains(ctx.path()) && ctx.path().startsWith("/api/")) {
            throw new HttpRefusal(401, "phone.error.notJoined");
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * Phones reach the server by IP address (the QR code holds one), so a Host name means someone
     * else's domain pointed at this laptop (DNS rebinding): refused.
     */
    static boolean hostIsAnAddress(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty() || hostHeader.length() > 64) {
            return false;
        }
        String host = hostHeader;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 1 && host.substring(1, end).matches("[0-9a-fA-F:.]+")
                    && (end == host.length() - 1 || host.substring(end + 1).matches(":\\d{1,5}"));
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (!host.substring(colon + 1).matches("\\d{1,5}")) {
                return false;
            }
            host = host.substring(0, colon);
        }
        return host.equalsIgnoreCase("localhost") || IPV4.matcher(host).matches();
    }

    /** A state change must come from this page: Origin present and equal to this server (CSRF). */
    private static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin == null || host == null || !origin.equalsIgnoreCase("http://" + host)) {
            throw new HttpRefusal(403, "phone.error.badOrigin");
        }
    }

    private static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().matches("application/json\\s*(;.*)?")) {
            throw new HttpRefusal(415, "phone.error.mediaType");
        }
    }

    private byte[] readBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        int max = options.maxBodyBytes();
        if (declared > max) {
            throw new HttpRefusal(413, "phone.error.tooLarge", max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw new HttpRefusal(413, "phone.error.tooLarge", max);
            }
            return body;
        } catch (IOException broken) {
            throw HttpRefusal.badRequest();
        }
    }

    // --- routes ----------------------------------------------------------------------------------

    private void asset(Context ctx, String path) {
        StaticAssets.Asset asset = assets.get(path).orElseThrow();
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private void pageTexts(Context ctx) {
        Language language = participants.liveLanguage().orElse(Language.DEFAULT);
        json(ctx, new TextsBody(language.code(), texts.page(language)));
    }

    private void join(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Joined joined = participants.join(PhoneJson.text(body, "code"), ctx.cookie(COOKIE));
        ctx.header("Set-Cookie", COOKIE + "=" + joined.token() + "; Path=/; Max-Age="
                + options.cookieMaxAge().toSeconds() + "; HttpOnly; SameSite=Strict");
        json(ctx, new JoinBody(true, joined.rejoined()));
    }

    private void view(Context ctx) {
        json(ctx, participants.view(session(ctx).participantId()));
    }

    private void listen(SseClient client, SseHub streams) {
        PhoneSession session = client.ctx().attribute(SESSION);
        if (session == null) {
            client.close();
            return;
        }
        try {
            // Phones reconnect 2 s after the stream breaks (the laptop's server restarted, Wi-Fi hiccup).
            client.ctx().res().getOutputStream().write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            client.close();
            return;
        }
        streams.add(client, session.participantId());
        client.keepAlive();
    }

    private void score(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Receipt receipt = participants.submitScore(session(ctx).participantId(), PhoneJson.uuid(body, "elementId"),
                PhoneJson.uuid(body, "touchpointId"), PhoneJson.choice(body, "dimension", ScoreDimension.class),
                PhoneJson.grade(body, "score"));
        json(ctx, ReceiptBody.of(receipt));
    }

    private void selfImage(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Receipt receipt = participants.submitSelfImage(session(ctx).participantId(),
                PhoneJson.uuid(body, "elementId"), PhoneJson.choice(body, "question", SelfImageQuestion.class),
                PhoneJson.grade(body, "score"));
        json(ctx, ReceiptBody.of(receipt));
    }

    private void text(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Receipt receipt = participants.submitText(session(ctx).participantId(), PhoneJson.uuid(body, "elementId"),
                PhoneJson.text(body, "text"));
        json(ctx, ReceiptBody.of(receipt));
    }

    private void proposal(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Receipt receipt = participants.submitProposal(session(ctx).participantId(),
                PhoneJson.uuid(body, "elementId"), PhoneJson.choice(body, "field", VisionField.class),
                PhoneJson.text(body, "text"));
        json(ctx, ReceiptBody.of(receipt));
    }

    private void vote(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        UUID participantId = session(ctx).participantId();
        UUID elementId = PhoneJson.uuid(body, "elementId");
        UUID proposalId = PhoneJson.uuid(body, "proposalId");
        // "dots": how many this phone now wants on the proposal (+ and −); "on": the one-dot toggle.
        Receipt receipt = body.has("dots")
                ? participants.submitDots(participantId, elementId, proposalId, PhoneJson.count(body, "dots"))
                : participants.submitVote(participantId, elementId, proposalId, PhoneJson.flag(body, "on"));
        json(ctx, ReceiptBody.of(receipt));
    }

    private void rating(Context ctx) {
        JsonNode body = PhoneJson.readObject(ctx.attribute(BODY));
        Receipt receipt = participants.submitRating(session(ctx).participantId(), PhoneJson.uuid(body, "elementId"),
                PhoneJson.uuid(body, "ratedElementId"), PhoneJson.grade(body, "score"));
        json(ctx, ReceiptBody.of(receipt));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static PhoneSession session(Context ctx) {
        PhoneSession session = ctx.attribute(SESSION);
        if (session == null) {
            throw new HttpRefusal(401, "phone.error.notJoined");
        }
        return session;
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(PhoneJson.write(body));
    }

    private void refuse(Context ctx, int status, String key, Object... arguments) {
        securityHeaders(ctx);
        Language language = participants.liveLanguage().orElse(Language.DEFAULT);
        String message = i18n.get(language).t(key, arguments);
        ctx.status(status);
        json(ctx, new ErrorBody(key, message));
    }

    static int status(LiveRefusal.Reason reason) {
        return switch (reason) {
            case NOT_LIVE -> 410;
            case WRONG_CODE, JOIN_LOCKED, FULL -> 403;
            case NOT_JOINED -> 401;
            case ROUND_NOT_OPEN, ROUND_CHANGED, NO_DOTS_LEFT, MAX_PER_PROPOSAL -> 409;
            case UNKNOWN_ITEM, OUT_OF_RANGE -> 400;
        };
    }

    private void liveChanged() {
        SseHub streams = hub;
        if (streams != null) {
            streams.changed();
        }
    }

    private void participantRemoved(UUID participantId) {
        SseHub streams = hub;
        if (streams != null) {
            streams.closeFor(participantId);
        }
    }

    /**
     * Jetty's own errors (a malformed request line, headers too large) as a short JSON body: no
     * server name, no stack trace, no HTML.
     */
    private static boolean jettyError(Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 400;
        byte[] body = ("{\"error\":\"phone.error.badRequest\",\"message\":\"" + status + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Content-Security-Policy", CSP);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static int freePort(InetAddress address) {
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            return probe.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void stopQuietly(Javalin server) {
        try {
            server.stop();
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "Stopping the phone server did not go cleanly", failure);
        }
    }
}
