package nl.royaal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.service.live.LiveSnapshot;
import nl.royaal.web.PhoneServerFixture.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The phone API against every bad input the issue lists: each gets a clear 4xx with a message in
 * the workshop's language, and the database holds nothing of it afterwards.
 */
class PhoneApiTest {

    @TempDir
    static Path temp;

    private static PhoneServerFixture phones;

    @BeforeAll
    static void startServer() {
        phones = PhoneServerFixture.start(temp.resolve("data"));
    }

    @AfterAll
    static void stopServer() {
        phones.close();
    }

    @BeforeEach
    void scoringRoundIsOpen() {
        phones.service.setJoinLocked(phones.workshop.id(), false);
        phones.service.setParticipantCap(phones.workshop.id(), 1000);
        phones.live.at(ElementKind.SCORING, RoundStatus.OPEN);
    }

    // --- the happy path, so the refusals below mean something --------------------------------------

    @Test
    void aPhoneJoinsSeesItsRoundAndGetsItsAnswerConfirmedAfterStoring() {
        Response joined = phones.post("/api/join", null, "{\"code\":\"" + phones.code() + "\"}");
        assertEquals(200, joined.status());
        String cookie = joined.header("Set-Cookie");
        assertTrue(cookie.matches("royaal_participant=[A-Za-z0-9_-]{43}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Strict"),
                cookie);
        String token = PhoneServerFixture.tokenFrom(joined);

        Response view = phones.get("/api/view", token);
        assertEquals(200, view.status());
        assertEquals("SCORES", view.json().get("round").asString());
        assertEquals("OPEN", view.json().get("status").asString());

        Response receipt = phones.post("/api/answers/score", token, score(0, "EXPECTATION", "7"));
        assertEquals(200, receipt.status(), receipt.body());
        assertTrue(receipt.json().get("received").booleanValue());
        assertEquals(7, answersOf(token).scores().getFirst().score().value(), "stored before it was confirmed");

        assertEquals(200, phones.post("/api/answers/score", token, score(0, "EXPECTATION", "9")).status());
        assertEquals(1, answersOf(token).scores().size(), "a changed answer replaces the earlier one");
        assertEquals(9, answersOf(token).scores().getFirst().score().value());
    }

