package nl.royaal.persistence.h2;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one millisecond and one nanosecond on every reading, so each write gets
 * its own {@code updated_at} and the order of writes is the order of their stamps.
 */
final class SteppingClock extends Clock {

    private final Instant start;
    private final AtomicLong readings = new AtomicLong();

    SteppingClock(Instant start) {
        this.start = start;
    }

    @Override
    public Instant instant() {
        return start.plusNanos(readings.incrementAndGet() * 1_000_001L);
    }

    /** What the next write will be stamped with is after this. */
    Instant lastReading() {
        return start.plusNanos(readings.get() * 1_000_001L);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests only need UTC");
    }
}
