package nl.royaal.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: each key (an IP address, a participant) may make {@code burst}
 * requests at once and then {@code perSecond} a second. Memory stays bounded: when there are many
 * keys, the buckets that are full again (idle clients) are dropped.
 */
final class RateLimiter {

    /** How a bucket fills: at most {@code burst} tokens, {@code perSecond} new ones every second. */
    record Limit(int burst, double perSecond) {
        Limit {
            if (burst < 1 || perSecond <= 0) {
                throw new IllegalArgumentException("A limit needs a burst of at least 1 and a positive rate");
            }
        }
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final Limit limit;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Limit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    /** Takes one token for {@code key}; {@code false} means: refuse this request (429). */
    boolean tryAcquire(String key) {
        if (buckets.size() > PRUNE_ABOVE) {
            prune();
        }
        return buckets.computeIfAbsent(key, any -> new Bucket(limit.burst(), nanoClock.getAsLong()))
                .take(limit, nanoClock.getAsLong());
    }

    /** Seconds until {@code key} has a token again, for Retry-After (at least 1). */
    long secondsUntilNext(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? 1 : bucket.secondsUntilNext(limit, nanoClock.getAsLong());
    }

    private void prune() {
        long now = nanoClock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.fullAt(limit, now));
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized boolean take(Limit limit, long now) {
            refill(limit, now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized long secondsUntilNext(Limit limit, long now) {
            refill(limit, now);
            return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
        }

        synchronized boolean fullAt(Limit limit, long now) {
            refill(limit, now);
            return tokens >= limit.burst();
        }

        private void refill(Limit limit, long now) {
            double elapsedSeconds = Math.max(0, now - updatedAt) / 1e9;
            tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.perSecond());
            updatedAt = now;
        }
    }
}
