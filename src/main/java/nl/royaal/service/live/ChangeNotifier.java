package nl.royaal.service.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells listeners that something was stored, at most once per {@code delay}: a burst of 400
 * answers becomes a few calls, each after the answers it reports were committed. The console
 * reloads its live aggregate on such a call, well within a second of the answer.
 *
 * <p>Listeners run one after another on this notifier's own daemon thread, never on the thread
 * that stored the answer; one that throws is logged and does not stop the others.
 */
final class ChangeNotifier implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChangeNotifier.class.getName());

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Duration delay;
    private final ScheduledExecutorService thread;

    ChangeNotifier(Duration delay) {
        this.delay = delay;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("royaal-participant-changes").factory());
    }

    void add(Runnable listener) {
        listeners.add(listener);
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    /** Something changed; listeners hear of it within {@code delay} (plus the time earlier listeners take). */
    void signal() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.schedule(this::notifyListeners, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    private void notifyListeners() {
        pending.set(false); // a change during the calls below schedules the next round
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException failure) {
                LOG.log(System.Logger.Level.WARNING, "A participant change listener failed", failure);
            }
        }
    }

    /** Stops after the calls already under way; never interrupts a listener (it may be doing database I/O). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
