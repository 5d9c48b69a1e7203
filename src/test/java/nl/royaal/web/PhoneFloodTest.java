package nl.royaal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.web.PhoneServerFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flood from one client gets 429 with Retry-After, and what was refused is not stored. Default limits. */
class PhoneFloodTest {

    @TempDir
    Path temp;

    private PhoneServerFixture phones;

    @BeforeEach
    void start() {
        phones = PhoneServerFixture.start(temp.resolve("data"), PhoneServer.Options.defaults());
        phones.live.at(ElementKind.SCORING, RoundStatus.OPEN);
    }

    @AfterEach
    void stop() {
        phones.close();
    }

    @Test
    void aParticipantFloodingAnswersIsSlowedDownAndOnlyAcceptedAnswersAreStored() {
        String token = phones.join();
        UUID participant = phones.service.authenticate(token).orElseThrow().participantId();
        int accepted = 0;
        int refused = 0;
        int lastAccepted = -1;
        for (int i = 0; i < 80; i++) {
            int grade = i % 10 + 1;
            Response response = phones.post("/api/answers/score", token, "{\"elementId\":\"" + phones.live.elementId()
                    + "\",\"touchpointId\":\"" + phones.workshop.touchpoints().getFirst().id()
                    + "\",\"dimension\":\"EXPECTATION\",\"score\":" + grade + "}");
            if (response.status() == 200) {
                accepted++;
                lastAccepted = grade;
            } else {
                assertEquals(429, response.status());
                assertEquals("phone.error.tooMany", response.error());
                assertNotNull(response.header("Retry-After"));
                refused++;
            }
        }

        assertTrue(refused >= 30, "refused " + refused + " of 80");
        assertTrue(accepted >= 25, "the burst is let through: " + accepted);
        int stored = phones.stored().scores().stream().filter(s -> s.participantId().equals(participant))
                .findFirst().orElseThrow().score().value();
        assertEquals(lastAccepted, stored, "the last accepted answer is the one stored");
    }

    @Test
    void guessingTokensFromOneAddressIsCutOffToo() {
        int refused = 0;
        for (int i = 0; i < 80; i++) {
            String forged = String.format("%043d", i);
            Response response = phones.get("/api/view", forged);
            if (response.status() == 429) {
                refused++;
            } else {
                assertEquals(401, response.status());
            }
        }
        assertTrue(refused >= 30, "refused " + refused + " of 80");
    }

    @Test
    void guessingCodesFromOneAddressIsCutOffBeforeAnyoneGetsIn() {
        // The default burst, but (almost) no refill: on a slow machine the default 2 a second would hand the
        // right code a fresh token, and this test is about the cut-off, not about how fast the machine is.
        phones.close();
        phones = PhoneServerFixture.start(temp.resolve("slow"), PhoneServer.Options.defaults().withAnonymous(
                new PhoneServer.RateLimit(PhoneServer.Options.defaults().anonymous().burst(), 0.001)));
        phones.live.at(ElementKind.SCORING, RoundStatus.OPEN);
        int refused = 0;
        for (int i = 0; i < 80; i++) {
            Response response = phones.post("/api/join", null, "{\"code\":\"AAAAA" + (char) ('A' + i % 20) + "\"}");
            if (response.status() == 429) {
                refused++;
            } else {
                assertEquals(403, response.status());
            }
        }
        Response rightCodeTooLate = phones.post("/api/join", null, "{\"code\":\"" + phones.code() + "\"}");

        assertTrue(refused >= 30, "refused " + refused + " of 80");
        assertEquals(429, rightCodeTooLate.status());
        assertEquals(0, phones.participants());
    }
}
