package nl.royaal.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.royaal.domain.Answer;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;
import org.junit.jupiter.api.Test;

/** Group commit: grades that wait together are stored together, a refused batch falls back to one by one. */
class StorageThreadTest {

    private static final UUID WORKSHOP = UUID.randomUUID();
    private static final UUID BAD = UUID.randomUUID();

    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    private final List<Answer> storedOneByOne = Collections.synchronizedList(new ArrayList<>());

    @Test
    void gradesQueuedTogetherAreCommittedTogetherAndEachCallerWaitsForItsCommit() throws Exception {
        CountDownLatch holdFirst = new CountDownLatch(1);
        try (StorageThread storage = new StorageThread("test-storage", (workshop, grades) -> {
            batchSizes.add(grades.size());
        }, (workshop, grade) -> storedOneByOne.add(grade))) {
            // Keep the thread busy so that the grades below pile up behind this work.
            Future<?> blocker;
            try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                blocker = callers.submit(() -> storage.call(() -> holdFirst.await(10, TimeUnit.SECONDS)));
                Thread.sleep(100);
                List<Future<?>> answers = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    answers.add(callers.submit(() -> storage.storeGrade(WORKSHOP, grade(UUID.randomUUID()))));
                }
                Thread.sleep(200);
                assertTrue(answers.stream().noneMatch(Future::isDone), "nobody is confirmed before the commit");
                holdFirst.countDown();
                for (Future<?> answer : answers) {
                    answer.get(10, TimeUnit.SECONDS);
                }
            }
            blocker.get();
        }
        assertEquals(50, batchSizes.stream().mapToInt(Integer::intValue).sum() + storedOneByOne.size());
        assertTrue(batchSizes.stream().anyMatch(size -> size > 10), "grades were grouped: " + batchSizes);
    }

    @Test
    void aRefusedBatchIsStoredOneByOneSoOnlyTheBadAnswerFails() throws Exception {
        CountDownLatch holdFirst = new CountDownLatch(1);
        try (StorageThread storage = new StorageThread("test-storage", (workshop, grades) -> {
            throw new DomainException("validation.workshop.danglingReference", workshop);
        }, (workshop, grade) -> {
            if (grade.participantId().equals(BAD)) {
                throw new DomainException("validation.workshop.danglingReference", BAD);
            }
            storedOneByOne.add(grade);
        }); ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            callers.submit(() -> storage.call(() -> holdFirst.await(10, TimeUnit.SECONDS)));
            Thread.sleep(100);
            Future<?> bad = callers.submit(() -> storage.storeGrade(WORKSHOP, grade(BAD)));
            List<Future<?>> good = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                good.add(callers.submit(() -> storage.storeGrade(WORKSHOP, grade(UUID.randomUUID()))));
            }
            Thread.sleep(100);
            holdFirst.countDown();
            for (Future<?> answer : good) {
                answer.get(10, TimeUnit.SECONDS);
            }
            Exception refused = assertThrows(Exception.class, () -> bad.get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof DomainException, String.valueOf(refused.getCause()));
        }
        assertEquals(5, storedOneByOne.size());
    }

    @Test
    void closingFinishesQueuedWorkAndThenRefusesMore() {
        StorageThread storage = new StorageThread("test-storage", (w, g) -> { }, (w, g) -> { });
        assertEquals(42, (int) storage.call(() -> 42));
        storage.close();
        assertThrows(IllegalStateException.class, () -> storage.call(() -> 1));
    }

    private static TouchpointScore grade(UUID participant) {
        return new TouchpointScore(participant, UUID.randomUUID(), ScoreDimension.EXPECTATION, Score.of(7), Instant.now());
    }
}
