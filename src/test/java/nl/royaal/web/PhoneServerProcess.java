package nl.royaal.web;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.testing.phones.FakeLiveState;
import nl.royaal.testing.phones.LiveWorkshops;

/**
 * The app during a scoring round, reduced to its phone side: a real database, participant service
 * and phone server on 127.0.0.1. Run as a separate JVM by {@link PhoneDurabilityTest}, which kills
 * it with SIGKILL in the middle of a burst of answers. Prints
 * {@code READY port workshopId elementId code touchpointId,touchpointId,...}.
 */
public final class PhoneServerProcess {

    static final String READY = "READY ";
    /** Stops by itself if the test that started it has gone, so no JVM is left serving. */
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private PhoneServerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(Path.of(args[0]));
        Workshop workshop = LiveWorkshops.workshop();
        database.workshops().insert(workshop);
        FakeLiveState live = new FakeLiveState(workshop).at(ElementKind.SCORING, RoundStatus.OPEN);
        ParticipantService service = new ParticipantService(database.phones(), database.answers(), live,
                Clock.systemUTC());
        service.setParticipantCap(workshop.id(), 1000);
        PhoneServer server = new PhoneServer(service, live, PhoneServerFixture.ROOMY);
        int port = server.start(List.of(InetAddress.ofLiteral("127.0.0.1")), 0);
        System.out.println(READY + port + " " + workshop.id() + " " + live.elementId() + " "
                + service.joinSettings(workshop.id()).joinCode() + " "
                + workshop.touchpoints().stream().map(Touchpoint::id).map(Object::toString)
                        .collect(Collectors.joining(",")));
        System.out.flush();
        long stopAt = System.nanoTime() + LIFETIME.toNanos();
        while (System.nanoTime() < stopAt
                && ProcessHandle.current().parent().map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(200);
        }
        server.stop();
        service.close();
        database.close();
    }
}
