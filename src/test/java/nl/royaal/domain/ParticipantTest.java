package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantTest {

    private static final Instant JOINED = Instant.parse("2026-03-12T09:05:00Z");

    private static Participant named(String name) {
        return new Participant(UUID.randomUUID(), name, JoinChannel.PHONE, JOINED);
    }

    @Test
    void isAnonymousByDefault() {
        Participant participant = Participant.anonymous(JoinChannel.PHONE, JOINED);
        assertEquals("", participant.displayName());
        assertTrue(participant.name().isEmpty());
        assertEquals(JoinChannel.PHONE, participant.joinedVia());
        assertEquals(JOINED, participant.joinedAt());
    }

    @Test
    void anonymousParticipantsGetTheirOwnIds() {
        assertNotEquals(Participant.anonymous(JoinChannel.KIOSK, JOINED).id(),
                Participant.anonymous(JoinChannel.KIOSK, JOINED).id());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void needsNoNameToTakePart(String name) {
        assertTrue(named(name).name().isEmpty());
    }

    @Test
    void showsAGivenNameTrimmed() {
        assertEquals(Optional.of("Sanne"), named("  Sanne ").name());
    }

    @Test
    void acceptsNameOfSixtyCharacters() {
        assertEquals(60, named("s".repeat(60)).displayName().length());
    }

    @Test
    void refusesNameLongerThanSixtyCharacters() {
        assertRefused("validation.text.tooLong", new Object[] {"field.participantName", 60, 61},
                () -> named("s".repeat(61)));
    }

    @Test
    void requiresIdChannelAndJoinTime() {
        assertThrows(NullPointerException.class, () -> new Participant(null, "", JoinChannel.PHONE, JOINED));
        assertThrows(NullPointerException.class, () -> new Participant(UUID.randomUUID(), "", null, JOINED));
        assertThrows(NullPointerException.class,
                () -> new Participant(UUID.randomUUID(), "", JoinChannel.PHONE, null));
    }
}
