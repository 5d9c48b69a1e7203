package nl.royaal.service.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.royaal.domain.Answer;
import nl.royaal.domain.DomainException;

/**
 * The one thread that does the participant side's database work, in arrival order.
 *
 * <ul>
 * <li>Callers wait with {@link CompletableFuture#join()}, which ignores interrupts: a web thread
 *     that is interrupted (a server stopping) cannot interrupt H2 in the middle of a write, and still
 *     learns whether its answer was stored.</li>
 * <li>One thread makes "check, then store" steps (the cap at joining, the dot budget) atomic.</li>
 * <li><b>Group commit.</b> Grades waiting next to each other in the queue (a room answering a score
 *     round at once) are stored in one transaction, so a burst costs a few commits instead of one per
 *     answer; each caller is released only after that commit. If the batch is refused, its grades are
 *     stored one by one, so one bad answer fails alone.</li>
 * </ul>
 */
final class StorageThread implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StorageThread.class.getName());
    /** Enough to absorb a room of a few hundred at once; a transaction stays a few milliseconds. */
    static final int MAX_BATCH = 256;

    private sealed interface Job permits Work, Grade, Stop {
    }

    private record Work(Callable<?> work, CompletableFuture<Object> result) implements Job {
    }

    private record Grade(UUID workshopId, Answer grade, CompletableFuture<Object> result) implements Job {
    }

    private record Stop() implements Job {
    }

    private final BlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    private final BiConsumer<UUID, List<Answer>> saveBatch;
    private final BiConsumer<UUID, Answer> saveOne;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param saveBatch stores several grades in one transaction
     * @param saveOne   stores one grade in its own transaction (the fallback for a refused batch)
     */
    StorageThread(String name, BiConsumer<UUID, List<Answer>> saveBatch, BiConsumer<UUID, Answer> saveOne) {
        this.saveBatch = Objects.requireNonNull(saveBatch);
        this.saveOne = Objects.requireNonNull(saveOne);
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Runs {@code work} on this thread and waits for it; its exception is rethrown as it was. */
    <T> T call(Callable<T> work) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        enqueue(new Work(work, result));
        @SuppressWarnings("unchecked")
        T value = (T) await(result);
        return value;
    }

    /** Stores a grade (possibly together with others waiting) and returns after its commit. */
    void storeGrade(UUID workshopId, Answer grade) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        enqueue(new Grade(workshopId, grade, result));
        await(result);
    }

    private synchronized void enqueue(Job job) {
        if (closed) {
            throw new IllegalStateException("The participant service is closed");
        }
        queue.add(job);
    }

    private static Object await(CompletableFuture<Object> result) {
        try {
            return result.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    private void loop() {
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException interrupted) {
                continue; // nobody may stop this thread but close()
            }
            switch (job) {
                case Stop stop -> {
                    drainRefused();
                    return;
                }
                case Work work -> run(work);
                case Grade grade -> store(batchStartingWith(grade));
            }
        }
    }

    private List<Grade> batchStartingWith(Grade first) {
        List<Grade> batch = new ArrayList<>();
        batch.add(first);
        while (batch.size() < MAX_BATCH && queue.peekFirst() instanceof Grade next
                && next.workshopId().equals(first.workshopId())) {
            batch.add((Grade) queue.pollFirst());
        }
        return batch;
    }

    private static void run(Work work) {
        try {
            work.result().complete(work.work().call());
        } catch (Throwable failure) {
            work.result().completeExceptionally(failure);
        }
    }

    private void store(List<Grade> batch) {
        if (batch.size() > 1) {
            try {
                saveBatch.accept(batch.getFirst().workshopId(), batch.stream().map(Grade::grade).toList());
                batch.forEach(grade -> grade.result().complete(null));
                return;
            } catch (DomainException | nl.royaal.persistence.StorageException refused) {
                LOG.log(System.Logger.Level.DEBUG, "A batch of {0} grades was refused; storing them one by one",
                        batch.size());
            } catch (Throwable failure) {
                batch.forEach(grade -> grade.result().completeExceptionally(failure));
                return;
            }
        }
        for (Grade grade : batch) {
            try {
                saveOne.accept(grade.workshopId(), grade.grade());
                grade.result().complete(null);
            } catch (Throwable failure) {
                grade.result().completeExceptionally(failure);
            }
        }
    }

    private void drainRefused() {
        Consumer<CompletableFuture<Object>> refuse = result -> result.completeExceptionally(
                new IllegalStateException("The participant service is closed"));
        for (Job left = queue.poll(); left != null; left = queue.poll()) {
            switch (left) {
                case Work work -> refuse.accept(work.result());
                case Grade grade -> refuse.accept(grade.result());
                case Stop stop -> { }
            }
        }
    }

    /** Finishes the work already queued before this call, then stops; never interrupts the thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(new Stop()); // after every job already queued: those are still done
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, "Participant storage still busy after 30 s; left to finish");
        }
    }
}
