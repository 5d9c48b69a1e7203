package nl.royaal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.royaal.domain.Answers;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.testing.phones.FakeLiveState;
import nl.royaal.testing.phones.LiveWorkshops;
import tools.jackson.databind.JsonNode;

/**
 * A real phone server on 127.0.0.1 with a real H2 database and a fake facilitator, plus an HTTP
 * client that behaves like the page (Origin, JSON, cookie). Only loopback is ever contacted.
 */
final class PhoneServerFixture implements AutoCloseable {

    static final InetAddress LOOPBACK = InetAddress.ofLiteral("127.0.0.1");

    /** Limits wide enough that a test class's many joins from 127.0.0.1 are not mistaken for a flood. */
    static final PhoneServer.Options ROOMY = PhoneServer.Options.defaults()
            .withAnonymous(new PhoneServer.RateLimit(10_000, 10_000));

    /** What the server answered. */
    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            return PhoneJson.MAPPER.readTree(body);
        }

        String error() {
            return json().get("error").asString();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    final Database database;
    final Workshop workshop;
    final FakeLiveState live;
    final ParticipantService service;
    final PhoneServer server;
    final HttpClient http;
    final String base;
    final String origin;

    private PhoneServerFixture(Path directory, PhoneServer.Options options, Language language) {
        database = Database.open(directory);
        workshop = LiveWorkshops.workshop(language);
        database.workshops().insert(workshop);
        live = new FakeLiveState(workshop);
        service = new ParticipantService(database.phones(), database.answers(), live, Clock.systemUTC());
        server = new PhoneServer(service, live, options);
        int port = server.start(List.of(LOOPBACK), 0);
        base = "http://127.0.0.1:" + port;
        origin = base;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static PhoneServerFixture start(Path directory) {
        return new PhoneServerFixture(directory, ROOMY, Language.NL);
    }

    static PhoneServerFixture start(Path directory, PhoneServer.Options options) {
        return new PhoneServerFixture(directory, options, Language.NL);
    }

    static PhoneServerFixture start(Path directory, PhoneServer.Options options, Language language) {
        return new PhoneServerFixture(directory, options, language);
    }

    String code() {
        return service.joinSettings(workshop.id()).joinCode();
    }

    /** Joins through the API like a phone and returns the token from the cookie. */
    String join() {
        Response joined = post("/api/join", null, "{\"code\":\"" + code() + "\"}");
        if (joined.status() != 200) {
            throw new AssertionError("joining failed: " + joined.status() + " " + joined.body());
        }
        return tokenFrom(joined);
    }

    static String tokenFrom(Response response) {
        String cookie = response.header("Set-Cookie");
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    Response get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .GET();
        if (token != null) {
            request.header("Cookie", PhoneServer.COOKIE + "=" + token);
        }
        return send(request.build());
    }

    Response post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Origin", origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Cookie", PhoneServer.COOKIE + "=" + token);
        }
        return send(request.build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Bytes straight onto the socket, for what a well-behaved HTTP client will not send (a foreign Host, junk). */
    String raw(String request) {
        try (Socket socket = new Socket(LOOPBACK, server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    Answers stored() {
        return database.workshops().find(workshop.id()).orElseThrow().answers();
    }

    int participants() {
        return database.workshops().find(workshop.id()).orElseThrow().participants().size();
    }

    @Override
    public void close() {
        server.stop();
        service.close();
        database.close();
    }
}
