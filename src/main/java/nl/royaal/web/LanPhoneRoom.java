package nl.royaal.web;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Participant;
import nl.royaal.service.live.JoinSettings;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.service.live.PhoneRoom;

/**
 * The phone server of one live run, on the laptop's LAN addresses (and loopback): started when
 * the run starts, stopped when it ends. Answers that arrive make the live run re-read the
 * workshop, so the console and projector follow within the service's notify delay.
 */
public final class LanPhoneRoom implements PhoneRoom {

    /** Who can reach the page: the local network (the real app), or this machine only (tests). */
    public enum Reach {
        LAN,
        LOOPBACK_ONLY
    }

    private static final System.Logger LOG = System.getLogger(LanPhoneRoom.class.getName());

    private final LiveRun run;
    private final ParticipantService participants;
    private final PhoneServer server;
    private final Runnable answersChanged;
    private Access access;
    private String startFailure;

    public LanPhoneRoom(LiveRun run, ParticipantService participants) {
        this.run = Objects.requireNonNull(run);
        this.participants = Objects.requireNonNull(participants);
        this.server = new PhoneServer(participants, run);
        this.answersChanged = run::answersChanged;
        participants.addChangeListener(answersChanged);
    }

    /**
     * Starts serving; a failure is kept for the console to show instead of stopping the workshop.
     *
     * @param reach {@code LAN} in the app: the laptop's network addresses on port 8080 (or a free one);
     *               {@code LOOPBACK_ONLY} in tests: this machine only, any free port
     */
    public LanPhoneRoom start(Reach reach) {
        NetworkAddresses.Scan scan = reach == Reach.LAN ? NetworkAddresses.scan()
                : new NetworkAddresses.Scan(java.util.List.of(), NetworkAddresses.scan().loopback());
        int preferredPort = reach == Reach.LAN ? PhoneServer.PREFERRED_PORT : 0;
        try {
            int port = server.start(scan.bindAddresses(), preferredPort);
            NetworkAddresses.ServedAddress primary = scan.primary();
            String baseUrl = PhoneServer.url(primary.address(), port);
            String code = settings().joinCode();
            String link = PhoneServer.joinLink(baseUrl, code);
            access = new Access(link, baseUrl, code, QrCodes.matrix(link),
                    primary.displayName() + " " + primary.host(), scan.loopbackOnly());
        } catch (UncheckedIOException | IllegalStateException failed) {
            LOG.log(System.Logger.Level.WARNING, "Phone server did not start", failed);
            startFailure = String.valueOf(failed.getMessage());
        }
        return this;
    }

    @Override
    public Optional<Access> access() {
        return Optional.ofNullable(access);
    }

    @Override
    public Optional<String> startFailure() {
        return Optional.ofNullable(startFailure);
    }

    @Override
    public JoinSettings settings() {
        return participants.joinSettings(run.workshop().id());
    }

    @Override
    public void setJoinLocked(boolean locked) {
        participants.setJoinLocked(run.workshop().id(), locked);
    }

    @Override
    public void setParticipantCap(int cap) {
        participants.setParticipantCap(run.workshop().id(), cap);
    }

    @Override
    public List<Participant> phoneParticipants() {
        return participants.phoneParticipants(run.workshop().id());
    }

    @Override
    public void removeParticipant(UUID participantId) {
        participants.removeParticipant(run.workshop().id(), participantId);
    }

    @Override
    public ParticipantService participants() {
        return participants;
    }

    @Override
    public void close() {
        participants.removeChangeListener(answersChanged);
        server.close();
        participants.close();
    }
}
