package nl.royaal.persistence.h2;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;

/**
 * The app in a live round, reduced to its writes: run as a separate JVM by {@link DurabilityTest},
 * which kills it. Answer n comes from participant n; after both the participant and the score are
 * saved it prints {@code CONFIRMED n}, the moment a phone would show "received".
 */
public final class AnswerWritingProcess {

    static final String READY = "READY ";
    static final String CONFIRMED = "CONFIRMED ";

    /** Stops by itself if the test that started it has gone, so no JVM is left writing. */
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private AnswerWritingProcess() {
    }

    static UUID participantId(long n) {
        return new UUID(0x526F_7961_616CL, n);
    }

    static int grade(long n) {
        return (int) (n % 10) + 1;
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        long stopAt = System.nanoTime() + LIFETIME.toNanos();
        try (Database database = Database.open(dataDirectory)) {
            Workshop workshop = SampleWorkshops.draft("Wordt afgebroken", "");
            database.workshops().insert(workshop);
            UUID touchpointId = workshop.touchpoints().getFirst().id();
            System.out.println(READY + workshop.id());
            System.out.flush();

            for (long n = 1; System.nanoTime() < stopAt && parentIsAlive(n); n++) {
                Participant participant = new Participant(participantId(n), "", JoinChannel.PHONE,
                        SampleWorkshops.moment((int) n));
                database.workshops().addParticipant(workshop.id(), participant);
                database.answers().saveScore(workshop.id(), new TouchpointScore(participant.id(), touchpointId,
                        ScoreDimension.EXPERIENCE, Score.of(grade(n)), SampleWorkshops.moment((int) n)));
                System.out.println(CONFIRMED + n);
                System.out.flush();
            }
        }
    }

    private static boolean parentIsAlive(long n) {
        return n % 100 != 0 || ProcessHandle.current().parent().map(ProcessHandle::isAlive).orElse(false);
    }
}
