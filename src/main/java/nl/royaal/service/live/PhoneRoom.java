package nl.royaal.service.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Participant;

/**
 * The phones' way into one live workshop, as the console sees it: where to join, who joined, and
 * the facilitator's controls over joining. The web layer implements it; the console never talks
 * HTTP itself.
 */
public interface PhoneRoom extends AutoCloseable {

    /**
     * Where phones join.
     *
     * @param joinLink     the link in the QR code (opens the page with the code filled in)
     * @param baseUrl      the address to type ("http://192.168.1.20:8080/")
     * @param joinCode     six characters, none that can be mistaken for another
     * @param qr           the QR code's modules, quiet zone included ({@code true} is dark)
     * @param servedOn     which network, for the trainer ("Wi-Fi (wlan0) 192.168.1.20")
     * @param loopbackOnly only this laptop can reach the page: no network, or an isolating Wi-Fi
     */
    record Access(String joinLink, String baseUrl, String joinCode, boolean[][] qr, String servedOn,
            boolean loopbackOnly) {
    }

    /** Where to join, or empty when the server could not start (see {@link #startFailure()}). */
    Optional<Access> access();

    /** Why serving failed (no free port, ...), for the console to say; empty while serving. */
    Optional<String> startFailure();

    JoinSettings settings();

    void setJoinLocked(boolean locked);

    void setParticipantCap(int cap);

    /** Participants who joined by phone, in join order. */
    List<Participant> phoneParticipants();

    /** Their token stops working at once; see the participant service for what happens to their answers. */
    void removeParticipant(UUID participantId);

    /** The same rounds for the laptop kiosk. */
    ParticipantService participants();

    /** Stops serving; phones see "the workshop has ended". */
    @Override
    void close();
}