    // --- scores ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "-3", "100", "2147483648"})
    void outOfRangeScoresAre400AndStoreNothing(String grade) {
        String token = phones.join();

        Response refused = phones.post("/api/answers/score", token, score(0, "EXPERIENCE", grade));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.error().startsWith("validation.score."), refused.body());
        assertTrue(refused.json().get("message").asString().contains("1"), "says what is allowed");
        assertTrue(answersOf(token).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"zeven\"", "\"7\"", "7.5", "7.0", "true", "[7]", "{\"v\":7}", "1e1"})
    void nonNumericAndFractionalScoresAre400AndStoreNothing(String grade) {
        String token = phones.join();

        Response refused = phones.post("/api/answers/score", token, score(0, "EXPERIENCE", grade));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("validation.score.notWhole", refused.error());
        assertTrue(answersOf(token).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "[]", "\"score\"", "{", "{\"score\":7}", "{\"elementId\":\"x\"}",
            "{\"elementId\":\"ELEMENT\",\"touchpointId\":\"TP\",\"dimension\":\"expectation\",\"score\":7}",
            "{\"elementId\":\"ELEMENT\",\"touchpointId\":\"TP\",\"dimension\":\"EXPECTATION\"}",
            "{\"elementId\":\"ELEMENT\",\"touchpointId\":\"TP\",\"dimension\":\"EXPECTATION\",\"score\":null}",
            "{\"elementId\":\"ELEMENT\",\"touchpointId\":\"1-1-1-1-1\",\"dimension\":\"EXPECTATION\",\"score\":7}",
            "{\"elementId\":\"ELEMENT\",\"elementId\":\"ELEMENT\",\"touchpointId\":\"TP\",\"dimension\":\"EXPECTATION\",\"score\":7}"})
    void missingOrMalformedBodiesAre400AndStoreNothing(String body) {
        String token = phones.join();
        String filled = body.replace("ELEMENT", phones.live.elementId().toString())
                .replace("TP", phones.workshop.touchpoints().getFirst().id().toString());

        Response refused = phones.post("/api/answers/score", token, filled);

        assertEquals(400, refused.status(), filled + " -> " + refused.body());
        assertFalse(refused.json().get("message").asString().isBlank());
        assertTrue(answersOf(token).isEmpty());
    }

    @Test
    void anUnknownTouchpointIs400() {
        String token = phones.join();
        String body = "{\"elementId\":\"" + phones.live.elementId() + "\",\"touchpointId\":\"" + UUID.randomUUID()
                + "\",\"dimension\":\"EXPECTATION\",\"score\":5}";

        Response refused = phones.post("/api/answers/score", token, body);

        assertEquals(400, refused.status());
        assertEquals("phone.error.unknownItem", refused.error());
        assertTrue(answersOf(token).isEmpty());
    }

    @Test
    void aClosedRoundIs409AndKeepsTheEarlierAnswer() {
        String token = phones.join();
        assertEquals(200, phones.post("/api/answers/score", token, score(1, "EXPERIENCE", "6")).status());
        phones.live.at(ElementKind.SCORING, RoundStatus.CLOSED);

        Response refused = phones.post("/api/answers/score", token, score(1, "EXPERIENCE", "2"));

        assertEquals(409, refused.status());
        assertEquals("phone.error.roundNotOpen", refused.error());
        assertEquals(6, answersOf(token).scores().getFirst().score().value());
        assertEquals("CLOSED", phones.get("/api/view", token).json().get("status").asString(),
                "the phone still sees its answers, read-only");
    }

    @Test
    void anAnswerForAnElementTheRoomLeftIs409() {
        String token = phones.join();
        String stale = score(0, "EXPECTATION", "5");
        phones.live.at(ElementKind.PLEDGE, RoundStatus.OPEN);

        Response refused = phones.post("/api/answers/score", token, stale);

        assertEquals(409, refused.status());
        assertEquals("phone.error.roundChanged", refused.error());
        assertTrue(answersOf(token).isEmpty());
    }

    // --- texts -----------------------------------------------------------------------------------

    @Test
    void textsAreTrimmedCleanedAndRefusedWhenEmptyOrTooLong() {
        phones.live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        String token = phones.join();

        Response tooLong = phones.post("/api/answers/text", token, text("x".repeat(501)));
        Response empty = phones.post("/api/answers/text", token, text("  \\u0007 \\n "));
        Response notText = phones.post("/api/answers/text", token,
                "{\"elementId\":\"" + phones.live.elementId() + "\",\"text\":42}");
        assertEquals(400, tooLong.status());
        assertEquals("validation.text.tooLong", tooLong.error());
        assertTrue(tooLong.json().get("message").asString().contains("500"));
        assertEquals(400, empty.status());
        assertEquals("validation.text.required", empty.error());
        assertEquals(400, notText.status());
        assertTrue(answersOf(token).isEmpty());

        Response ok = phones.post("/api/answers/text", token, text("  <b>Taart</b>\\u0000 op zondag\\u0085  "));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("<b>Taart</b> op zondag", ok.json().get("text").asString());
        TextAnswer stored = answersOf(token).texts().getFirst();
        assertEquals("<b>Taart</b> op zondag", stored.text(), "kept as typed, escaped only where it is shown");
    }

    // --- bodies, types, origins ------------------------------------------------------------------

    @Test
    void anOversizedBodyIs413WithOrWithoutALengthAndStoresNothing() {
        phones.live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        String token = phones.join();
        String huge = text("x".repeat(20_000));

        Response declared = phones.post("/api/answers/text", token, huge);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(phones.base + "/api/answers/text"))
                .header("Origin", phones.origin).header("Content-Type", "application/json")
                .header("Cookie", PhoneServer.COOKIE + "=" + token).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        Response streamed = phones.send(chunked);

        assertEquals(413, declared.status());
        assertEquals("phone.error.tooLarge", declared.error());
        assertEquals(413, streamed.status());
        assertTrue(answersOf(token).isEmpty());
    }

    @Test
    void aPostWithoutOurOriginIs403AndAFormPostIs415() {
        String token = phones.join();
        String body = score(0, "EXPECTATION", "5");
        for (String origin : new String[] {null, "null", "http://evil.example", "http://127.0.0.1:1",
                "https://127.0.0.1:" + phones.server.port()}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(phones.base + "/api/answers/score"))
                    .header("Content-Type", "application/json").header("Cookie", PhoneServer.COOKIE + "=" + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            Response refused = phones.send(request.build());
            assertEquals(403, refused.status(), "Origin " + origin);
            assertEquals("phone.error.badOrigin", refused.error());
        }
        Response form = phones.send(HttpRequest.newBuilder(URI.create(phones.base + "/api/answers/score"))
                .header("Origin", phones.origin).header("Content-Type", "text/plain")
                .header("Cookie", PhoneServer.COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(415, form.status());
        assertTrue(answersOf(token).isEmpty());
    }

    // --- codes and tokens ------------------------------------------------------------------------

    @Test
    void aWrongOrStaleJoinCodeIs403AndAddsNobody() {
        int before = phones.participants();
        String stale = phones.code();
        phones.service.regenerateJoinCode(phones.workshop.id());

        for (String code : new String[] {stale, "AAAAAA", "", "<script>", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}) {
            Response refused = phones.post("/api/join", null, "{\"code\":\"" + code + "\"}");
            assertEquals(403, refused.status(), code);
            assertEquals("phone.error.wrongCode", refused.error());
            assertNull(refused.header("Set-Cookie"));
        }
        assertEquals(400, phones.post("/api/join", null, "{\"code\":7}").status());
        assertEquals(before, phones.participants());
    }

    @Test
    void lockedAndFullAre403() {
        phones.service.setJoinLocked(phones.workshop.id(), true);
        Response locked = phones.post("/api/join", null, "{\"code\":\"" + phones.code() + "\"}");
        phones.service.setJoinLocked(phones.workshop.id(), false);
        phones.service.setParticipantCap(phones.workshop.id(), Math.max(1, phones.service.phonesJoined(phones.workshop.id())));
        Response full = phones.post("/api/join", null, "{\"code\":\"" + phones.code() + "\"}");

        assertEquals(403, locked.status());
        assertEquals("phone.error.joinLocked", locked.error());
        assertEquals(403, full.status());
        assertEquals("phone.error.full", full.error());
    }

    @Test
    void aForgedOrRemovedTokenIs401() {
        String real = phones.join();
        String forged = (real.charAt(0) == 'A' ? "B" : "A") + real.substring(1);
        for (String token : new String[] {forged, "A".repeat(43), "not-a-token", ""}) {
            assertEquals(401, phones.get("/api/view", token).status(), token);
            Response refused = phones.post("/api/answers/score", token, score(0, "EXPECTATION", "5"));
            assertEquals(401, refused.status());
            assertEquals("phone.error.notJoined", refused.error());
        }
        assertEquals(401, phones.get("/api/view", null).status());

        UUID participant = phones.service.authenticate(real).orElseThrow().participantId();
        phones.service.removeParticipant(phones.workshop.id(), participant);
        assertEquals(401, phones.get("/api/view", real).status());
        assertEquals(401, phones.post("/api/answers/score", real, score(0, "EXPECTATION", "5")).status());
        assertTrue(phones.stored().scores().stream().noneMatch(s -> s.participantId().equals(participant)));
    }

    @Test
    void afterTheWorkshopEndedEverythingIs410() {
        String token = phones.join();
        String body = score(0, "EXPECTATION", "5");
        phones.live.end();
        try {
            for (Response refused : new Response[] {phones.get("/", null), phones.get("/api/view", token),
                    phones.post("/api/answers/score", token, body),
                    phones.post("/api/join", null, "{\"code\":\"" + phones.code() + "\"}")}) {
                assertEquals(410, refused.status());
                assertEquals("phone.error.notLive", refused.error());
            }
        } finally {
            phones.live.resume(phones.workshop);
        }
        assertEquals(0, phones.stored().scores().stream()
                .filter(s -> s.participantId().equals(phones.service.authenticate(token).orElseThrow().participantId()))
                .count());
    }

    // --- what the phone can see ------------------------------------------------------------------

    @Test
    void nothingOfOtherParticipantsOrTheFacilitatorIsReadable() {
        String mine = phones.join();
        String theirs = phones.join();
        phones.post("/api/answers/score", theirs, score(2, "EXPERIENCE", "3"));
        phones.live.at(ElementKind.FAN_MOMENT, RoundStatus.OPEN);
        phones.post("/api/answers/text", theirs, text("Geheim verhaal van een ander"));

        String view = phones.get("/api/view", mine).body();

        assertFalse(view.contains("Geheim verhaal"));
        assertFalse(view.contains(phones.workshop.details().facilitator()), "no facilitator data");
        assertFalse(view.contains(phones.workshop.details().clientOrganisation()));
        assertFalse(view.contains(phones.service.authenticate(theirs).orElseThrow().participantId().toString()));
        for (String path : new String[] {"/api/participants", "/api/answers", "/api/workshop", "/h2-console",
                "/h2-console/", "/console", "/api/answers/score"}) {
            Response response = phones.get(path, mine);
            assertTrue(response.status() == 404 || response.status() == 405 || response.status() == 400,
                    path + " -> " + response.status());
            assertFalse(response.body().contains("Geheim"));
        }
    }

    @Test
    void noDirectoryListingNoTraversalNoStackTrace() {
        for (String path : new String[] {"/nl/royaal/web/", "/nl/royaal/web/phone.js", "/static/", "/..%2f..%2fetc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd", "/META-INF/MANIFEST.MF", "/api/"}) {
            Response response = phones.get(path, null);
            assertTrue(response.status() >= 400 && response.status() < 500, path + " -> " + response.status());
            assertFalse(response.body().contains("root:"), path);
            assertFalse(response.body().toLowerCase().contains("exception"), path);
            assertFalse(response.body().contains("\tat "), path);
            assertFalse(response.body().toLowerCase().contains("jetty"), path);
        }
        String junk = phones.raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(junk.startsWith("HTTP/1.1 400"), junk);
        assertFalse(junk.toLowerCase().contains("exception"));
        assertFalse(junk.toLowerCase().contains("jetty"), junk);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerName() {
        String token = phones.join();
        for (Response response : new Response[] {phones.get("/", null), phones.get("/app.js", null),
                phones.get("/api/view", token), phones.get("/nowhere", null),
                phones.post("/api/answers/score", token, "{")}) {
            String csp = response.header("Content-Security-Policy");
            assertNotNull(csp);
            assertTrue(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertNull(response.header("Server"));
            assertNull(response.header("X-Powered-By"));
        }
    }

    @Test
    void aForeignHostNameIsRefusedAgainstDnsRebinding() {
        String refused = phones.raw("GET /api/texts HTTP/1.1\r\nHost: evil.example:" + phones.server.port()
                + "\r\nConnection: close\r\n\r\n");
        String allowed = phones.raw("GET /api/texts HTTP/1.1\r\nHost: 127.0.0.1:" + phones.server.port()
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(refused.startsWith("HTTP/1.1 400"), refused);
        assertTrue(refused.contains("phone.error.badHost"));
        assertTrue(allowed.startsWith("HTTP/1.1 200"), allowed);
    }

    @Test
    void thePageTextsComeInTheWorkshopsLanguage() {
        Response texts = phones.get("/api/texts", null);

        assertEquals("nl", texts.json().get("language").asString());
        assertEquals("Ontvangen \u2713", texts.json().get("texts").get("phone.received").asString());
        assertEquals("text/html;charset=utf-8", phones.get("/", null).header("Content-Type").replace(" ", ""));
    }

    @Test
    void whereStackingIsAllowedAPhoneSetsItsDotsByCountAndMoreThanTheMostIs409() {
        String author = phones.join();
        String token = phones.join();
        phones.live.at(ElementKind.DREAM_SERVICE, RoundStatus.OPEN);
        UUID element = phones.live.elementId();
        phones.service.submitProposal(phones.service.authenticate(author).orElseThrow().participantId(), element,
                VisionField.PROMISE, "Vers, elke ochtend");
        UUID proposal = answersOf(author).texts().getFirst().id();
        Workshop before = phones.live.workshop();
        phones.live.set(new LiveSnapshot(before.withVision(
                VisionCanvas.EMPTY.withDotsPerPerson(3).withMaxDotsPerProposal(2), before.updatedAt()),
                RoundStatus.OPEN, false, true));
        try {
            JsonNode votes = phones.get("/api/view", token).json().get("votes");
            assertEquals(2, votes.get("maxPerProposal").intValue());
            assertEquals(0, votes.get("options").get(0).get("dots").intValue());
            String dots = "{\"elementId\":\"" + element + "\",\"proposalId\":\"" + proposal + "\",\"dots\":";

            Response two = phones.post("/api/answers/vote", token, dots + "2}");
            assertEquals(200, two.status(), two.body());
            assertEquals(2, two.json().get("dotsOnProposal").intValue());
            assertEquals(2, two.json().get("dotsUsed").intValue());
            Response three = phones.post("/api/answers/vote", token, dots + "3}");
            assertEquals(409, three.status());
            assertEquals("phone.error.maxPerProposal", three.error());
            assertEquals(400, phones.post("/api/answers/vote", token, dots + "\"3\"}").status());
            assertEquals(2, answersOf(token).votes().getFirst().dots(), "a refusal stores nothing");
            assertEquals(1, phones.post("/api/answers/vote", token, dots + "1}").json().get("dotsUsed").intValue());
        } finally {
            Workshop now = phones.live.workshop();
            phones.live.set(new LiveSnapshot(now.withVision(VisionCanvas.EMPTY, now.updatedAt()), RoundStatus.OPEN,
                    false));
        }
    }

    @Test
    void thePageIsWellUnder100Kilobytes() {
        int total = phones.get("/", null).body().length() + phones.get("/app.js", null).body().length()
                + phones.get("/app.css", null).body().length() + phones.get("/api/texts", null).body().length();

        assertTrue(total < 40_000, total + " bytes");
        assertTrue(phones.server.pageBytes() < 40_000);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String score(int touchpoint, String dimension, String grade) {
        return "{\"elementId\":\"" + phones.live.elementId() + "\",\"touchpointId\":\""
                + phones.workshop.touchpoints().get(touchpoint).id() + "\",\"dimension\":\"" + dimension
                + "\",\"score\":" + grade + "}";
    }

    private static String text(String value) {
        return "{\"elementId\":\"" + phones.live.elementId() + "\",\"text\":\"" + value + "\"}";
    }

    private static Answers answersOf(String token) {
        UUID participant = phones.service.authenticate(token).orElseThrow().participantId();
        Answers all = phones.stored();
        return new Answers(
                all.scores().stream().filter(s -> s.participantId().equals(participant)).toList(),
                all.texts().stream().filter(t -> t.participantId().equals(participant)).toList(),
                all.votes().stream().filter(v -> v.participantId().equals(participant)).toList(),
                all.ratings().stream().filter(r -> r.participantId().equals(participant)).toList(),
                all.selfImage().stream().filter(s -> s.participantId().equals(participant)).toList());
    }
}
